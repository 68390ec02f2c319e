"""Replay of every call recorded from the official SDK (tests/mistral/sdk_wire_full.json, `mistralai` 3.7.0) on the
generated Mistral client, over real HTTP to 127.0.0.1: the same call path and keyword arguments, answered with the
same fixtures, must send the same request.

Compared exactly: method, path (percent-decoded: the same resource to the server), query pairs (as a multiset),
`Authorization`, and the body (decoded JSON; form fields; multipart fields and file parts with their name, file
name, type and content). Three lists in each recording say what else holds:
- `sdk_defaults`: spec defaults the SDK fills in by itself; ours may leave each out or send the same value;
- `sentinel_leaks`: the SDK's internal unset marker on the wire; ours must NOT send these;
- `stream_flag`: `"stream": true` of a streaming method; ours must send it (it stays in the comparison).

The client is `Client(api_key=..., base_url=<server root>)`, as the official SDK's `server_url`: paths on the wire
carry `/v1`. A few calls are replayed again through the sync client's `*_async` twin and through `AsyncClient`.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from tests.loopback import LoopbackServer, Recorded, Reply
from tests.mistral.sdk_calls import book_models, materialize

HERE = Path(__file__).parent / "mistral"
WIRE = json.loads((HERE / "sdk_wire_full.json").read_text())
RECORDED = {r["name"]: r for r in WIRE["requests"]}
ASYNC_VARIANTS = ["chat_complete", "chat_parse", "chat_stream", "embeddings_create", "files_upload",
                  "beta_conversations_start_stream", "beta_agents_list"]

sys.path.insert(0, str(HERE))  # record_full imports its sibling `sdk_calls` as the recording venv does
try:
    from record_full import FixtureRouter, parse_body
finally:
    sys.path.remove(str(HERE))


class FixtureServer(LoopbackServer):
    """Answers every request from the recorded fixtures (fixtures/full_api_responses.json), as the SDK was."""

    def __init__(self) -> None:
        super().__init__()
        self.router = FixtureRouter()

    def reply(self, method: str, path: str) -> Reply:
        sent = self.requests[-1]  # appended by the handler just before it asks for the reply
        try:
            status, content_type, payload = self.router(
                {"method": method, "path": sent.path, "headers": sent.headers, "raw": sent.body})
        except LookupError as exc:
            return Reply.json({"detail": str(exc)}, 404)
        if content_type == "text/event-stream":
            return Reply.sse(payload)
        return Reply(status, payload, {"Content-Type": content_type})


@pytest.fixture
def fixture_server() -> Iterator[FixtureServer]:
    server = FixtureServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


def _kwargs(recorded: dict[str, Any]) -> dict[str, Any]:
    return dict(materialize(recorded["kwargs"], book_models()))


def _method(client: Any, call: str) -> Any:
    """`client.<call>` (a dotted path like `beta.conversations.start_stream`); AttributeError when it is missing."""
    target = client
    for part in call.split("."):
        target = getattr(target, part)
    return target


def _consume(mistral: ModuleType, result: Any) -> None:
    if isinstance(result, mistral.Stream):
        with result:
            for _ in result:
                pass


async def _aconsume(mistral: ModuleType, result: Any) -> None:
    if isinstance(result, mistral.AsyncStream):
        async with result:
            async for _ in result:
                pass


@pytest.mark.parametrize("name", list(RECORDED))
def test_same_request_as_the_official_sdk(mistral: ModuleType, fixture_server: FixtureServer, name: str) -> None:
    recorded = RECORDED[name]
    error: Exception | None = None
    with mistral.Client(api_key=WIRE["api_key"], base_url=fixture_server.url, max_retries=0) as client:
        method = _method(client, recorded["call"])  # AttributeError: the official call path does not exist
        try:
            _consume(mistral, method(**_kwargs(recorded)))
        except Exception as exc:  # noqa: BLE001 (re-raised below, after the request is compared: it says more)
            error = exc
    if error is not None and not fixture_server.requests:
        raise error  # nothing sent (an argument the official SDK has and ours lacks, ...)
    assert_same_request(fixture_server.requests, recorded)
    if error is not None:
        raise error


@pytest.mark.parametrize("flavour", ["twin", "async_client"])
@pytest.mark.parametrize("name", ASYNC_VARIANTS)
def test_async_calls_send_the_same_request(mistral: ModuleType, fixture_server: FixtureServer, name: str,
                                           flavour: str) -> None:
    recorded = RECORDED[name]
    settings = {"api_key": WIRE["api_key"], "base_url": fixture_server.url, "max_retries": 0}

    async def main() -> None:
        if flavour == "twin":
            with mistral.Client(**settings) as client:
                await _aconsume(mistral, await _method(client, recorded["call"] + "_async")(**_kwargs(recorded)))
                await client.aclose()
        else:
            async with mistral.AsyncClient(**settings) as aclient:
                await _aconsume(mistral, await _method(aclient, recorded["call"])(**_kwargs(recorded)))

    asyncio.run(main())
    assert_same_request(fixture_server.requests, recorded)


# ---- comparison ------------------------------------------------------------------------------------------------


def assert_same_request(requests: list[Recorded], recorded: dict[str, Any]) -> None:
    assert len(requests) == 1, [f"{r.method} {r.path}" for r in requests]
    [sent] = requests
    url = urlsplit(sent.path)
    assert (sent.method, unquote(url.path)) == (recorded["method"], unquote(recorded["path"]))
    assert sent.headers.get("authorization") == recorded["headers"]["authorization"]
    query = [(k, v) for k, v in parse_qsl(url.query, keep_blank_values=True)]
    assert sorted(query) == sorted(_expected_query(recorded, query))
    assert _body(sent) == _expected_body(recorded, _body(sent))


def _marks(recorded: dict[str, Any], kind: str, where: str) -> list[dict[str, Any]]:
    return [m for m in recorded[kind] if m["in"] == where]


def _expected_query(recorded: dict[str, Any], sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    expected = [(k, v) for k, v in recorded["query"]]
    for leak in _marks(recorded, "sentinel_leaks", "query"):
        name = leak["pointer"][1:]
        assert name not in dict(sent), f"sends the SDK's sentinel leak {name}"
        expected.remove((name, leak["value"]))
    for default in _marks(recorded, "sdk_defaults", "query"):
        pair = (default["pointer"][1:], default["value"])
        expected.remove(pair)
        if pair in sent:  # sent by ours too, with the same value: fine
            expected.append(pair)
    return expected


def _body(sent: Recorded) -> dict[str, Any] | None:
    """Our request body in the recording's shape (record_full.parse_body, JSON compared decoded)."""
    parsed = parse_body(sent.headers.get("content-type", ""), sent.body)
    return {"json": parsed["json"]} if parsed is not None and "json" in parsed else parsed


