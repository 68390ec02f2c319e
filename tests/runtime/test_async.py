"""Async twins of the main cases (AsyncCore / AsyncStream), run with asyncio.run against the real server."""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from _rt_under_test import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    AsyncCore,
    AsyncStream,
    Auth,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
    Request,
    Returns,
)

from ._support import (
    CHAT_CHUNKS,
    CHAT_STREAM,
    TOOL_CHUNKS,
    ChatChunk,
    ErrorBody,
    Handler,
    LocalServer,
    closed_port,
    json_route,
    reply,
    sequence,
    sse_body,
    sse_route,
    stall_then,
)

T = TypeVar("T")
CHAT = Request("POST", "/chat/completions", json={"model": "mistral-small-latest", "stream": True})
JSON: dict[str, Returns[Any]] = {"200": Returns("json")}
KEY = "sk-async-0a1b2c3d4e5f"
PATH = "/v1/chat/completions"


def run(server: LocalServer | None, body: Callable[[AsyncCore], Awaitable[T]], **kw: Any) -> tuple[T, list[float]]:
    """Run `body(core)` in a fresh event loop with a core on `server`; returns its result and the sleeps."""
    sleeps: list[float] = []

    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    async def main() -> T:
        base = server.base_url if server else f"http://127.0.0.1:{closed_port()}/v1"
        async with AsyncCore(base_url=base, auth=Auth(headers={"Authorization": f"Bearer {KEY}"}), **kw) as core:
            core.sleep = sleep
            return await body(core)

    return asyncio.run(main()), sleeps


async def collect(stream: AsyncStream[ChatChunk]) -> list[ChatChunk]:
    return [chunk async for chunk in stream]


