"""The async twins of a sync client: `client.chat.complete_async(...)` on a sync `Client` (as the official Mistral
SDK has) runs on an `AsyncCore` that shares the sync core's settings, made on first use.

An httpx.AsyncClient (its connection pool) belongs to one event loop, and a sync program may call `asyncio.run`
more than once, so there is one twin per event loop. A twin is closed when its loop shuts down (`asyncio.run`
finalises async generators before closing the loop: each twin is tied to one), or by the sync core's `close()` /
`aclose()`, whichever comes first.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from ._core import AsyncCore

__all__ = ["AsyncTwins"]


class AsyncTwins:
    """The async cores made for a sync core, one per event loop, by `make` (a core sharing its settings)."""

    def __init__(self, make: Callable[[], AsyncCore]) -> None:
        self._make = make
        self._cores: dict[asyncio.AbstractEventLoop, AsyncCore] = {}
        self._guards: dict[asyncio.AbstractEventLoop, AsyncGenerator[None, None]] = {}
        self._lock = threading.Lock()

    async def current(self) -> AsyncCore:
        """The twin for the running event loop (made now if there is none yet)."""
        import asyncio  # here: importing the package stays cheap for sync-only users

        loop = asyncio.get_running_loop()
        with self._lock:
            for old in [other for other in self._cores if other.is_closed()]:
                del self._cores[old], self._guards[old]
            core = self._cores.get(loop)
            if core is not None:
                return core
            core = self._cores[loop] = self._make()
            guard = self._guards[loop] = _close_at_shutdown(core)
        await guard.__anext__()  # registers it with the loop, which closes it (and so the core) at shutdown
        return core

    def __len__(self) -> int:
        return len(self._cores)

    def _take_all(self) -> dict[asyncio.AbstractEventLoop, AsyncGenerator[None, None]]:
        """Forget every twin; their guards, whose `aclose()` closes the twin."""
        with self._lock:
            guards, self._cores, self._guards = self._guards, {}, {}
        return guards

    def close(self) -> None:
        """Close every twin from sync code: on its loop when that loop is idle, scheduled on it when it runs
        (another thread's loop, or this thread's when called from a coroutine); a closed loop's twin is dropped."""
        for loop, guard in self._take_all().items():
            _close_on(loop, guard)

    async def aclose(self) -> None:
        """Close every twin: the running loop's one awaited here, the others as `close()` does."""
        import asyncio

        running = asyncio.get_running_loop()
        for loop, guard in self._take_all().items():
            if loop is running:
                await guard.aclose()
            else:
                _close_on(loop, guard)


async def _close_at_shutdown(core: AsyncCore) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await core.aclose()


_PENDING: set[Any] = set()  # scheduled closes, kept referenced until they finish


def _close_on(loop: asyncio.AbstractEventLoop, guard: AsyncGenerator[None, None]) -> None:
    import asyncio

    if loop.is_closed():
        return  # the loop closed its guard (and twin) at shutdown, or its connections ended with it
    if loop.is_running():
        future = asyncio.run_coroutine_threadsafe(guard.aclose(), loop)
        _PENDING.add(future)
        future.add_done_callback(_PENDING.discard)
    else:
        loop.run_until_complete(guard.aclose())
