"""The generated Mistral client under faults and load: every streaming request ends in a typed error or a
complete result, no connection is leaked, memory stays bounded, nothing hangs, and the API key never shows.

The client is generated from the seed Mistral spec (the golden case tests/golden/mistral-seed: chat completions,
whose stream yields the chunks themselves) by the current generator into a temporary folder (so the runtime under
test is templates/runtime as it is now) and driven against tests/faulty_server.py:
- `REQUESTS` streaming `client.chat.stream(...)` calls through ONE `Client` from `WORKERS` threads, the fault
  cycling through `FAULTS` (each request picks one with `?fault=` via `extra_query`), consumed three ways in
  turn: `with` + full iteration, bare iteration (closing relies on the stream), `with` + `break` after the first
  chunk;
- `ASYNC_REQUESTS` the same way through one `AsyncClient` with an `asyncio.Semaphore(WORKERS)`.

Checked: each outcome is exactly the one expected for its fault (a complete, correct result or one specific
APIError subclass); every response is closed afterwards; the httpx pool holds no connection that is in use and no
pending request, and after `close()` the server sees no open connection; the tracemalloc peak stays under
`MEMORY_LIMIT` while the server sends 20 MiB lines and bodies; every request finishes within `REQUEST_LIMIT`
seconds and the run within `RUN_LIMIT`; the API key (which the server does receive, and echoes back in a 401
body) appears in no log record (captured at DEBUG, httpx and httpcore included), no str/repr of any exception,
stream, client or core, and no formatted traceback.

The long run: `PYCLIENT_LONG=1 pytest -m long tests/test_faults.py` (`LONG_REQUESTS` requests).
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import os
import secrets
import sys
import threading
import time
import traceback
import tracemalloc
import warnings
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from generator.pipeline import Options, generate_files
from generator.render import write_tree
from tests.faulty_server import EVENTS, FAULTS, MANY_EVENTS, FaultyServer, serving

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 1000
ASYNC_REQUESTS = 240
LONG_REQUESTS = 10_000
WORKERS = 16
READ_TIMEOUT = 1.0
REQUEST_LIMIT = 30.0  # seconds: a bound against hangs (by design two attempts each wait out the read timeout; CI is shared)
RUN_LIMIT = 60.0
MEMORY_LIMIT = 200 * 1024 * 1024  # tracemalloc peak, the server's 20 MiB payloads included
API_KEY = "sk-fault-" + secrets.token_hex(16)
TEXT = "".join(str(e["choices"][0]["delta"]["content"]) for e in EVENTS)  # type: ignore[index]

# The one outcome each fault must end in: "complete" (all chunks, right text) or an exact APIError subclass.
EXPECTED = {
    "ok": "complete", "ok-close": "complete", "drip": "complete", "slow-headers": "complete",
    "many-events": "complete", "reset": "APIConnectionError", "reset-mid": "APIStreamError",
    "stall-headers": "APITimeoutError", "stall-mid": "APITimeoutError", "truncate": "APIStreamError",
    "truncate-chunked": "APIStreamError", "no-done": "APIStreamError", "wrong-ct": "APIResponseValidationError",
    "html": "APIStreamError", "huge-line": "APIStreamError", "huge-error": "InternalServerError",
    "bad-utf8": "APIResponseValidationError", "bad-json": "APIResponseValidationError",
    "error-event": "APIStreamError", "bad-gzip": "APIResponseValidationError", "garbage": "APIConnectionError",
    "status-429": "RateLimitError", "status-500": "InternalServerError", "echo-key": "AuthenticationError",
}
STYLES = ("with", "bare", "break")


@dataclass
class Outcome:
    fault: str
    style: str
    kind: str  # "complete", "partial" (style "break"), or the exception's class name
    seconds: float
    texts: list[str] = field(default_factory=list)  # str/repr/traceback of what the caller saw
    closed: bool = True


@pytest.fixture(scope="module")
def mistral(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The Mistral client generated now, imported as `mistral_fault_client` (relative imports only)."""
    folder = tmp_path_factory.mktemp("faults")
    seed = ROOT / "tests" / "golden" / "mistral-seed"
    files, _ = generate_files(seed / "spec.yaml", Options(overlays=(seed / "overlay.yaml",)))
    write_tree(folder / "mistral_fault_client", files)
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("mistral_fault_client")
    finally:
        sys.path.remove(str(folder))


def _expected(outcome: Outcome) -> set[str]:
    kind = EXPECTED[outcome.fault]
    if outcome.style == "break":  # stopped after the first chunk: errors that come later are never seen
        return {"partial", kind} if kind != "complete" else {"partial"}
    return {kind}


