"""File arguments of multipart bodies: every form the official Mistral SDK accepts, and ours, reach the server
as the same part (field name, filename, content type, bytes). Real HTTP to 127.0.0.1."""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from _rt_under_test import Request, Returns, SyncCore, file_part, multipart

from tests.mistral.sdk_calls import materialize

from ._support import LocalServer, json_route

JSON: dict[str, Returns[Any]] = {"200": Returns("json")}
CONTENT = b'{"custom_id": "0"}\n'


def parts(body: bytes, content_type: str) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data body as the server sees them."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    return [{
        "field": part.get_param("name", header="content-disposition"),
        "filename": part.get_filename(),
        "content_type": part.get("content-type"),
        "content": part.get_payload(decode=True),
    } for part in message.iter_parts()]


def upload(server: LocalServer, **values: Any) -> list[dict[str, Any]]:
    server.routes["/v1/files"] = json_route(200, {"id": "file-1"})
    with SyncCore(base_url=server.base_url) as core:
        core.request(Request("POST", "/files", **multipart(values)), JSON)
    sent = server.requests[-1]
    return parts(sent.body, sent.headers["Content-Type"])


def file_of(received: list[dict[str, Any]]) -> tuple[str, str, bytes]:
    [part] = [p for p in received if p["filename"] is not None]
    assert part["field"] == "file"
    return part["filename"], part["content_type"], part["content"]


@pytest.mark.parametrize(("given", "expected"), [
    ({"file_name": "batch.jsonl", "content": CONTENT, "content_type": "application/jsonl"},
     ("batch.jsonl", "application/jsonl", CONTENT)),
    ({"file_name": "batch.jsonl", "content": io.BytesIO(CONTENT), "content_type": "application/jsonl"},
     ("batch.jsonl", "application/jsonl", CONTENT)),
    ({"file_name": "notes.pdf", "content": CONTENT}, ("notes.pdf", "application/pdf", CONTENT)),
    ({"file_name": "train.unknownext", "content": CONTENT}, ("train.unknownext", "application/octet-stream", CONTENT)),
    (("a.txt", CONTENT), ("a.txt", "text/plain", CONTENT)),
    (("a.txt", io.BytesIO(CONTENT)), ("a.txt", "text/plain", CONTENT)),
    (("a.txt", CONTENT, "application/x-custom"), ("a.txt", "application/x-custom", CONTENT)),
    (("a.txt", CONTENT, None), ("a.txt", "text/plain", CONTENT)),
    (CONTENT, ("upload", "application/octet-stream", CONTENT)),
    (bytearray(CONTENT), ("upload", "application/octet-stream", CONTENT)),
], ids=["dict", "dict-file", "dict-no-type", "dict-unknown-ext", "pair", "pair-file", "triple", "triple-none",
        "bytes", "bytearray"])
def test_file_forms_reach_the_server_as_one_part(server: LocalServer, given: Any,
                                                 expected: tuple[str, str, bytes]) -> None:
    received = upload(server, file=given, purpose="batch")
    assert file_of(received) == expected
    assert [(p["field"], p["content"]) for p in received if p["filename"] is None] == [("purpose", b"batch")]


def test_open_binary_file_sends_its_basename(server: LocalServer, tmp_path: Path) -> None:
    path = tmp_path / "sub" / "report.pdf"
    path.parent.mkdir()
    path.write_bytes(CONTENT)
    with path.open("rb") as handle:
        received = upload(server, file=handle)
    assert file_of(received) == ("report.pdf", "application/pdf", CONTENT)


def test_file_object_without_a_name_is_an_upload(server: LocalServer) -> None:
    assert file_of(upload(server, file=io.BytesIO(CONTENT))) == ("upload", "application/octet-stream", CONTENT)


def test_a_list_of_files_sends_one_part_each(server: LocalServer) -> None:
    received = upload(server, file=[("a.txt", b"A"), {"file_name": "b.bin", "content": b"B"}])
    assert [(p["filename"], p["content"]) for p in received] == [("a.txt", b"A"), ("b.bin", b"B")]


def test_plain_mappings_stay_json_fields(server: LocalServer) -> None:
    """A dict that is not a file (e.g. metadata) is a JSON text field, even with a `content` key."""
    received = upload(server, file=("a.txt", b"A"), metadata={"content": "x", "file_name": 1})
    assert [(p["field"], p["content"]) for p in received if p["filename"] is None] == [
        ("metadata", b'{"content":"x","file_name":1}')]


def test_scalar_arrays_are_one_field_per_item(server: LocalServer) -> None:
    """An array of scalars is repeated fields (OpenAPI's multipart default); an array of objects stays JSON."""
    received = upload(server, file=("a.wav", b"A"), timestamp_granularities=["segment", "word"],
                      ranges=[{"start": 1}])
    assert [(p["field"], p["content"]) for p in received if p["filename"] is None] == [
        ("timestamp_granularities", b"segment"), ("timestamp_granularities", b"word"),
        ("ranges", b'[{"start":1}]')]


def test_file_part_normalises_every_form() -> None:
    handle = io.BytesIO(CONTENT)
    handle.name = "/deep/dir/x.wav"  # type: ignore[attr-defined]
    assert file_part(handle) == ("x.wav", handle)
    assert file_part({"file_name": "a", "content": b"1", "content_type": "t/x"}) == ("a", b"1", "t/x")
    assert file_part(("a", b"1")) == ("a", b"1")
    assert file_part(memoryview(b"12")) == ("upload", b"12")
    with pytest.raises(TypeError, match="not a file"):
        file_part("just text")


WIRE = json.loads((Path(__file__).resolve().parents[1] / "mistral" / "sdk_wire_full.json").read_text())
RECORDED_MULTIPART = [r for r in WIRE["requests"] if r["body"] and "multipart" in r["body"]]


@pytest.mark.parametrize("recorded", RECORDED_MULTIPART, ids=[r["name"] for r in RECORDED_MULTIPART])
def test_same_parts_as_the_official_sdk(server: LocalServer, recorded: dict[str, Any]) -> None:
    """The kwargs given to mistralai, through our multipart builder: the same file parts, and the same fields
    except those the SDK added by itself (spec defaults, the stream flag). Field order is not compared: the
    recording stores kwargs with sorted keys, and the order of form fields carries no meaning."""
    segments = recorded["path"].split("/")
    values = {k: v for k, v in materialize(recorded["kwargs"]).items() if str(v) not in segments}
    received = upload(server, **values)
    files = [{"field": p["field"], "filename": p["filename"], "content_type": p["content_type"],
              "content": p["content"].decode()} for p in received if p["filename"] is not None]
    assert files == recorded["body"]["multipart"]["files"]
    added = {e["pointer"][1:] for e in recorded["sdk_defaults"] + recorded["stream_flag"]}
    expected = [[k, v] for k, v in recorded["body"]["multipart"]["fields"] if k not in added]
    assert sorted([p["field"], p["content"].decode()] for p in received if p["filename"] is None) == sorted(expected)
