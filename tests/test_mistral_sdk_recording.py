"""The whole-API recording of the official SDK (tests/mistral/sdk_wire_full.json) agrees with the calls that made
it (tests/mistral/sdk_calls.py) and with the SDK's own method table (sdk_methods.json): the data issue 12's
wire-compatibility tests will replay."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.mistral.sdk_calls import CALLS, call_text, materialize

HERE = Path(__file__).parent / "mistral"
WIRE = json.loads((HERE / "sdk_wire_full.json").read_text())
METHODS = {m["call"]: m for m in json.loads((HERE / "sdk_methods.json").read_text())["methods"]}
RECORDED = WIRE["requests"]
SENTINEL = "~?~unset~?~sentinel~?~"


def test_every_call_recorded_once_in_order() -> None:
    assert [r["name"] for r in RECORDED] == [name for name, _, _ in CALLS]
    for recorded, (_, call, kwargs) in zip(RECORDED, CALLS):
        assert (recorded["call"], recorded["kwargs"]) == (call, kwargs)
        assert recorded["call_text"] == call_text(call, kwargs)
    assert len(RECORDED) >= 40


def test_covers_every_namespace_shared_with_the_spec() -> None:
    namespaces = {r["call"].rsplit(".", 1)[0] for r in RECORDED}
    assert {"chat", "fim", "embeddings", "models", "files", "batch.jobs", "ocr", "classifiers", "agents",
            "beta.agents", "beta.conversations", "beta.libraries", "beta.libraries.documents",
            "audio.transcriptions"} <= namespaces


def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path.partition("#")[0])
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


@pytest.mark.parametrize("recorded", RECORDED, ids=[r["name"] for r in RECORDED])
def test_request_matches_the_sdk_method_table(recorded: dict[str, Any]) -> None:
    method = METHODS[f"client.{recorded['call']}"]
    if method["http_method"] is None:  # chat.parse: a helper over chat.complete
        method = METHODS["client.chat.complete"]
    assert recorded["method"] == method["http_method"]
    assert _template(method["path"]).match(recorded["path"]), (recorded["path"], method["path"])
    assert recorded["headers"]["authorization"] == f"Bearer {WIRE['api_key']}"
    assert recorded["headers"]["accept"] == method["accept"]
    flag_value = "true" if "multipart" in (recorded["body"] or {}) else True  # a form field is text
    streaming = method["accept"] == "text/event-stream"
    assert recorded["stream_flag"] == ([{"in": "body", "pointer": "/stream", "value": flag_value}] if streaming else [])


def test_sentinel_leaks_are_exactly_the_known_ones() -> None:
    leaking = {r["name"]: [e["pointer"] for e in r["sentinel_leaks"]] for r in RECORDED if r["sentinel_leaks"]}
    assert leaking == {"beta_agents_list": ["/metadata"], "beta_conversations_list": ["/metadata"]}
    for recorded in RECORDED:
        listed = json.dumps(recorded["sentinel_leaks"])
        assert (SENTINEL in json.dumps(recorded["query"]) + json.dumps(recorded["body"])) == (SENTINEL in listed)


def test_ignorable_pointers_are_things_the_caller_did_not_give() -> None:
    for recorded in RECORDED:
        given = materialize(recorded["kwargs"], {"Book": object})
        for entry in recorded["sdk_defaults"]:
            top = entry["pointer"].split("/")[1]
            if top in given:  # a nested default inside an object the caller gave
                assert entry["pointer"].count("/") > 1, (recorded["name"], entry)


def test_markers_materialize() -> None:
    sentinel = object()
    assert materialize({"a": [{"$bytes": "x\n"}], "m": {"$model": "Book"}}, {"Book": sentinel}) == {
        "a": [b"x\n"], "m": sentinel}
