"""The `embeddings` operations: Vector representations of text, for search, clustering and retrieval.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncEmbeddings", "Embeddings"]


class Embeddings:
    """Vector representations of text, for search, clustering and retrieval."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        model: str,
        input: str | Sequence[str],
        encoding_format: (
            _m.EmbeddingRequestEncodingFormat | str | _rt.Unset
        ) = _rt.UNSET,
        output_dimension: int | _rt.Unset = _rt.UNSET,
        output_dtype: _m.EmbeddingRequestOutputDtype | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.EmbeddingResponse:
        """Create embeddings

        Computes embeddings (vectors of floats) for one text or a list of texts, for semantic
        search, clustering or retrieval-augmented generation.

        Args:
            model: ID of the model to use.
            input: The text to embed, or a list of texts.
            encoding_format: The format of the embeddings in the response.
            output_dimension: The dimension of the output embeddings, for models that
                support it (codestral-embed). If not given, the model's default
                dimension is used.
            output_dtype: The data type of the output embeddings, for models that
                support it."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/embeddings",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "input": input,
                        "encoding_format": encoding_format,
                        "output_dimension": output_dimension,
                        "output_dtype": output_dtype,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.EmbeddingResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_async(
        self,
        *,
        model: str,
        input: str | Sequence[str],
        encoding_format: (
            _m.EmbeddingRequestEncodingFormat | str | _rt.Unset
        ) = _rt.UNSET,
        output_dimension: int | _rt.Unset = _rt.UNSET,
        output_dtype: _m.EmbeddingRequestOutputDtype | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.EmbeddingResponse:
        """Create embeddings

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncEmbeddings(await self._core.async_twin()).create(
            model=model,
            input=input,
            encoding_format=encoding_format,
            output_dimension=output_dimension,
            output_dtype=output_dtype,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEmbeddings:
    """Vector representations of text, for search, clustering and retrieval."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        model: str,
        input: str | Sequence[str],
        encoding_format: (
            _m.EmbeddingRequestEncodingFormat | str | _rt.Unset
        ) = _rt.UNSET,
        output_dimension: int | _rt.Unset = _rt.UNSET,
        output_dtype: _m.EmbeddingRequestOutputDtype | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.EmbeddingResponse:
        """Create embeddings

        Computes embeddings (vectors of floats) for one text or a list of texts, for semantic
        search, clustering or retrieval-augmented generation.

        Args:
            model: ID of the model to use.
            input: The text to embed, or a list of texts.
            encoding_format: The format of the embeddings in the response.
            output_dimension: The dimension of the output embeddings, for models that
                support it (codestral-embed). If not given, the model's default
                dimension is used.
            output_dtype: The data type of the output embeddings, for models that
                support it."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/embeddings",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "input": input,
                        "encoding_format": encoding_format,
                        "output_dimension": output_dimension,
                        "output_dtype": output_dtype,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.EmbeddingResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
