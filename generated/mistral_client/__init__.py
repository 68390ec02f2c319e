"""Mistral AI API

Our Chat Completion and Embeddings APIs specification. Create your account on [La Plateforme](https://console.mistral.ai) to get access and read the [docs](https://docs.mistral.ai) to learn how to use it.

Generated from the OpenAPI spec; do not edit by hand.
"""

from typing import TYPE_CHECKING

from ._client import AsyncClient, Client
from ._runtime import (
    UNSET,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AsyncStream,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldDecodeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestOptions,
    ResponseCapture,
    ServerSentEvent,
    Stream,
    UnprocessableEntityError,
    Unset,
    capture_response,
)

if TYPE_CHECKING:
    from . import models
else:

    def __getattr__(name: str) -> object:
        """Import `models` on first use, so that importing the package stays fast."""
        if name == "models":
            import importlib

            return importlib.import_module(".models", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "FieldDecodeError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ResponseCapture",
    "ServerSentEvent",
    "Stream",
    "UnprocessableEntityError",
    "Unset",
    "capture_response",
    "models",
]
