"""The retry loop and its policy, against a real HTTP server on 127.0.0.1 (sleep is injected)."""

from __future__ import annotations

import contextlib
import email.utils
import time
from typing import Any

import httpx
import pytest
from _rt_under_test import (
    MAX_RETRY_AFTER,
    APIConnectionError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    Request,
    RequestOptions,
    Returns,
    SyncCore,
)
from _rt_under_test._retry import backoff_delay, retry_after_seconds

from ._support import (
    CHAT_CHUNKS,
    CHAT_STREAM,
    ChatChunk,
    LocalServer,
    closed_port,
    json_route,
    mock_client,
    sequence,
    sse_body,
    sse_route,
    stall_then,
)

JSON: dict[str, Returns[Any]] = {"200": Returns("json")}
CHAT = Request("POST", "/chat/completions", json={"model": "m"})
OK = json_route(200, {"ok": True})


def make_core(server: LocalServer, **kw: Any) -> tuple[SyncCore, list[float]]:
    core = SyncCore(base_url=server.base_url, **kw)
    sleeps: list[float] = []
    core.sleep = sleeps.append
    return core, sleeps


def test_429_with_retry_after_is_retried_after_that_delay(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sequence(json_route(429, {"message": "slow down"}, {"Retry-After": "1"}), OK)
    core, sleeps = make_core(server)
    with core:
        assert core.request(CHAT, JSON) == {"ok": True}
    assert server.hits["/v1/chat/completions"] == 2
    assert sleeps == [1.0]


def test_500_three_times_raises_internal_server_error_after_three_attempts(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = json_route(500, {"message": "boom"})
    core, sleeps = make_core(server)
    with core, pytest.raises(InternalServerError, match="boom"):
        core.request(CHAT, JSON)
    assert server.hits["/v1/chat/completions"] == 3
    assert len(sleeps) == 2 and 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_retry_after_above_cap_is_not_retried(server: LocalServer) -> None:
    wait = str(int(MAX_RETRY_AFTER) + 1)
    server.routes["/v1/chat/completions"] = sequence(json_route(429, {"message": "later"}, {"Retry-After": wait}), OK)
    core, sleeps = make_core(server)
    with core, pytest.raises(RateLimitError) as info:
        core.request(CHAT, JSON)
    assert info.value.headers["retry-after"] == wait
    assert server.hits["/v1/chat/completions"] == 1 and sleeps == []


def test_retry_after_ms_and_http_date_are_honoured(server: LocalServer) -> None:
    date = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.routes["/v1/chat/completions"] = sequence(
        json_route(503, {}, {"retry-after-ms": "250"}), json_route(503, {}, {"Retry-After": date}), OK
    )
    core, sleeps = make_core(server)
    with core:
        core.request(CHAT, JSON)
    assert sleeps[0] == 0.25 and 28 <= sleeps[1] <= 30


@pytest.mark.parametrize(("status", "hint", "attempts"), [(500, "false", 1), (400, "true", 2), (429, "false", 1)])
def test_x_should_retry_header_overrides_the_status_rule(
    server: LocalServer, status: int, hint: str, attempts: int
) -> None:
    server.routes["/v1/chat/completions"] = sequence(json_route(status, {}, {"x-should-retry": hint}), OK)
    core, _ = make_core(server)
    with core, contextlib.suppress(APIStatusError):
        core.request(CHAT, JSON)
    assert server.hits["/v1/chat/completions"] == attempts


@pytest.mark.parametrize("status", [408, 409, 429, 502])
def test_retryable_statuses(server: LocalServer, status: int) -> None:
    server.routes["/v1/chat/completions"] = sequence(json_route(status, {}), OK)
    core, _ = make_core(server)
    with core:
        assert core.request(CHAT, JSON) == {"ok": True}


def test_400_is_not_retried(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = json_route(400, {"message": "bad"})
    core, sleeps = make_core(server)
    with core, pytest.raises(BadRequestError):
        core.request(CHAT, JSON)
    assert server.hits["/v1/chat/completions"] == 1 and sleeps == []


def test_max_retries_per_call_and_per_core(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = json_route(503, {})
    core, _ = make_core(server, max_retries=0)
    with core:
        with pytest.raises(InternalServerError):
            core.request(CHAT, JSON)
        assert server.hits["/v1/chat/completions"] == 1
        with pytest.raises(InternalServerError):
            core.request(CHAT, JSON, options=RequestOptions(max_retries=4))
    assert server.hits["/v1/chat/completions"] == 6


def test_connection_refused_is_retried_then_raises_connection_error() -> None:
    core = SyncCore(base_url=f"http://127.0.0.1:{closed_port()}/v1")
    sleeps: list[float] = []
    core.sleep = sleeps.append
    with core, pytest.raises(APIConnectionError) as info:
        core.request(CHAT, JSON)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(sleeps) == 2 and "POST /v1/chat/completions" in str(info.value)


def test_stalled_server_hits_short_timeout(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = stall_then(3.0, OK)
    core, sleeps = make_core(server, timeout=0.3, max_retries=1)
    started = time.monotonic()
    with core, pytest.raises(APITimeoutError, match="timed out"):
        core.request(CHAT, JSON)
    assert time.monotonic() - started < 2.0
    assert server.hits["/v1/chat/completions"] == 2 and len(sleeps) == 1


def test_stream_is_retried_on_status_before_any_body(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sequence(json_route(503, {"message": "warming up"}), sse_route(CHAT_STREAM))
    core, sleeps = make_core(server)
    with core, core.stream(CHAT, ChatChunk.from_dict) as stream:
        assert len(list(stream)) == len(CHAT_CHUNKS)
    assert server.hits["/v1/chat/completions"] == 2 and len(sleeps) == 1


def test_stream_cut_after_first_bytes_is_not_retried(server: LocalServer) -> None:
    server.routes["/v1/chat/completions"] = sse_route(sse_body(CHAT_CHUNKS[:2], done=False), finish=False)
    core, sleeps = make_core(server)
    with core, pytest.raises(APIStreamError):
        list(core.stream(CHAT, ChatChunk.from_dict))
    assert server.hits["/v1/chat/completions"] == 1 and sleeps == []


def test_one_shot_body_is_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.read())
        return httpx.Response(503)

    core = SyncCore(base_url="https://api.test", http_client=mock_client(handler))
    core.sleep = lambda _: None
    with pytest.raises(InternalServerError):
        core.request(Request("PUT", "/upload", content=iter([b"a", b"b"])), JSON)
    assert calls == [b"ab"]


def test_backoff_doubles_from_half_a_second_with_jitter_and_caps_at_8s() -> None:
    for retries, high in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (10, 8.0), (500, 8.0)]:
        for _ in range(50):
            assert 0.75 * high <= backoff_delay(retries) <= high


def test_retry_after_parsing() -> None:
    h = httpx.Headers
    assert retry_after_seconds(h({"Retry-After": "2.5"})) == 2.5
    assert retry_after_seconds(h({"retry-after-ms": "1500", "Retry-After": "9"})) == 1.5
    assert retry_after_seconds(h({"Retry-After": "soon"})) is None
    assert retry_after_seconds(h({"Retry-After": "-3"})) is None
    assert retry_after_seconds(h({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert retry_after_seconds(h({})) is None
