"""The committed Mistral client's `*_async` twins on the sync `Client` and `chat.parse` / `parse_async`, over real
HTTP to 127.0.0.1. The parse request is compared with what mistralai 3.7 sent for `chat.parse(response_format=Book)`
(tests/mistral/sdk_wire_full.json)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.loopback import LoopbackServer, Reply
from tests.mistral.sdk_calls import book_models

HERE = Path(__file__).parent / "mistral"
WIRE = json.loads((HERE / "sdk_wire_full.json").read_text())
ROUTES = json.loads((HERE / "fixtures" / "full_api_responses.json").read_text())["routes"]
CHAT = ("POST", "/v1/chat/completions")
HI = [{"role": "user", "content": "Hi"}]
MODELS = book_models()
Book, Publisher = MODELS["Book"], MODELS["Publisher"]


@dataclasses.dataclass
class PublisherRecord:
    name: str
    country: str | None = None


@dataclasses.dataclass
class BookRecord:
    title: str
    authors: list[str]
    year: int | None = None
    publisher: PublisherRecord | None = None


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


def _client(mistral: ModuleType, server: LoopbackServer, **kwargs: Any) -> Any:
    return mistral.Client(api_key=WIRE["api_key"], base_url=server.url, max_retries=0, **kwargs)


def _chat_answer(when_body_has: str | None) -> Reply:
    [route] = [r for r in ROUTES if (r["method"], r["path"]) == CHAT and r.get("when_body_has") == when_body_has]
    return Reply.json(route["body"])


def _same_as_recorded(sent: dict[str, Any], recorded: dict[str, Any]) -> None:
    """`sent` equals the official body, except the SDK-filled defaults, which ours leaves out or sends equal."""
    expected = json.loads(recorded["body"]["text"])
    for ignorable in recorded["sdk_defaults"]:
        name = ignorable["pointer"][1:]
        assert sent.pop(name, ignorable["value"]) == expected.pop(name) == ignorable["value"]
    assert sent == expected


def test_parse_sends_what_mistralai_sends_and_returns_a_book(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = _chat_answer("response_format")
    with _client(mistral, server) as client:
        parsed = client.chat.parse(model="mistral-large-latest", messages=HI, response_format=Book)
    [recorded] = [r for r in WIRE["requests"] if r["name"] == "chat_parse"]
    _same_as_recorded(server.requests[-1].json(), recorded)
    assert server.requests[-1].headers["authorization"] == recorded["headers"]["authorization"]
    message = parsed.choices[0].message
    assert message is not None and isinstance(message.parsed, Book)
    assert message.parsed.publisher == Publisher(name="Chilton", country="US")
    assert isinstance(message.content, str) and json.loads(message.content)["title"] == message.parsed.title
    assert parsed.id == parsed.response.id


def test_parse_async_on_the_sync_client_sends_the_same_request(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = _chat_answer("response_format")
    with _client(mistral, server) as client:
        parsed = asyncio.run(client.chat.parse_async(model="mistral-large-latest", messages=HI, response_format=Book))
    [recorded] = [r for r in WIRE["requests"] if r["name"] == "chat_parse"]
    _same_as_recorded(server.requests[-1].json(), recorded)
    assert isinstance(parsed.choices[0].message.parsed, Book)


def test_parse_with_a_dataclass(mistral: ModuleType, server: LoopbackServer) -> None:
    from mistral_client import _runtime as rt

    server.routes[CHAT] = _chat_answer("response_format")
    with _client(mistral, server) as client:
        parsed = client.chat.parse(model="mistral-large-latest", messages=HI, response_format=BookRecord)
    sent = server.requests[-1].json()
    assert sent["response_format"] == rt.response_format_for(BookRecord)
    assert sent["response_format"]["json_schema"]["name"] == "BookRecord"
    book = parsed.choices[0].message.parsed
    assert isinstance(book, BookRecord) and book.publisher == PublisherRecord(name="Chilton", country="US")


def test_async_client_parse(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = _chat_answer("response_format")

    async def main() -> Any:
        async with mistral.AsyncClient(api_key=WIRE["api_key"], base_url=server.url, max_retries=0) as client:
            return await client.chat.parse(model="mistral-large-latest", messages=HI, response_format=BookRecord)

    assert isinstance(asyncio.run(main()).choices[0].message.parsed, BookRecord)


def test_complete_async_sends_what_complete_sends(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = _chat_answer(None)
    with _client(mistral, server) as client:
        sync_answer = client.chat.complete(model="mistral-large-latest", messages=HI, max_tokens=5)
        async_answer = asyncio.run(client.chat.complete_async(model="mistral-large-latest", messages=HI, max_tokens=5))
    first, second = server.requests[-2:]
    assert (first.method, first.path, first.body) == (second.method, second.path, second.body)
    for header in ("authorization", "accept", "content-type"):
        assert first.headers[header] == second.headers[header]
    assert async_answer == sync_answer


def test_stream_async_yields_the_chunks(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply.sse((HERE / "fixtures" / "chat_stream.sse").read_bytes(), chunk_size=50)
    with _client(mistral, server) as client:

        async def main() -> list[str]:
            stream = await client.chat.stream_async(model="mistral-large-latest", messages=HI)
            async with stream:
                return [event.data.choices[0].delta.content async for event in stream]

        pieces = asyncio.run(main())
    assert "".join(p for p in pieces if isinstance(p, str)) == "Hello! How can I help you today?"
    sent = server.requests[-1]
    assert sent.headers["accept"] == "text/event-stream" and sent.json()["stream"] is True


def test_twins_of_every_group_run(mistral: ModuleType, server: LoopbackServer) -> None:
    for name in ("embeddings.json", "models.json", "fim_completion.json"):
        route = {"embeddings.json": ("POST", "/v1/embeddings"), "models.json": ("GET", "/v1/models"),
                 "fim_completion.json": ("POST", "/v1/fim/completions")}[name]
        server.routes[route] = Reply(body=(HERE / "fixtures" / name).read_bytes())
    with _client(mistral, server) as client:

        async def main() -> tuple[Any, ...]:
            return await asyncio.gather(
                client.embeddings.create_async(model="mistral-embed", inputs=["a"]),
                client.models.list_async(),
                client.fim.complete_async(model="codestral-latest", prompt="def f(", suffix="return 1"),
            )

        embeddings, models, fim = asyncio.run(main())
    assert embeddings.data[0].embedding and models.data and fim.choices
    assert sorted(r.path for r in server.requests) == ["/v1/embeddings", "/v1/fim/completions", "/v1/models"]


def test_close_and_aclose_close_the_twins(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/models")] = Reply(body=(HERE / "fixtures" / "models.json").read_bytes())
    client = _client(mistral, server)

    async def twice() -> Any:
        await client.models.list_async()
        core = await client._core.async_twin()
        await client.aclose()  # closes the running loop's twin by awaiting it
        return core

    core = asyncio.run(twice())
    assert core.http_client.is_closed and client._core.http_client.is_closed

    client = _client(mistral, server)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(client.models.list_async())
        core = loop.run_until_complete(client._core.async_twin())
        client.close()  # from sync code, on the idle loop
        assert core.http_client.is_closed
    finally:
        loop.close()


def test_a_given_async_http_client_is_used_and_left_open(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/models")] = Reply(body=(HERE / "fixtures" / "models.json").read_bytes())
    seen: list[httpx.Request] = []

    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"request": [_keep(seen)]}) as own:
            with _client(mistral, server, async_http_client=own) as client:
                await client.models.list_async()
                await client.aclose()
            assert not own.is_closed

    asyncio.run(main())
    assert [r.url.path for r in seen] == ["/v1/models"]


def _keep(seen: list[httpx.Request]) -> Any:
    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    return hook
