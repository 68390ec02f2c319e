"""The committed Mistral client (generated/mistral_client) against a real HTTP server on 127.0.0.1.

The wire requests are compared with what the official SDK (`mistralai`) sent for the same calls,
recorded in tests/mistral/sdk_wire_requests.json (see tests/mistral/README.md).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.loopback import LoopbackServer, Reply

FIXTURES = Path(__file__).parent / "mistral" / "fixtures"
SDK_WIRE = json.loads((Path(__file__).parent / "mistral" / "sdk_wire_requests.json").read_text())
API_KEY = SDK_WIRE["api_key"]

ROUTES = {
    ("POST", "/v1/chat/completions"): "chat_completion.json",
    ("POST", "/v1/embeddings"): "embeddings.json",
    ("GET", "/v1/models"): "models.json",
    ("POST", "/v1/fim/completions"): "fim_completion.json",
}


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


@pytest.fixture
def api(server: LoopbackServer) -> LoopbackServer:
    for route, fixture in ROUTES.items():
        server.routes[route] = Reply(body=(FIXTURES / fixture).read_bytes())
    return server


def _client(mistral: ModuleType, server: LoopbackServer, **kwargs: Any) -> Any:
    return mistral.Client(api_key=API_KEY, base_url=server.url, max_retries=0, **kwargs)


def _ours(call: dict[str, Any]) -> dict[str, Any]:
    return dict(call["kwargs"])  # the official keyword names (`inputs=` for the body field `input`)


NON_STREAMING = [r for r in SDK_WIRE["requests"] if "stream" not in r["call"]["method"]]


@pytest.mark.parametrize("recorded", NON_STREAMING, ids=[r["name"] for r in NON_STREAMING])
def test_wire_request_matches_official_sdk(mistral: ModuleType, api: LoopbackServer, recorded: dict[str, Any]) -> None:
    with _client(mistral, api) as client:
        group = getattr(client, recorded["call"]["group"])
        getattr(group, recorded["call"]["method"])(**_ours(recorded["call"]))
    sent = api.requests[-1]
    assert (sent.method, sent.path) == (recorded["method"], recorded["path"])
    for header in ("authorization", "accept"):
        assert sent.headers.get(header) == recorded["headers"].get(header)
    if recorded.get("json") is not None:
        assert sent.headers["content-type"] == "application/json"
        assert sent.json() == recorded["json"]
    else:
        assert sent.body == b""


def test_chat_complete_returns_typed_dataclasses(mistral: ModuleType, api: LoopbackServer) -> None:
    with _client(mistral, api) as client:
        r = client.chat.complete(model="mistral-large-latest", messages=[{"role": "user", "content": "Hi"}],
                                 temperature=0.7, max_tokens=150)
    expected = json.loads((FIXTURES / "chat_completion.json").read_text())
    assert isinstance(r, mistral.models.ChatCompletionResponse)
    assert r.choices[0].message.content == expected["choices"][0]["message"]["content"]
    assert r.usage.total_tokens == expected["usage"]["total_tokens"]
    assert r.choices[0].finish_reason == mistral.models.ChatCompletionChoiceFinishReason.STOP
    assert r.to_dict() == expected


def test_embeddings_models_and_fim_decode(mistral: ModuleType, api: LoopbackServer) -> None:
    with _client(mistral, api) as client:
        embedding = client.embeddings.create(model="mistral-embed", inputs=["a", "b"]).data[0].embedding
        models = client.models.list().data
        fim = client.fim.complete(model="codestral-latest", prompt="def f(", suffix="return 1")
    expected = json.loads((FIXTURES / "embeddings.json").read_text())
    assert embedding == expected["data"][0]["embedding"]
    assert [m.id for m in models] == [m["id"] for m in json.loads((FIXTURES / "models.json").read_text())["data"]]
    assert isinstance(fim, mistral.models.FIMCompletionResponse)
    assert fim.choices[0].message.content


def test_dataclass_arguments_send_the_same_json_as_dicts(mistral: ModuleType, api: LoopbackServer) -> None:
    m = mistral.models
    with _client(mistral, api) as client:
        client.chat.complete(model="m", messages=[m.UserMessage(role="user", content="Hi")],
                             response_format=m.ResponseFormat(type=m.ResponseFormats.JSON_OBJECT))
        client.chat.complete(model="m", messages=[{"role": "user", "content": "Hi"}],
                             response_format={"type": "json_object"})
    assert api.requests[0].json() == api.requests[1].json()


def test_arguments_not_passed_are_not_sent(mistral: ModuleType, api: LoopbackServer) -> None:
    with _client(mistral, api) as client:
        client.chat.complete(model="m", messages=[], temperature=None)
    assert api.requests[0].json() == {"model": "m", "messages": [], "temperature": None, "stream": False}


def test_api_key_defaults_to_environment(mistral: ModuleType, api: LoopbackServer,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "from-env-key")
    with mistral.Client(base_url=api.url) as client:
        client.models.list()
        assert "from-env-key" not in repr(client)
    assert api.requests[0].headers["authorization"] == "Bearer from-env-key"


def test_base_url_defaults_to_spec_server(mistral: ModuleType) -> None:
    with mistral.Client(api_key="k") as client:
        assert client.base_url == "https://api.mistral.ai"


def test_async_client_has_the_same_surface(mistral: ModuleType, api: LoopbackServer) -> None:
    async def run() -> tuple[Any, Any, Any]:
        async with mistral.AsyncClient(api_key=API_KEY, base_url=api.url) as client:
            chat = await client.chat.complete(model="mistral-large-latest",
                                              messages=[{"role": "user", "content": "Hi"}])
            models = await client.models.list()
            embeddings = await client.embeddings.create(model="mistral-embed", inputs=["a", "b"])
            return chat, models, embeddings

    chat, models, embeddings = asyncio.run(run())
    assert chat.usage.total_tokens > 0
    assert models.data and embeddings.data[0].embedding
    assert api.requests[0].json() == {"model": "mistral-large-latest", "stream": False,
                                      "messages": [{"role": "user", "content": "Hi"}]}


def test_error_status_raises_typed_error_with_parsed_body(mistral: ModuleType, server: LoopbackServer) -> None:
    body = {"message": "Unauthorized", "type": "auth_error", "code": 401}
    server.routes[("POST", "/v1/chat/completions")] = Reply.json(body, 401)
    with _client(mistral, server) as client, pytest.raises(mistral.AuthenticationError) as caught:
        client.chat.complete(model="m", messages=[])
    assert caught.value.status_code == 401
    assert caught.value.body == body  # the upstream spec declares no 401 schema: the decoded JSON
    assert API_KEY not in str(caught.value)


STREAMING = [r for r in SDK_WIRE["requests"] if "stream" in r["call"]["method"]]


def _sse_server(server: LoopbackServer, chunk_size: int = 0) -> LoopbackServer:
    for path, fixture in (("/v1/chat/completions", "chat_stream.sse"), ("/v1/fim/completions", "fim_stream.sse")):
        server.routes[("POST", path)] = Reply.sse((FIXTURES / fixture).read_bytes(), chunk_size)
    return server


def _expected_text(fixture: str) -> str:
    text = ""
    for line in (FIXTURES / fixture).read_text().splitlines():
        if line.startswith("data: {"):
            text += json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
    return text


@pytest.mark.parametrize("recorded", STREAMING, ids=[r["name"] for r in STREAMING])
def test_stream_wire_request_matches_official_sdk(mistral: ModuleType, server: LoopbackServer,
                                                  recorded: dict[str, Any]) -> None:
    _sse_server(server)
    with _client(mistral, server) as client:
        group = getattr(client, recorded["call"]["group"])
        with getattr(group, recorded["call"]["method"])(**_ours(recorded["call"])) as stream:
            chunks = list(stream)
    assert chunks
    sent = server.requests[-1]
    assert (sent.method, sent.path) == (recorded["method"], recorded["path"])
    assert sent.headers["accept"] == recorded["headers"]["accept"] == "text/event-stream"
    assert sent.json() == recorded["json"]


def test_chat_stream_yields_typed_chunks_in_small_reads(mistral: ModuleType, server: LoopbackServer) -> None:
    _sse_server(server, chunk_size=7)
    with _client(mistral, server) as client:
        stream = client.chat.stream(model="mistral-large-latest", messages=[{"role": "user", "content": "Hi"}])
        events = list(stream)
    # the upstream spec's event is CompletionEvent {data: CompletionChunk}, read as with the official SDK
    assert all(isinstance(e, mistral.models.CompletionEvent) for e in events)
    assert all(isinstance(e.data, mistral.models.CompletionChunk) for e in events)
    assert "".join(e.data.choices[0].delta.content or "" for e in events) == _expected_text("chat_stream.sse")
    assert events[-1].data.usage.total_tokens > 0


def test_async_chat_stream(mistral: ModuleType, server: LoopbackServer) -> None:
    _sse_server(server, chunk_size=5)

    async def run() -> list[Any]:
        async with mistral.AsyncClient(api_key=API_KEY, base_url=server.url) as client:
            stream = await client.chat.stream(model="mistral-large-latest",
                                              messages=[{"role": "user", "content": "Hi"}])
            async with stream:
                return [event async for event in stream]

    events = asyncio.run(run())
    assert "".join(e.data.choices[0].delta.content or "" for e in events) == _expected_text("chat_stream.sse")


@pytest.mark.parametrize("form", ["dict", "dict-file", "pair", "triple", "open-file"])
def test_files_upload_takes_every_file_form(mistral: ModuleType, server: LoopbackServer, tmp_path: Path,
                                            form: str) -> None:
    """`files.upload(file=...)` (spec type `File`, a named binary string) sends one file part in each form."""
    import email.parser
    import email.policy

    server.routes[("POST", "/v1/files")] = Reply.json({"id": "f", "object": "file", "bytes": 3, "created_at": 1,
                                                       "filename": "a.jsonl", "purpose": "batch",
                                                       "sample_type": "batch_request", "source": "upload"})
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"{}\n")
    with path.open("rb") as handle, _client(mistral, server) as client:
        given = {"dict": {"file_name": "a.jsonl", "content": b"{}\n"},
                 "dict-file": {"file_name": "a.jsonl", "content": handle, "content_type": "application/jsonl"},
                 "pair": ("a.jsonl", b"{}\n"), "triple": ("a.jsonl", b"{}\n", "application/jsonl"),
                 "open-file": handle}[form]
        client.files.upload(file=given, purpose="batch")
    sent = server.requests[-1]
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + sent.headers["content-type"].encode() + b"\r\n\r\n" + sent.body)
    parts = {p.get_param("name", header="content-disposition"): p for p in message.iter_parts()}
    assert parts["file"].get_filename() == "a.jsonl"
    assert parts["file"].get_payload(decode=True) == b"{}\n"
    assert parts["purpose"].get_payload(decode=True) == b"batch"