def _check_chunks(fault: str, chunks: list[Any]) -> None:
    count = MANY_EVENTS if fault == "many-events" else len(EVENTS)
    assert len(chunks) == count, (fault, len(chunks))
    assert "".join(c.choices[0].delta.content or "" for c in chunks[: len(EVENTS)]) == TEXT


def _texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))]


def _call_sync(client: Any, mistral: ModuleType, fault: str, style: str) -> Outcome:
    started = time.perf_counter()
    stream = None
    try:
        stream = client.chat.stream(model="m", messages=[{"role": "user", "content": "hi"}],
                                    extra_query={"fault": fault})
        texts = [repr(stream)]
        if style == "with":
            with stream:
                chunks = list(stream)
        elif style == "bare":
            chunks = list(stream)
        else:
            with stream:
                for chunk in stream:
                    assert chunk.id == "cmpl-fault"
                    break
                kind = "partial" if stream.current_event is not None else "empty"
            return Outcome(fault, style, kind, time.perf_counter() - started, texts, stream.response.is_closed)
        _check_chunks(fault, chunks)
        return Outcome(fault, style, "complete", time.perf_counter() - started, texts, stream.response.is_closed)
    except mistral.APIError as exc:
        closed = stream is None or stream.response.is_closed
        return Outcome(fault, style, type(exc).__name__, time.perf_counter() - started, _texts(exc), closed)
    except Exception as exc:  # noqa: BLE001 - anything untyped is a failure the test reports
        return Outcome(fault, style, f"UNTYPED {type(exc).__name__}: {exc}", time.perf_counter() - started,
                       _texts(exc))


async def _call_async(client: Any, mistral: ModuleType, fault: str, style: str) -> Outcome:
    started = time.perf_counter()
    stream = None
    try:
        stream = await client.chat.stream(model="m", messages=[{"role": "user", "content": "hi"}],
                                          extra_query={"fault": fault})
        texts = [repr(stream)]
        if style == "break":
            async with stream:
                async for chunk in stream:
                    assert chunk.id == "cmpl-fault"
                    break
                kind = "partial" if stream.current_event is not None else "empty"
            return Outcome(fault, style, kind, time.perf_counter() - started, texts, stream.response.is_closed)
        if style == "with":
            async with stream:
                chunks = [chunk async for chunk in stream]
        else:
            chunks = [chunk async for chunk in stream]
        _check_chunks(fault, chunks)
        return Outcome(fault, style, "complete", time.perf_counter() - started, texts, stream.response.is_closed)
    except mistral.APIError as exc:
        closed = stream is None or stream.response.is_closed
        return Outcome(fault, style, type(exc).__name__, time.perf_counter() - started, _texts(exc), closed)
    except Exception as exc:  # noqa: BLE001
        return Outcome(fault, style, f"UNTYPED {type(exc).__name__}: {exc}", time.perf_counter() - started,
                       _texts(exc))


