"""`Client` and `AsyncClient` for W.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from . import _runtime as _rt

if TYPE_CHECKING:
    from typing import Self

__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "Client"]

DEFAULT_BASE_URL = "http://localhost"


def _auth() -> _rt.Auth:
    return _rt.Auth()


class Client:
    """Client for W.

    Args:
        base_url: Where the API is served; defaults to the spec's first server.
        timeout: Seconds (or an httpx.Timeout) per request; overridable per call.
        max_retries: Retries on connection errors, 408, 409, 429 and 5xx; overridable per call.
        default_headers: Headers sent with every request.
        http_client: Your own httpx client (proxies, transports); it is not closed by this client.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._core = _rt.SyncCore(
            base_url=base_url or DEFAULT_BASE_URL,
            auth=_auth(),
            headers=default_headers,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._core.base_url

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the HTTP connections this client opened (a caller's `http_client` stays open)."""
        self._core.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient:
    """Client for W.

    Args:
        base_url: Where the API is served; defaults to the spec's first server.
        timeout: Seconds (or an httpx.Timeout) per request; overridable per call.
        max_retries: Retries on connection errors, 408, 409, 429 and 5xx; overridable per call.
        default_headers: Headers sent with every request.
        http_client: Your own httpx client (proxies, transports); it is not closed by this client.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._core = _rt.AsyncCore(
            base_url=base_url or DEFAULT_BASE_URL,
            auth=_auth(),
            headers=default_headers,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._core.base_url

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (a caller's `http_client` stays open)."""
        await self._core.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
