"""The raw HTTP response of a call, beside its parsed value: `with client.capture_response() as raw: ...`.

No generated method changes and no second method tree: the call inside the block returns its parsed value
with its usual type, and the runtime records the final httpx.Response of every call made in the block
(after retries; a stream's response as soon as it opens, its headers readable before the events).
The capture lives in a context variable, so each thread and each asyncio task sees only its own block.
"""

from __future__ import annotations

from contextvars import ContextVar, Token
from types import TracebackType
from typing import Final

import httpx

__all__ = ["REQUEST_ID_HEADERS", "ResponseCapture", "capture_response", "record_response"]

REQUEST_ID_HEADERS: Final = ("x-request-id", "request-id", "mistral-correlation-id", "x-correlation-id")

_ACTIVE: ContextVar[ResponseCapture | None] = ContextVar("pyclient_response_capture", default=None)


class ResponseCapture:
    """The HTTP responses received inside a `with capture_response()` block, in order.

    `response` (and `status_code`, `headers`, `request_id`) is the last one; `responses` keeps all of them.
    A response whose status raised an APIStatusError is recorded too; a connection error records nothing.
    """

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []
        self._token: Token[ResponseCapture | None] | None = None

    @property
    def response(self) -> httpx.Response:
        """The last response received in the block; LookupError when no call got one."""
        if not self.responses:
            raise LookupError("no HTTP response was received inside this capture_response() block")
        return self.responses[-1]

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (`x-request-id`, `request-id` or a correlation id header), if it sent one."""
        for name in REQUEST_ID_HEADERS:
            value = self.response.headers.get(name)
            if value is not None:
                return str(value)
        return None

    def __enter__(self) -> ResponseCapture:  # noqa: PYI034 (typing.Self needs Python 3.11)
        if self._token is not None:
            raise RuntimeError("a ResponseCapture is entered once")
        self._token = _ACTIVE.set(self)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._token is not None:
            _ACTIVE.reset(self._token)


def capture_response() -> ResponseCapture:
    """A context manager recording the HTTP responses of the calls made inside it (this thread / task only)."""
    return ResponseCapture()


def record_response(response: httpx.Response) -> None:
    """Called by the cores with each final response; kept when a capture block is active."""
    capture = _ACTIVE.get()
    if capture is not None:
        capture.responses.append(response)
