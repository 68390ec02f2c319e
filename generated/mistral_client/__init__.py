"""Mistral AI Chat Completions API

The Mistral AI Chat Completions API enables developers to interact with Mistral's language models in a conversational manner. It supports multi-turn conversations, function calling, JSON mode for structured outputs, and vision capabilities. The API provides access to a range of models including Mistral Large, Mistral Small, and Codestral, each optimized for different use cases from general reasoning to code generation.

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
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestOptions,
    ServerSentEvent,
    Stream,
    UnprocessableEntityError,
    Unset,
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
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ServerSentEvent",
    "Stream",
    "UnprocessableEntityError",
    "Unset",
    "models",
]
