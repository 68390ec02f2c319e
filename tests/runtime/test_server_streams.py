"""Streams and errors over a real HTTP/1.1 server on 127.0.0.1, and no leaked pooled connections."""

from __future__ import annotations

import gc
import itertools
import time
from typing import Any

import httpx
import pytest
from _rt_under_test import (
    APIError,
    APIStreamError,
    APITimeoutError,
    Auth,
    AuthenticationError,
    Request,
    Returns,
    SyncCore,
)

from ._support import (
    CHAT_CHUNKS,
    CHAT_STREAM,
    ChatChunk,
    ErrorBody,
    Handler,
    LocalServer,
    json_route,
    reply,
    sse_body,
    sse_reply,
    sse_route,
)

CHAT = Request("POST", "/chat/completions", json={"model": "mistral-small-latest", "stream": True})
KEY = "sk-test-9f8e7d6c5b4a"


def make_core(server: LocalServer, **kw: Any) -> SyncCore:
    core = SyncCore(base_url=server.base_url, auth=Auth(headers={"Authorization": f"Bearer {KEY}"}), **kw)
    core.sleep = lambda _: None
    return core


@pytest.mark.parametrize("piece", [0, 1, 7, 64])
def test_stream_over_real_http_in_small_network_pieces(server: LocalServer, piece: int) -> None:
    server.routes["/v1/chat/completions"] = sse_route(sse_body(CHAT_CHUNKS, eol="\r\n"), piece=piece)
    with make_core(server) as core, core.stream(CHAT, ChatChunk.from_dict) as stream:
        text = "".join(c.content or "" for c in stream)
    assert text == "Hello, wörld 👋 — 你好!\nBye"
    assert stream.response.is_closed
    sent = server.requests[0]
    assert sent.headers["Accept"] == "text/event-stream" and sent.headers["Authorization"] == f"Bearer {KEY}"


