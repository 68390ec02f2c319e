"""Golden packages talking to a loopback server: parameter styles, body kinds, response kinds, credentials."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from generator.pipeline import generate_files
from generator.render import write_tree
from tests.golden_cases import GOLDEN
from tests.loopback import LoopbackServer, Reply

CASES = ("parameters", "bodies", "responses", "security-basic", "security-query")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    folder = tmp_path_factory.mktemp("wire")
    for case in CASES:
        files, _ = generate_files(GOLDEN / case / "spec.yaml")
        write_tree(folder / f"wire_{case.replace('-', '_')}", files)
    sys.path.insert(0, str(folder))
    yield {case: importlib.import_module(f"wire_{case.replace('-', '_')}") for case in CASES}
    sys.path.remove(str(folder))


def _query(path: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(path).query, keep_blank_values=True)


def test_parameter_styles_on_the_wire(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("GET", "/search/1,2")] = Reply.json({})
    server.routes[("GET", "/search/1%2C2")] = Reply.json({})
    with packages["parameters"].Client(base_url=server.url) as client:
        client.search.search(ids=[1, 2], limit=5, filter={"status": "open", "size": 3}, tags=["a", "b"],
                             expand=["x", "y"], x_trace_ids=["t1", "t2"], session="s1")
    sent = server.requests[0]
    assert unquote(urlsplit(sent.path).path) == "/search/1,2"
    assert _query(sent.path) == [("limit", "5"), ("filter[status]", "open"), ("filter[size]", "3"),
                                 ("tags", "a,b"), ("expand", "x"), ("expand", "y")]
    assert sent.headers["x-trace-ids"] == "t1,t2"
    assert sent.headers["cookie"] == "session=s1"


def test_unset_parameters_are_not_sent(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("GET", "/search/7")] = Reply.json({})
    with packages["parameters"].Client(base_url=server.url) as client:
        client.search.search(ids=[7], limit=1)
    assert _query(server.requests[0].path) == [("limit", "1")]
    assert "cookie" not in server.requests[0].headers


def test_path_key_query_string_becomes_fixed_query(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("GET", "/items")] = Reply.json(["b"])
    with packages["parameters"].Client(base_url=server.url) as client:
        assert client.search.list_books() == ["b"]
    assert _query(server.requests[0].path) == [("kind", "book")]


def test_multipart_upload_sends_files_and_fields(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("POST", "/files")] = Reply.json({"id": "file-1"})
    with packages["bodies"].Client(base_url=server.url) as client:
        result = client.files.upload(file=("train.jsonl", b'{"a": 1}\n'), purpose="fine-tune")
    assert result.id == "file-1"
    sent = server.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="train.jsonl"' in sent.body and b'{"a": 1}\n' in sent.body
    assert b'name="purpose"' in sent.body and b"fine-tune" in sent.body


def test_form_body_flattens_nested_objects(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("POST", "/customers")] = Reply.json({"id": "cus_1"})
    with packages["bodies"].Client(base_url=server.url) as client:
        client.customers.create(email="a@b.c", metadata={"plan": "pro"}, preferred_locales=["fr", "en"])
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(sent.body.decode()) == [("email", "a@b.c"), ("metadata[plan]", "pro"),
                                             ("preferred_locales", "fr"), ("preferred_locales", "en")]


def test_raw_and_text_bodies(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("PUT", "/blobs/a%20b")] = Reply(201, b"", {})
    server.routes[("POST", "/notes")] = Reply(200, "noté".encode(), {"Content-Type": "text/plain; charset=utf-8"})
    server.routes[("POST", "/batch")] = Reply.json([1, 2])
    with packages["bodies"].Client(base_url=server.url) as client:
        assert client.blobs.update(name="a b", body=b"\x00\x01") is None
        assert client.notes.add(body="hello") == "noté"
        assert client.notes.batch(body=["x"]) == [1, 2]
    assert [r.body for r in server.requests] == [b"\x00\x01", b"hello", b'["x"]']


def test_status_patterns_bytes_and_default_responses(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    pkg = packages["responses"]
    server.routes[("GET", "/reports/r1")] = Reply.json({"id": "r1", "pages": 2}, 203)
    server.routes[("GET", "/reports/r1/raw")] = Reply(200, b"%PDF", {"Content-Type": "application/octet-stream"})
    server.routes[("GET", "/health")] = Reply.json({"ok": True})
    server.routes[("GET", "/reports/missing")] = Reply(404, json.dumps({"title": "gone"}).encode(),
                                                       {"Content-Type": "application/problem+json"})
    with pkg.Client(base_url=server.url, max_retries=0) as client:
        assert client.reports.get(id="r1").pages == 2
        assert client.reports.download(id="r1") == b"%PDF"
        assert client.ops.health().ok is True
        with pytest.raises(pkg.NotFoundError) as caught:
            client.reports.get(id="missing")
    assert isinstance(caught.value.body, pkg.models.Problem)
    assert caught.value.body.title == "gone"


def test_basic_auth_header(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("GET", "/api/v1/me")] = Reply.json({"user": "ann"})
    with packages["security-basic"].Client(username="ann", password="pw", base_url=server.url + "/api/v1") as c:
        assert c.me.whoami().user == "ann"
    assert server.requests[0].headers["authorization"] == "Basic YW5uOnB3"


def test_api_key_in_query_and_env_var_from_title(packages: dict[str, ModuleType], server: LoopbackServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENWEATHER_APPID", "secret-appid")  # named by x-pyclient-env-var
    server.routes[("GET", "/weather")] = Reply.json({"temp": 21.5})
    with packages["security-query"].Client(base_url=server.url) as client:
        assert client.weather.current(q="Paris").temp == 21.5
        assert "secret-appid" not in repr(client)
    assert _query(server.requests[0].path) == [("q", "Paris"), ("appid", "secret-appid")]
