"""The exceptions a generated client raises, and helpers to build clean messages for them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import httpx

if TYPE_CHECKING:
    from ._sse import ServerSentEvent

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Base of every error raised by the client. `message` never contains credentials."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The server answered with a non-success status. `text` is the raw body, `body` the parsed one."""

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    text: str
    body: Any

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None, text: str = "") -> None:
        super().__init__(message, request=request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.text = text
        self.body = body


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """500 and above"""


class APIConnectionError(APIError):
    """The request could not be sent or its response not received (DNS, refused, reset, ...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A success response whose body does not decode; `text` keeps the raw body (or stream data)."""

    response: httpx.Response | None
    status_code: int | None
    text: str
    body: Any

    def __init__(
        self, message: str, *, response: httpx.Response | None = None, text: str = "", body: Any = None
    ) -> None:
        super().__init__(message, request=request_of(response))
        self.response = response
        self.status_code = None if response is None else response.status_code
        self.text = text
        self.body = body


class APIStreamError(APIError):
    """A stream carried an error object, or ended before it should have. `data` is the raw event data."""

    response: httpx.Response | None
    body: Any
    data: str
    event: ServerSentEvent | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: Any = None,
        data: str = "",
        event: ServerSentEvent | None = None,
    ) -> None:
        super().__init__(message, request=request_of(response))
        self.response = response
        self.body = body
        self.data = data
        self.event = event


STATUS_ERRORS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


def request_of(response: httpx.Response | None) -> httpx.Request | None:
    if response is None:
        return None
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def describe(request: httpx.Request | None) -> str:
    """`POST /v1/chat/completions`: method and path, never the query string (it may hold a key)."""
    if request is None:
        return "request"
    return f"{request.method} {request.url.path}"


def server_message(parsed: Any, text: str, limit: int = 500) -> str:
    """The human message of an error body: `error.message`, `message`, `detail`, ... else the raw text."""
    found = _find_message(parsed)
    if found is None:
        found = text.strip()
    return found if len(found) <= limit else found[:limit] + "..."


def _find_message(parsed: Any) -> str | None:
    if isinstance(parsed, str):
        return parsed
    if not isinstance(parsed, dict):
        return None
    for key in ("error", "message", "detail", "msg", "title", "error_description"):
        value = parsed.get(key)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, dict):
            inner = _find_message(value)
            if inner:
                return inner
        if isinstance(value, list) and value:
            return _compact(value)
    return None


def _compact(value: Any) -> str:
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    except ValueError:
        return str(value)


def redact(message: str, secrets: Iterable[str]) -> str:
    """Replace every credential value found in `message` by `***`."""
    for secret in secrets:
        if secret and secret in message:
            message = message.replace(secret, "***")
    return message