def test_async_stream_decodes_chunks_and_closes_response(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(sse_body(CHAT_CHUNKS, eol="\r\n"), piece=7)

    async def body(core: AsyncCore) -> tuple[str, bool, str | None]:
        stream = await core.stream(CHAT, ChatChunk.from_dict)
        chunks = await collect(stream)
        assert stream.current_event is not None
        return "".join(c.content or "" for c in chunks), stream.response.is_closed, stream.current_event.data

    (text, closed, last), _ = run(server, body)
    assert text == "Hello, wörld 👋 — 你好!\nBye" and closed and last == "[DONE]"


def test_async_tool_call_deltas(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(sse_body(TOOL_CHUNKS), piece=3)

    async def body(core: AsyncCore) -> list[ChatChunk]:
        return await collect(await core.stream(CHAT, ChatChunk.from_dict))

    chunks, _ = run(server, body)
    assert "".join(c.tool_calls[0]["function"]["arguments"] for c in chunks if c.tool_calls) == '{"city": "Paris"}'


def test_async_429_with_retry_after_then_success(server: LocalServer) -> None:
    server.routes[PATH] = sequence(json_route(429, {"message": "slow"}, {"Retry-After": "2"}), json_route(200, {"a": 1}))

    async def body(core: AsyncCore) -> Any:
        return await core.request(CHAT, JSON)

    result, sleeps = run(server, body)
    assert result == {"a": 1} and sleeps == [2.0] and server.hits[PATH] == 2


def test_async_500_three_times_raises_after_three_attempts(server: LocalServer) -> None:
    server.routes[PATH] = json_route(500, {"message": "boom"})

    async def body(core: AsyncCore) -> Any:
        return await core.request(CHAT, JSON)

    with pytest.raises(InternalServerError, match="boom"):
        run(server, body)
    assert server.hits[PATH] == 3


def test_async_retry_after_above_cap_is_not_retried(server: LocalServer) -> None:
    server.routes[PATH] = json_route(429, {"message": "later"}, {"Retry-After": "61"})

    async def body(core: AsyncCore) -> Any:
        return await core.stream(CHAT, ChatChunk.from_dict)

    with pytest.raises(RateLimitError):
        run(server, body)
    assert server.hits[PATH] == 1


def test_async_401_raises_authentication_error_with_parsed_body(server: LocalServer) -> None:
    server.routes[PATH] = json_route(401, {"message": "Unauthorized", "request_id": "r-9"})

    async def body(core: AsyncCore) -> Any:
        return await core.stream(CHAT, ChatChunk.from_dict, errors={"401": ErrorBody.from_dict})

    with pytest.raises(AuthenticationError) as info:
        run(server, body)
    assert info.value.body == ErrorBody("Unauthorized", "r-9") and KEY not in str(info.value)


@pytest.mark.parametrize("finish", [True, False], ids=["clean-eof", "connection-cut"])
def test_async_truncated_stream_raises_api_stream_error(server: LocalServer, finish: bool) -> None:
    server.routes[PATH] = sse_route(sse_body(CHAT_CHUNKS[:3], done=False), finish=finish)
    received: list[ChatChunk] = []

    async def body(core: AsyncCore) -> None:
        async for chunk in await core.stream(CHAT, ChatChunk.from_dict):
            received.append(chunk)

    with pytest.raises(APIStreamError):
        run(server, body)
    assert len(received) == 3


def test_async_require_done_false(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(sse_body(CHAT_CHUNKS, done=False))

    async def body(core: AsyncCore) -> int:
        return len(await collect(await core.stream(CHAT, ChatChunk.from_dict, require_done=False)))

    assert run(server, body)[0] == len(CHAT_CHUNKS)


def test_async_stalled_server_hits_short_timeout(server: LocalServer) -> None:
    server.routes[PATH] = stall_then(3.0, json_route(200, {}))

    async def body(core: AsyncCore) -> Any:
        return await core.request(CHAT, JSON)

    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        run(server, body, timeout=0.3, max_retries=0)
    assert time.monotonic() - started < 2.0


def test_async_connection_refused_is_retried_then_raises() -> None:
    async def body(core: AsyncCore) -> Any:
        return await core.request(CHAT, JSON)

    with pytest.raises(APIConnectionError) as info:
        run(None, body)
    assert not isinstance(info.value, APITimeoutError)


def test_async_error_event_mid_stream(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(sse_body(CHAT_CHUNKS[:2], done=False) + b'data: {"error": {"message": "overloaded"}}\n\n')

    async def body(core: AsyncCore) -> None:
        await collect(await core.stream(CHAT, ChatChunk.from_dict))

    with pytest.raises(APIStreamError, match="overloaded") as info:
        run(server, body)
    assert info.value.body == {"error": {"message": "overloaded"}}


def test_async_malformed_json_keeps_raw_text(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(b"data: {not json}\n\n")

    async def body(core: AsyncCore) -> None:
        await collect(await core.stream(CHAT, ChatChunk.from_dict))

    with pytest.raises(APIResponseValidationError) as info:
        run(server, body)
    assert info.value.text == "{not json}"


def test_async_break_inside_context_manager_closes_response(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(CHAT_STREAM)

    async def body(core: AsyncCore) -> tuple[bool, bool]:
        async with await core.stream(CHAT, ChatChunk.from_dict) as stream:
            async for _ in stream:
                break
            open_inside = not stream.response.is_closed
        return open_inside, stream.response.is_closed

    assert run(server, body)[0] == (True, True)


def test_async_abandoned_stream_is_closed_when_garbage_collected(server: LocalServer) -> None:
    server.routes[PATH] = sse_route(CHAT_STREAM)

    async def body(core: AsyncCore) -> bool:
        stream = await core.stream(CHAT, ChatChunk.from_dict)
        await stream.__anext__()
        response = stream.response
        del stream
        gc.collect()
        for _ in range(10):
            await asyncio.sleep(0)
        return response.is_closed

    assert run(server, body)[0] is True


def test_async_many_broken_streams_leak_no_connection(server: LocalServer) -> None:
    routes = [
        sse_route(CHAT_STREAM),
        sse_route(CHAT_STREAM, piece=50),  # break inside `async with`
        sse_route(sse_body(CHAT_CHUNKS[:1], done=False) + b'event: error\ndata: {"message":"x"}\n\n'),
        sse_route(sse_body(CHAT_CHUNKS[:2], done=False), finish=False),
        sse_route(sse_body(CHAT_CHUNKS, done=False)),
        json_route(503, {"message": "down"}),
        lambda h: reply(h, 200, {"not": "a stream"}),
    ]
    current = {"kind": 0}

    def route(h: Handler) -> None:
        routes[current["kind"]](h)

    server.routes[PATH] = route

    async def main() -> list[Any]:
        client = httpx.AsyncClient(limits=httpx.Limits(max_connections=5), timeout=httpx.Timeout(2.0, pool=1.0))
        kept: list[object] = []
        async with AsyncCore(base_url=server.base_url, http_client=client, max_retries=0) as core:
            for kind in itertools.islice(itertools.cycle(range(len(routes))), 140):
                current["kind"] = kind
                await _use(core, kind, kept)
            pool = client._transport._pool  # type: ignore[attr-defined]
            states = [c.is_idle() or c.is_closed() for c in pool.connections]
        await client.aclose()
        return states

    states = asyncio.run(main())
    assert states and all(states)
    assert server.wait_open_connections(0) == 0


async def _use(core: AsyncCore, kind: int, kept: list[object]) -> None:
    try:
        stream = await core.stream(CHAT, ChatChunk.from_dict)
        kept.append(stream)
        if kind == 1:
            async with stream:
                async for _ in stream:
                    break
        else:
            await collect(stream)  # no `async with`: the stream closes itself
    except APITimeoutError:
        raise  # PoolTimeout: a connection leaked
    except APIError as exc:
        kept.append(exc)