def _expected_body(recorded: dict[str, Any], sent: dict[str, Any] | None) -> dict[str, Any] | None:
    """The official body, less its sentinel leaks (which ours must not send) and less each SDK-filled default
    that ours left out (a default ours sends must have the SDK's value, so it stays)."""
    body = recorded["body"]
    if body is None:
        return None
    marks = [("leak", m) for m in _marks(recorded, "sentinel_leaks", "body")]
    marks += [("default", m) for m in _marks(recorded, "sdk_defaults", "body")]
    if "json" in body:
        expected = json.loads(json.dumps(body["json"]))
        for kind, mark in marks:
            _settle(expected, sent.get("json") if sent else None, mark["pointer"], kind)
        return {"json": expected}
    if "form" in body or "multipart" in body:
        key = "form" if "form" in body else "multipart"
        expected_pairs = [list(p) for p in (body["form"] if key == "form" else body["multipart"]["fields"])]
        sent_pairs = (sent or {}).get(key, {})
        sent_pairs = sent_pairs if key == "form" else sent_pairs.get("fields", []) if sent_pairs else []
        for kind, mark in marks:
            pair = [mark["pointer"][1:], mark["value"]]
            assert not (kind == "leak" and any(p[0] == pair[0] for p in sent_pairs)), f"sends leak {pair[0]}"
            if kind == "leak" or pair not in sent_pairs:
                expected_pairs.remove(pair)
        if key == "form":
            return {"form": expected_pairs}
        return {"multipart": {"fields": expected_pairs, "files": body["multipart"]["files"]}}
    return body


def _settle(expected: Any, sent: Any, pointer: str, kind: str) -> None:
    """Drop `pointer` from `expected` when it is a leak, or a default that `sent` does not hold."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    *parents, last = [int(p) if p.isdigit() else p for p in parts]
    for part in parents:
        expected = expected[part]
        sent = sent[part] if _holds(sent, part) else None
    if kind == "leak":
        assert not _holds(sent, last), f"sends the SDK's sentinel leak at {pointer}"
    if kind == "leak" or not _holds(sent, last):
        del expected[last]


def _holds(container: Any, key: str | int) -> bool:
    if isinstance(container, dict):
        return key in container
    return isinstance(container, list) and isinstance(key, int) and key < len(container)
