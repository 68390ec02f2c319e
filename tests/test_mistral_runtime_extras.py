"""The runtime pieces of issue 12 driven through the committed Mistral client, the way generated methods will use
them (until the templates emit `chat.parse` and the `*_async` twins): `response_format_for` + `parse_completion`
over `chat.complete`, and the sync client's async twin running `AsyncChat` on the same settings. Real HTTP to
127.0.0.1; the parse request is compared with what mistralai 3.7 sent for `chat.parse(response_format=Book)`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.loopback import LoopbackServer, Reply
from tests.mistral.sdk_calls import book_models

HERE = Path(__file__).parent / "mistral"
WIRE = json.loads((HERE / "sdk_wire_full.json").read_text())
ROUTES = json.loads((HERE / "fixtures" / "full_api_responses.json").read_text())["routes"]
CHAT = ("POST", "/v1/chat/completions")
HI = [{"role": "user", "content": "Hi"}]


MODELS = book_models()  # what record_sdk_requests.py gave to mistralai's chat.parse
Book, Publisher = MODELS["Book"], MODELS["Publisher"]


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


def _client(mistral: ModuleType, server: LoopbackServer) -> Any:
    return mistral.Client(api_key=WIRE["api_key"], base_url=server.url + "/v1", max_retries=0)


def _chat_answer(when_body_has: str | None) -> Reply:
    [route] = [r for r in ROUTES if (r["method"], r["path"]) == CHAT and r.get("when_body_has") == when_body_has]
    return Reply.json(route["body"])


def test_parse_sends_what_mistralai_sends_and_returns_a_book(mistral: ModuleType, server: LoopbackServer) -> None:
    from mistral_client import _runtime as rt

    server.routes[CHAT] = _chat_answer("response_format")
    with _client(mistral, server) as client:
        # what a generated `chat.parse(response_format=Book, **kwargs)` will run
        response = client.chat.complete(model="mistral-large-latest", messages=HI,
                                        response_format=rt.response_format_for(Book))
        parsed = rt.parse_completion(response, Book)
    [recorded] = [r for r in WIRE["requests"] if r["name"] == "chat_parse"]
    expected, sent = json.loads(recorded["body"]["text"]), server.requests[-1].json()
    for ignorable in recorded["sdk_defaults"]:  # ours may leave a default out, or send the same value
        name = ignorable["pointer"][1:]
        assert sent.pop(name, ignorable["value"]) == expected.pop(name) == ignorable["value"]
    assert sent == expected
    assert server.requests[-1].headers["authorization"] == recorded["headers"]["authorization"]
    message = parsed.choices[0].message
    assert message is not None and isinstance(message.parsed, Book)
    assert message.parsed.publisher == Publisher(name="Chilton", country="US")
    assert message.content == response.choices[0].message.content and parsed.id == response.id


def test_async_twin_sends_the_same_requests(mistral: ModuleType, server: LoopbackServer) -> None:
    from mistral_client.resources.chat import AsyncChat

    server.routes[CHAT] = _chat_answer(None)
    with _client(mistral, server) as client:
        sync_answer = client.chat.complete(model="mistral-large-latest", messages=HI, max_tokens=5)

        async def complete_async() -> Any:  # what a generated `Chat.complete_async` will run
            return await AsyncChat(await client._core.async_twin()).complete(
                model="mistral-large-latest", messages=HI, max_tokens=5)

        async_answer = asyncio.run(complete_async())
    first, second = server.requests[-2:]
    assert (first.method, first.path, first.body) == (second.method, second.path, second.body)
    for header in ("authorization", "accept", "content-type"):
        assert first.headers[header] == second.headers[header]
    assert async_answer == sync_answer


def test_async_twin_streams(mistral: ModuleType, server: LoopbackServer) -> None:
    from mistral_client.resources.chat import AsyncChat

    server.routes[CHAT] = Reply.sse((HERE / "fixtures" / "chat_stream.sse").read_bytes(), chunk_size=50)
    with _client(mistral, server) as client:

        async def stream_async() -> list[str]:  # what a generated `Chat.stream_async` will run
            stream = await AsyncChat(await client._core.async_twin()).stream(model="mistral-large-latest", messages=HI)
            return [chunk.choices[0].delta.content async for chunk in stream]

        pieces = asyncio.run(stream_async())
    assert "".join(p for p in pieces if isinstance(p, str)) == "Hello! How can I help you today?"
    assert server.requests[-1].headers["accept"] == "text/event-stream"