def test_401_raises_authentication_error_with_parsed_body(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = json_route(401, {"message": "Unauthorized", "request_id": "req-42"})
    with make_core(server) as core, pytest.raises(AuthenticationError) as info:
        core.request(CHAT, {"200": Returns("json")}, errors={"401": ErrorBody.from_dict})
    assert info.value.body == ErrorBody("Unauthorized", "req-42")
    assert info.value.status_code == 401 and "Unauthorized" in str(info.value) and KEY not in str(info.value)
    assert server.hits["/v1/chat/completions"] == 1


def test_connection_cut_mid_stream_raises_api_stream_error(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sse_route(sse_body(CHAT_CHUNKS[:3], done=False), finish=False)
    received = []
    with make_core(server) as core, pytest.raises(APIStreamError) as info:
        for chunk in core.stream(CHAT, ChatChunk.from_dict):
            received.append(chunk)  # noqa: PERF402 (keep what arrived before the error)
    assert len(received) == 3
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_clean_eof_before_done_raises_api_stream_error(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sse_route(sse_body(CHAT_CHUNKS, done=False))
    with make_core(server) as core, pytest.raises(APIStreamError, match=r"before \[DONE\]"):
        list(core.stream(CHAT, ChatChunk.from_dict))


def test_stream_stalling_mid_body_hits_read_timeout(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sse_route(sse_body(CHAT_CHUNKS[:2], done=False), stall=3.0)
    started = time.monotonic()
    received = []
    with make_core(server, timeout=0.3) as core, pytest.raises(APITimeoutError):
        for chunk in core.stream(CHAT, ChatChunk.from_dict):
            received.append(chunk)  # noqa: PERF402 (keep what arrived before the error)
    assert len(received) == 2 and time.monotonic() - started < 2.0


def test_error_event_mid_stream_over_http(server: LocalServer) -> None:
    body = sse_body(CHAT_CHUNKS[:2], done=False) + b'event: error\ndata: {"message":"Internal error"}\n\n'
    server.routes["/v1/chat/completions"] = sse_route(body, piece=5)
    with make_core(server) as core, pytest.raises(APIStreamError, match="Internal error") as info:
        list(core.stream(CHAT, ChatChunk.from_dict))
    assert info.value.body == {"message": "Internal error"}


def _broken(kind: int) -> Any:
    """Server behaviours cycled through by the leak test."""
    good = sse_body(CHAT_CHUNKS)
    return [
        sse_route(good),  # read to [DONE]
        sse_route(good),  # abandoned after one chunk (garbage collected)
        sse_route(good, piece=40),  # break inside `with`
        sse_route(sse_body(CHAT_CHUNKS[:1], done=False) + b'data: {"error":{"message":"x"}}\n\n'),
        sse_route(sse_body(CHAT_CHUNKS[:1], done=False) + b"data: {oops\n\n"),
        sse_route(sse_body(CHAT_CHUNKS[:2], done=False), finish=False),  # connection cut
        sse_route(sse_body(CHAT_CHUNKS, done=False)),  # clean EOF, no [DONE]
        json_route(500, {"message": "down"}),
        json_route(429, {"message": "later"}, {"Retry-After": "3600"}),
        lambda h: reply(h, 200, {"not": "a stream"}),
    ][kind]


def _consume(core: SyncCore, kind: int, kept: list[object]) -> None:
    """Use one stream the way `kind` says; `kept` holds every stream object so that only the runtime's own
    closing (not garbage collection) can give connections back - except for the abandoned kind."""
    try:
        stream = core.stream(CHAT, ChatChunk.from_dict)
        if kind == 1:
            next(stream)
            del stream
            return
        kept.append(stream)
        if kind == 2:
            with stream:
                for _ in stream:
                    break
        else:
            list(stream)  # no `with`: exhaustion and errors must close the response by themselves
    except APITimeoutError:
        raise  # PoolTimeout: connections leaked
    except APIError as exc:
        kept.append(exc)


def test_many_failed_and_broken_streams_leak_no_connection(server: LocalServer) -> None:
    routes = [_broken(kind) for kind in range(10)]
    kinds = itertools.cycle(range(10))
    current = {"kind": 0}

    def route(h: Handler) -> None:
        routes[current["kind"]](h)

    server.routes["/v1/chat/completions"] = route
    limits = httpx.Limits(max_connections=5, max_keepalive_connections=5)
    client = httpx.Client(limits=limits, timeout=httpx.Timeout(2.0, pool=1.0))
    core = make_core(server, http_client=client, max_retries=0)
    kept: list[object] = []
    for _ in range(200):  # a leak of more than 5 connections would raise PoolTimeout
        current["kind"] = next(kinds)
        _consume(core, current["kind"], kept)
    gc.collect()
    pool = client._transport._pool  # type: ignore[attr-defined]
    assert pool.connections, "the pool was used"
    assert all(c.is_idle() or c.is_closed() for c in pool.connections), pool.connections
    assert len(pool._requests) == 0
    client.close()
    assert server.wait_open_connections(0) == 0
    assert server.hits["/v1/chat/completions"] == 200


def test_connection_is_reused_after_done_and_closed_with_core(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sse_route(CHAT_STREAM)
    with make_core(server) as core:
        for _ in range(3):
            list(core.stream(CHAT, ChatChunk.from_dict))
        assert server.open_connections == 1  # drained after [DONE]: one kept-alive connection reused
    assert server.wait_open_connections(0) == 0


def test_sse_reply_helper_is_chunked(server: LocalServer) -> None:
    server.routes["/v1/raw"] = lambda h: sse_reply(h, [b"data: 1\n\n", b"data: [DONE]\n\n"])
    with httpx.Client() as client:
        response = client.get(server.base_url + "/raw")
    assert response.headers["transfer-encoding"] == "chunked" and response.text.endswith("[DONE]\n\n")
