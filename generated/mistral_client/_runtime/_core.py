"""Sending: SyncCore / AsyncCore build the httpx request, run the one retry loop, decode or raise."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Final, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    describe,
    redact,
    server_message,
)
from ._raw import record_response
from ._request import (
    Request,
    RequestOptions,
    Returns,
    TimeoutTypes,
    build_cookies,
    build_query,
    is_replayable,
    json_body,
    merge_headers,
)
from ._response import ErrorDecoders, decode_response, is_expected, status_error
from ._retry import DEFAULT_MAX_RETRIES, backoff_delay, response_retry_delay
from ._sse import AsyncStream, Stream
from ._twin import AsyncTwins
from ._types import UNSET, Unset, encode_json

__all__ = ["DEFAULT_TIMEOUT", "AsyncCore", "Auth", "SyncCore"]

T = TypeVar("T")

DEFAULT_TIMEOUT: Final = httpx.Timeout(120.0, connect=10.0)
_HTTPX_DEFAULT_TIMEOUT: Final = httpx.Timeout(5.0)
# httpx keeps 20 idle connections by default: with more concurrent callers (threads sharing a Client, tasks
# sharing an AsyncClient) every release beyond 20 closed a connection the next call had to open again.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=100)
MAX_ERROR_BODY: Final = 1024 * 1024  # bytes of an error body kept for the exception; the rest is not read

logger = logging.getLogger(__name__)


@dataclass(frozen=True, repr=False)
class Auth:
    """Credentials added to every request. `repr`/`str` show only their names, never their values."""

    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    cookies: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        names = ", ".join(f"{part}={sorted(getattr(self, part))!r}" for part in ("headers", "query", "cookies"))
        return f"Auth({names})"

    def secrets(self) -> tuple[str, ...]:
        """The values to keep out of messages: each credential, and the token after `Bearer `-like schemes."""
        found: set[str] = set()
        for part in (self.headers, self.query, self.cookies):
            for value in part.values():
                text = str(value)
                found.add(text)
                found.add(text.rsplit(" ", 1)[-1])
        return tuple(sorted((s for s in found if len(s) >= 4), key=len, reverse=True))


NO_AUTH = Auth()  # the default: no credentials (one frozen instance, shared)


def _safe_url(url: str) -> str:
    """The base URL without user info or query, for reprs."""
    parsed = httpx.URL(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.host}{port}{parsed.path}"


class _BaseCore:
    """Configuration and the parts of sending that do not depend on sync or async I/O."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: Auth,
        headers: Mapping[str, str] | None,
        timeout: TimeoutTypes,
        max_retries: int,
    ) -> None:
        base, _, query = str(base_url).partition("?")
        self.base_url = base.rstrip("/")
        params = httpx.QueryParams(query)
        self._base_query = {key: params.get_list(key) for key in params}  # httpx's params= would replace it
        self.auth = auth
        self.headers: dict[str, str] = dict(headers or {})
        self.timeout = timeout
        self.max_retries = max_retries
        self._secrets = auth.secrets()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={_safe_url(self.base_url)!r}, auth={self.auth!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries!r})"
        )

    def url(self, path: str) -> str:
        """`base_url` + `path`, keeping the base path (`/v1`); a query in the base URL is sent too."""
        return f"{self.base_url}/{path.lstrip('/')}" if path else self.base_url

    def _build(
        self, client: httpx.Client | httpx.AsyncClient, req: Request, options: RequestOptions | None, accept: str
    ) -> tuple[httpx.Request, int]:
        """The httpx request, and how many retries it may get."""
        opts = options or RequestOptions()
        headers = merge_headers({"Accept": accept}, self.headers, self.auth.headers, req.headers, opts.extra_headers)
        content = req.content
        if not isinstance(req.json, Unset) or opts.extra_body:
            content = json_body({} if isinstance(req.json, Unset) else req.json, opts.extra_body)
            if not any(key.lower() == "content-type" for key in headers):
                headers["Content-Type"] = "application/json"
        request = client.build_request(
            req.method,
            self.url(req.path),
            params=build_query(self._base_query, req.query, opts.extra_query, self.auth.query) or None,
            headers=headers,
            cookies=build_cookies(req.cookies, self.auth.cookies) or None,
            content=content,
            data=_form(req.data),
            files=req.files,
            timeout=self.timeout if isinstance(opts.timeout, Unset) else opts.timeout,
        )
        retries = self.max_retries if isinstance(opts.max_retries, Unset) else opts.max_retries
        return request, (max(0, retries) if is_replayable(req) else 0)

    def _status_delay(self, response: httpx.Response, retries: int, max_retries: int) -> float | None:
        if response.is_success or retries >= max_retries:
            return None
        return response_retry_delay(response, retries)

    def _error_delay(self, exc: httpx.TransportError, retries: int, max_retries: int) -> float | None:
        if retries >= max_retries or isinstance(exc, httpx.UnsupportedProtocol):
            return None
        return backoff_delay(retries)

    def _log_retry(
        self, request: httpx.Request, retries: int, max_retries: int, delay: float, cause: httpx.Response | Exception
    ) -> None:
        why = f"status {cause.status_code}" if isinstance(cause, httpx.Response) else type(cause).__name__
        logger.info(
            "Retrying %s in %.2f s (retry %d of %d) after %s", describe(request), delay, retries + 1, max_retries, why
        )

    def _connection_error(self, exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            message = f"Request timed out: {describe(request)} ({type(exc).__name__})"
            return APITimeoutError(redact(message, self._secrets), request=request)
        message = f"Connection error: {describe(request)}: {type(exc).__name__}: {exc}"
        return APIConnectionError(redact(message, self._secrets), request=request)

    def _finish(
        self, response: httpx.Response, responses: Mapping[str, Returns[T]], errors: ErrorDecoders | None
    ) -> T:
        if not is_expected(responses, response):
            raise status_error(response, errors, self._secrets)
        return decode_response(response, responses, self._secrets)

    def _check_stream_status(self, response: httpx.Response, errors: ErrorDecoders | None) -> bool:
        """Raise for an error status; True when a success response is JSON instead of an event stream."""
        if not response.is_success:
            raise status_error(response, errors, self._secrets)
        content_type = str(response.headers.get("content-type", ""))
        return content_type.lower().startswith("application/json")

    def _undecodable(self, exc: httpx.DecodingError, response: httpx.Response) -> APIResponseValidationError:
        message = f"{describe(response.request)} sent a body that cannot be decoded ({type(exc).__name__}: {exc})"
        return APIResponseValidationError(redact(message, self._secrets), response=response)

    def _not_a_stream(self, response: httpx.Response) -> APIResponseValidationError:
        text = response.text
        message = f"{describe(response.request)} returned JSON instead of an event stream: {server_message(None, text)}"
        return APIResponseValidationError(redact(message, self._secrets), response=response, text=text)


def _read_capped(response: httpx.Response, limit: int = MAX_ERROR_BODY) -> None:
    """Read a body kept only for an error (a failed status, JSON instead of a stream): at most `limit` bytes."""
    parts: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        parts.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    response._content = b"".join(parts)[:limit]


async def _aread_capped(response: httpx.Response, limit: int = MAX_ERROR_BODY) -> None:
    """Async twin of _read_capped."""
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        parts.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    response._content = b"".join(parts)[:limit]


def _effective_timeout(timeout: TimeoutTypes, client: httpx.Client | httpx.AsyncClient | None) -> TimeoutTypes:
    """The core's timeout applies to every request; left at DEFAULT_TIMEOUT, a timeout configured on a
    caller's own client (anything but httpx's 5 s default) wins instead."""
    if timeout is DEFAULT_TIMEOUT and client is not None and client.timeout != _HTTPX_DEFAULT_TIMEOUT:
        return client.timeout
    return timeout


def _form(data: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if data is None:
        return None
    return {key: encode_json(value) for key, value in data.items() if value is not None and value is not UNSET}


class SyncCore(_BaseCore):
    """Sends requests with an httpx.Client: `request()` for one decoded response, `stream()` for SSE."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: Auth = NO_AUTH,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        timeout = _effective_timeout(timeout, http_client)
        super().__init__(base_url=base_url, auth=auth, headers=headers, timeout=timeout, max_retries=max_retries)
        self._owns_client = http_client is None
        self.http_client = (
            http_client if http_client is not None else httpx.Client(timeout=timeout, limits=DEFAULT_LIMITS)
        )
        self.sleep: Callable[[float], object] = time.sleep
        self._twins = AsyncTwins(lambda: AsyncCore(
            base_url=base_url, auth=self.auth, headers=self.headers, timeout=self.timeout,
            max_retries=self.max_retries, http_client=async_http_client))

    async def async_twin(self) -> AsyncCore:
        """The AsyncCore behind the `*_async` methods of a sync client: same base URL, credentials, headers,
        timeout and retries, one per event loop, made on first use. A given `async_http_client` serves every
        twin and stays open: give one only when the `*_async` methods run on one event loop."""
        return await self._twins.current()

    def request(
        self,
        req: Request,
        responses: Mapping[str, Returns[T]],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        return self.exchange(req, responses, errors, options)[0]

    def exchange(
        self,
        req: Request,
        responses: Mapping[str, Returns[T]],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
    ) -> tuple[T, httpx.Response]:
        """`request()`, also giving the (read and closed) httpx response, whose headers and URL pagers need."""
        request, max_retries = self._build(self.http_client, req, options, "application/json")
        response = self._send(request, max_retries, stream=False)
        try:
            return self._finish(response, responses, errors), response
        finally:
            response.close()

    def stream(
        self,
        req: Request,
        decode: Callable[[Any], T],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
        *,
        require_done: bool = True,
        whole_event: bool = False,
    ) -> Stream[T]:
        request, max_retries = self._build(self.http_client, req, options, "text/event-stream")
        response = self._send(request, max_retries, stream=True)
        try:
            if self._check_stream_status(response, errors):
                try:
                    _read_capped(response)
                except httpx.TransportError as exc:
                    raise self._connection_error(exc, request) from exc
                except httpx.DecodingError as exc:
                    raise self._undecodable(exc, response) from exc
                raise self._not_a_stream(response)
        except BaseException:
            response.close()
            raise
        return Stream(response, decode, require_done=require_done, whole_event=whole_event, secrets=self._secrets)

    def _send(self, request: httpx.Request, max_retries: int, *, stream: bool) -> httpx.Response:
        """The retry loop. Returns the final response, its body read unless it is a success to stream."""
        retries = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = self.http_client.send(request, stream=True)
                delay = self._status_delay(response, retries, max_retries)
                if delay is None:
                    record_response(response)
                    if not response.is_success:
                        _read_capped(response)
                    elif not stream:
                        response.read()
                    return response
                response.close()
                cause: httpx.Response | Exception = response
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                delay = self._error_delay(exc, retries, max_retries)
                if delay is None:
                    raise self._connection_error(exc, request) from exc
                cause = exc
            except httpx.DecodingError as exc:
                assert response is not None
                response.close()
                raise self._undecodable(exc, response) from exc
            except BaseException:
                if response is not None:
                    response.close()
                raise
            self._log_retry(request, retries, max_retries, delay, cause)
            self.sleep(delay)
            retries += 1

    def close(self) -> None:
        """Close the httpx client if this core created it (a client you passed in stays open), and the async
        twins' (see `async_twin`)."""
        self._twins.close()
        if self._owns_client:
            self.http_client.close()

    async def aclose(self) -> None:
        """`close()` from async code: the running loop's twin is closed by awaiting it."""
        await self._twins.aclose()
        if self._owns_client:
            self.http_client.close()

    def __enter__(self) -> SyncCore:  # noqa: PYI034 (typing.Self needs Python 3.11)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCore(_BaseCore):
    """Async twin of SyncCore over an httpx.AsyncClient."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: Auth = NO_AUTH,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        timeout = _effective_timeout(timeout, http_client)
        super().__init__(base_url=base_url, auth=auth, headers=headers, timeout=timeout, max_retries=max_retries)
        self._owns_client = http_client is None
        self.http_client = (
            http_client if http_client is not None else httpx.AsyncClient(timeout=timeout, limits=DEFAULT_LIMITS)
        )
        import asyncio  # here, not at the top: importing the package stays cheap for sync-only users

        self.sleep: Callable[[float], Awaitable[object]] = asyncio.sleep

    async def request(
        self,
        req: Request,
        responses: Mapping[str, Returns[T]],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        return (await self.exchange(req, responses, errors, options))[0]

    async def exchange(
        self,
        req: Request,
        responses: Mapping[str, Returns[T]],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
    ) -> tuple[T, httpx.Response]:
        """Async twin of SyncCore.exchange."""
        request, max_retries = self._build(self.http_client, req, options, "application/json")
        response = await self._send(request, max_retries, stream=False)
        try:
            return self._finish(response, responses, errors), response
        finally:
            await response.aclose()

    async def stream(
        self,
        req: Request,
        decode: Callable[[Any], T],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
        *,
        require_done: bool = True,
        whole_event: bool = False,
    ) -> AsyncStream[T]:
        request, max_retries = self._build(self.http_client, req, options, "text/event-stream")
        response = await self._send(request, max_retries, stream=True)
        try:
            if self._check_stream_status(response, errors):
                try:
                    await _aread_capped(response)
                except httpx.TransportError as exc:
                    raise self._connection_error(exc, request) from exc
                except httpx.DecodingError as exc:
                    raise self._undecodable(exc, response) from exc
                raise self._not_a_stream(response)
        except BaseException:
            await response.aclose()
            raise
        return AsyncStream(
            response, decode, require_done=require_done, whole_event=whole_event, secrets=self._secrets
        )

    async def _send(self, request: httpx.Request, max_retries: int, *, stream: bool) -> httpx.Response:
        """The retry loop. Returns the final response, its body read unless it is a success to stream."""
        retries = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = await self.http_client.send(request, stream=True)
                delay = self._status_delay(response, retries, max_retries)
                if delay is None:
                    record_response(response)
                    if not response.is_success:
                        await _aread_capped(response)
                    elif not stream:
                        await response.aread()
                    return response
                await response.aclose()
                cause: httpx.Response | Exception = response
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                delay = self._error_delay(exc, retries, max_retries)
                if delay is None:
                    raise self._connection_error(exc, request) from exc
                cause = exc
            except httpx.DecodingError as exc:
                assert response is not None
                await response.aclose()
                raise self._undecodable(exc, response) from exc
            except BaseException:
                if response is not None:
                    await response.aclose()
                raise
            self._log_retry(request, retries, max_retries, delay, cause)
            await self.sleep(delay)
            retries += 1

    async def aclose(self) -> None:
        """Close the httpx client if this core created it (a client you passed in stays open)."""
        if self._owns_client:
            await self.http_client.aclose()

    async def __aenter__(self) -> AsyncCore:  # noqa: PYI034 (typing.Self needs Python 3.11)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
