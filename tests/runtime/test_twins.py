"""Async twins of a sync core (what `client.chat.complete_async(...)` on a sync client runs on): same settings,
one per event loop, closed at loop shutdown or by the sync core's close()/aclose(). Real HTTP to 127.0.0.1."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
from _rt_under_test import AsyncCore, Auth, Request, Returns, SyncCore

from ._support import LocalServer, json_route

JSON: dict[str, Returns[Any]] = {"200": Returns("json")}
REQUEST = Request("POST", "/chat/completions", query={"q": "1"}, json={"model": "m"})


def make_core(server: LocalServer, **kw: Any) -> SyncCore:
    server.routes["/v1/chat/completions"] = json_route(200, {"ok": True})
    return SyncCore(base_url=server.base_url + "?tenant=t1", auth=Auth(headers={"Authorization": "Bearer k"}),
                    headers={"X-Team": "blue"}, max_retries=1, timeout=7.0, **kw)


def seen(server: LocalServer, index: int) -> tuple[str, str, dict[str, str | None], bytes]:
    sent = server.requests[index]
    headers = {k.lower(): v for k, v in sent.headers.items()}
    kept = {name: headers.get(name) for name in ("authorization", "x-team", "accept", "content-type")}
    return sent.method, sent.path, kept, sent.body


def test_twin_sends_what_the_sync_core_sends(server: LocalServer) -> None:
    core = make_core(server)

    async def twin_call() -> Any:
        twin = await core.async_twin()
        assert (twin.timeout, twin.max_retries, twin.auth) == (core.timeout, core.max_retries, core.auth)
        return await twin.request(REQUEST, JSON)

    assert core.request(REQUEST, JSON) == asyncio.run(twin_call()) == {"ok": True}
    assert seen(server, 0) == seen(server, 1)
    assert seen(server, 1)[1] == "/v1/chat/completions?tenant=t1&q=1"
    core.close()


def test_one_twin_per_loop_closed_when_its_loop_shuts_down(server: LocalServer) -> None:
    core = make_core(server)

    async def twins() -> tuple[AsyncCore, AsyncCore]:
        first = await core.async_twin()
        await first.request(REQUEST, JSON)
        return first, await core.async_twin()

    first, again = asyncio.run(twins())
    assert first is again
    assert first.http_client.is_closed  # asyncio.run closed it before closing its loop
    later, _ = asyncio.run(twins())
    assert later is not first and len(core._twins) == 1
    core.close()
    assert core.http_client.is_closed
    assert server.wait_open_connections(at_most=0) == 0


def test_close_closes_a_twin_on_an_idle_loop(server: LocalServer) -> None:
    core = make_core(server)
    loop = asyncio.new_event_loop()
    try:
        twin = loop.run_until_complete(core.async_twin())
        loop.run_until_complete(twin.request(REQUEST, JSON))
        assert not twin.http_client.is_closed
        core.close()
        assert twin.http_client.is_closed and core.http_client.is_closed and len(core._twins) == 0
    finally:
        loop.close()


def test_aclose_from_async_code_closes_the_running_loops_twin(server: LocalServer) -> None:
    core = make_core(server)

    async def main() -> AsyncCore:
        twin = await core.async_twin()
        await twin.request(REQUEST, JSON)
        await core.aclose()
        return twin

    twin = asyncio.run(main())
    assert twin.http_client.is_closed and core.http_client.is_closed


def test_a_given_async_http_client_is_used_and_left_open(server: LocalServer) -> None:
    given = httpx.AsyncClient()
    core = make_core(server, async_http_client=given)

    async def main() -> None:
        twin = await core.async_twin()
        await twin.request(REQUEST, JSON)
        await core.aclose()
        assert twin.http_client is given and not given.is_closed
        await given.aclose()  # on the loop its connections belong to

    asyncio.run(main())
    assert core.http_client.is_closed


def test_threads_with_their_own_loops_get_their_own_twins(server: LocalServer) -> None:
    core = make_core(server)
    twins: list[AsyncCore] = []
    results: list[Any] = []
    lock = threading.Lock()

    async def work() -> None:
        twin = await core.async_twin()
        answers = await asyncio.gather(*(twin.request(REQUEST, JSON) for _ in range(5)))
        with lock:
            twins.append(twin)
            results.extend(answers)

    threads = [threading.Thread(target=asyncio.run, args=(work(),)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == [{"ok": True}] * 20
    assert len({id(t) for t in twins}) == 4
    assert all(t.http_client.is_closed for t in twins)
    core.close()