def _plan(count: int) -> list[tuple[str, str]]:
    """(fault, style) for each request: every fault with every style, in turn."""
    return [(FAULTS[i % len(FAULTS)], STYLES[(i // len(FAULTS)) % len(STYLES)]) for i in range(count)]


def _make_client(mistral: ModuleType, server: FaultyServer, cls: str = "Client") -> Any:
    client = getattr(mistral, cls)(api_key=API_KEY, base_url=server.url + "/v1", max_retries=1,
                                   timeout=httpx.Timeout(READ_TIMEOUT, connect=2.0))
    if cls == "Client":
        client._core.sleep = lambda seconds: time.sleep(min(seconds, 0.01))  # keep backoff short
    else:
        async def short_sleep(seconds: float) -> None:
            await asyncio.sleep(min(seconds, 0.01))

        client._core.sleep = short_sleep
    return client


def _pool(client: Any) -> Any:
    return client._core.http_client._transport._pool


def _assert_no_leaks(client: Any, server: FaultyServer) -> None:
    pool = _pool(client)
    busy = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]
    assert busy == [], f"connections still in use after every request ended: {busy}"
    assert not pool._requests, "requests still waiting in the pool"


def _wait_closed(server: FaultyServer, seconds: float = 5.0) -> int:
    deadline = time.monotonic() + seconds
    while server.open_connections and time.monotonic() < deadline:
        time.sleep(0.02)
    return server.open_connections


def _check_outcomes(outcomes: list[Outcome], server: FaultyServer) -> Counter[str]:
    wrong = [o for o in outcomes if o.kind not in _expected(o)]
    assert not wrong, f"{len(wrong)} unexpected outcomes, e.g. {[(o.fault, o.style, o.kind) for o in wrong[:5]]}"
    slow = [o for o in outcomes if o.seconds > REQUEST_LIMIT]
    assert not slow, [(o.fault, o.style, round(o.seconds, 2)) for o in slow[:5]]
    unclosed = [o for o in outcomes if not o.closed]
    assert not unclosed, [(o.fault, o.style, o.kind) for o in unclosed[:5]]
    assert any(a == f"Bearer {API_KEY}" for a in server.authorizations), "the key never reached the server"
    return Counter(o.kind for o in outcomes)


def _assert_key_absent(texts: list[str]) -> None:
    leaked = [t for t in texts if API_KEY in t or API_KEY[len("sk-fault-"):] in t]
    assert not leaked, f"the API key appears in {len(leaked)} texts, e.g. {leaked[0][:300]!r}"


def run_sync(mistral: ModuleType, count: int, caplog: pytest.LogCaptureFixture) -> dict[str, Any]:
    caplog.set_level(logging.DEBUG)
    with serving() as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        client = _make_client(mistral, server)
        tracemalloc.start()
        started = time.perf_counter()
        try:
            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                outcomes = list(pool.map(lambda job: _call_sync(client, mistral, *job), _plan(count)))
        finally:
            seconds = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        kinds = _check_outcomes(outcomes, server)
        _assert_no_leaks(client, server)
        texts = [t for o in outcomes for t in o.texts] + [repr(client), str(client), repr(client._core)]
        client.close()
        assert _wait_closed(server) == 0, "connections left open after close()"
        gc.collect()
    texts += [caplog.handler.format(r) for r in caplog.records] + [str(w.message) for w in caught]
    _assert_key_absent(texts)
    leaks = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert not leaks, [str(w.message) for w in leaks[:3]]
    assert seconds < RUN_LIMIT * count / REQUESTS, seconds
    assert peak < MEMORY_LIMIT, peak
    return {"requests": count, "seconds": round(seconds, 1), "peak_mib": round(peak / 2**20, 1),
            "threads": threading.active_count(), "outcomes": dict(kinds), "log_records": len(caplog.records)}


def run_async(mistral: ModuleType, count: int, caplog: pytest.LogCaptureFixture) -> dict[str, Any]:
    caplog.set_level(logging.DEBUG)

    async def main(server: FaultyServer) -> tuple[list[Outcome], Any, list[str]]:
        client = _make_client(mistral, server, "AsyncClient")
        limit = asyncio.Semaphore(WORKERS)

        async def one(fault: str, style: str) -> Outcome:
            async with limit:
                return await _call_async(client, mistral, fault, style)

        outcomes = await asyncio.gather(*(one(*job) for job in _plan(count)))
        _assert_no_leaks(client, server)
        texts = [repr(client), str(client), repr(client._core)]
        await client.aclose()
        return list(outcomes), client, texts

    with serving() as server:
        started = time.perf_counter()
        outcomes, _, texts = asyncio.run(main(server))
        seconds = time.perf_counter() - started
        kinds = _check_outcomes(outcomes, server)
        assert _wait_closed(server) == 0, "connections left open after aclose()"
    texts += [t for o in outcomes for t in o.texts] + [caplog.handler.format(r) for r in caplog.records]
    _assert_key_absent(texts)
    assert seconds < RUN_LIMIT * count / REQUESTS + 10, seconds
    return {"requests": count, "seconds": round(seconds, 1), "outcomes": dict(kinds)}


def test_every_fault_has_an_expected_outcome() -> None:
    assert set(EXPECTED) == set(FAULTS)


def test_streaming_requests_under_faults(mistral: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    report = run_sync(mistral, REQUESTS, caplog)
    print("faulted sync run:", report)


def test_async_streaming_requests_under_faults(mistral: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    report = run_async(mistral, ASYNC_REQUESTS, caplog)
    print("faulted async run:", report)


@pytest.mark.long
@pytest.mark.skipif(not os.environ.get("PYCLIENT_LONG"), reason="the long run: set PYCLIENT_LONG=1")
def test_streaming_requests_under_faults_long(mistral: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    report = run_sync(mistral, LONG_REQUESTS, caplog)
    print("faulted sync run (long):", report)


@pytest.mark.parametrize("value", [".", "..", "../..", "a/../b", "%2E%2E", "./", "...", "a b", "é"])
def test_a_path_parameter_stays_in_its_segment(mistral: ModuleType, value: str) -> None:
    """A hostile path parameter cannot move the request: `..` is sent as `%2E%2E`, which URL normalization keeps."""
    rt = mistral._runtime
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    core = rt.SyncCore(base_url="http://api.test/v1", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    path = rt.format_path("/models/{model_id}/versions", {"model_id": value})
    assert path.split("/")[2] == rt.quote_path(value)
    core.request(rt.Request("GET", path), {"200": rt.Returns("json")})
    raw = seen[0].url.raw_path.decode("ascii")
    assert raw.startswith("/v1/models/") and raw.endswith("/versions"), raw
    segment = raw[len("/v1/models/"):-len("/versions")]
    assert "/" not in segment and unquote(segment) == value
