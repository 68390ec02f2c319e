"""One Mistral `Client` shared by 32 threads, one `AsyncClient` serving 500 concurrent tasks (issue 12, item 7).

The loopback server echoes something of each request (the model id, the chat message), so a response handed
to the wrong caller shows; it counts its open connections, so a connection the client never closes shows.
Each call also reads its own raw response through `capture_response()`, which must see only its own.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.echo_server import EchoServer, echo_serving

THREADS = 32
CALLS_PER_THREAD = 12
TASKS = 500
TWIN_TASKS = 200  # httpcore's pool grows slow with hundreds of queued requests: fewer here keep the run short


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    with echo_serving() as server:
        yield server


def _sync_call(mistral: ModuleType, client: Any, marker: str) -> tuple[str, str, str | None]:
    """(what was asked, what came back, the request id of this call's own raw response)."""
    with mistral.capture_response() as raw:
        if marker.endswith(("0", "2", "4", "6", "8")):
            answer = client.models.retrieve(model_id=marker).id
        else:
            answer = client.chat.complete(model="m", messages=[{"role": "user", "content": marker}])
            answer = answer.choices[0].message.content
    assert len(raw.responses) == 1
    return marker, answer, raw.request_id


async def _async_call(mistral: ModuleType, client: Any, marker: str) -> tuple[str, str, str | None]:
    with mistral.capture_response() as raw:
        if marker.endswith(("0", "2", "4", "6", "8")):
            answer = (await client.models.retrieve(model_id=marker)).id
        else:
            result = await client.chat.complete(model="m", messages=[{"role": "user", "content": marker}])
            answer = result.choices[0].message.content
    assert len(raw.responses) == 1
    return marker, answer, raw.request_id


def _assert_matched(results: list[tuple[str, str, str | None]], expected: int) -> None:
    assert len(results) == expected
    mismatched = [r for r in results if r[1] != r[0] or r[2] != f"req-{r[0]}"]
    assert mismatched == []
    assert len({r[0] for r in results}) == expected  # every marker distinct: no answer counted twice


def _busy(pool: Any) -> list[Any]:
    return [c for c in pool.connections if not (c.is_idle() or c.is_closed())]


def test_one_client_shared_by_32_threads(mistral: ModuleType, echo: EchoServer) -> None:
    client = mistral.Client(api_key="k", base_url=echo.url, max_retries=0)
    start = threading.Barrier(THREADS, timeout=30)

    def worker(index: int) -> list[tuple[str, str, str | None]]:
        start.wait()  # all threads begin together, so their requests overlap
        return [_sync_call(mistral, client, f"t{index}-c{call}") for call in range(CALLS_PER_THREAD)]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        futures = [pool.submit(worker, index) for index in range(THREADS)]
        results = [item for future in futures for item in future.result(timeout=120)]
    _assert_matched(results, THREADS * CALLS_PER_THREAD)
    assert echo.answered == THREADS * CALLS_PER_THREAD
    http_pool = client._core.http_client._transport._pool
    assert _busy(http_pool) == [] and not http_pool._requests
    assert echo.connections_seen <= THREADS  # kept-alive connections reused, never more than the callers
    client.close()
    assert echo.wait_closed() == 0, "connections left open after Client.close()"


def test_one_async_client_serving_500_tasks(mistral: ModuleType, echo: EchoServer) -> None:
    async def main() -> tuple[list[tuple[str, str, str | None]], Any]:
        client = mistral.AsyncClient(api_key="k", base_url=echo.url, max_retries=0)
        calls = [_async_call(mistral, client, f"task{index}") for index in range(TASKS)]
        results = await asyncio.wait_for(asyncio.gather(*calls), timeout=120)
        http_pool = client._core.http_client._transport._pool
        assert _busy(http_pool) == [] and not http_pool._requests
        await client.aclose()
        return list(results), http_pool

    results, http_pool = asyncio.run(main())
    _assert_matched(results, TASKS)
    assert echo.answered == TASKS
    assert echo.peak_connections <= 100  # the pool's limit: the other tasks waited for a connection
    assert http_pool.connections == []
    assert echo.wait_closed() == 0, "connections left open after AsyncClient.aclose()"


def test_sync_client_async_twins_under_500_tasks(mistral: ModuleType, echo: EchoServer) -> None:
    """The `*_async` methods of one sync Client (its async twin core) serve concurrent tasks too."""
    client = mistral.Client(api_key="k", base_url=echo.url, max_retries=0)

    async def one(marker: str) -> tuple[str, str, str | None]:
        with mistral.capture_response() as raw:
            answer = (await client.models.retrieve_async(model_id=marker)).id
        return marker, answer, raw.request_id

    async def main() -> list[tuple[str, str, str | None]]:
        return list(await asyncio.wait_for(asyncio.gather(*(one(f"twin{i}0") for i in range(TWIN_TASKS))), 120))

    _assert_matched(asyncio.run(main()), TWIN_TASKS)
    client.close()
    assert echo.wait_closed() == 0, "connections left open after the twin's loop ended and Client.close()"
