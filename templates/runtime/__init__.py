"""Runtime of a generated API client: HTTP core, retries, errors, server-sent events, UNSET.

Copied verbatim into every generated package as `_runtime`; depends on httpx and the standard library only.
"""

from ._codec import (
    basic_auth,
    deep_object,
    form_fields,
    format_path,
    identity,
    join_csv,
    multipart,
    parse_date,
    parse_datetime,
    to_none,
)
from ._core import DEFAULT_TIMEOUT, AsyncCore, Auth, SyncCore
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._files import FileContent, FileDict, file_part
from ._pagination import AsyncPage, AsyncPager, Paging, SyncPage, next_link
from ._request import (
    Request,
    RequestOptions,
    ResponseKind,
    Returns,
    TimeoutTypes,
    quote_path,
)
from ._retry import DEFAULT_MAX_RETRIES, MAX_RETRY_AFTER
from ._sse import AsyncStream, ServerSentEvent, SSEDecoder, Stream
from ._types import UNSET, OpenIntEnum, OpenStrEnum, Unset, encode_json

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncCore",
    "AsyncPage",
    "AsyncPager",
    "AsyncStream",
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileContent",
    "FileDict",
    "InternalServerError",
    "NotFoundError",
    "OpenIntEnum",
    "OpenStrEnum",
    "Paging",
    "PermissionDeniedError",
    "RateLimitError",
    "Request",
    "RequestOptions",
    "ResponseKind",
    "Returns",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "SyncCore",
    "SyncPage",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "Unset",
    "basic_auth",
    "deep_object",
    "encode_json",
    "file_part",
    "form_fields",
    "format_path",
    "identity",
    "join_csv",
    "multipart",
    "next_link",
    "parse_date",
    "parse_datetime",
    "quote_path",
    "to_none",
]
