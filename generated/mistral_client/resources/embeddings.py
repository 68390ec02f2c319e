"""The `embeddings` operations: Embeddings API.

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
    """Embeddings API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        output_dimension: int | None | _rt.Unset = _rt.UNSET,
        output_dtype: _m.EmbeddingDtype | str | _rt.Unset = _rt.UNSET,
        encoding_format: _m.EncodingFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.EmbeddingResponse:
        """Embeddings

        Args:
            model: ID of the model to use.
            inputs: Text to embed.
            output_dimension: The dimension of the output embeddings when feature
                available. If not provided, a default output dimension will be used.
            output_dtype: The data type of the output embeddings when feature available.
                If not provided, a default output data type will be used.
            encoding_format: The format of embeddings in the response."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/embeddings",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "metadata": metadata,
                        "input": inputs,
                        "output_dimension": output_dimension,
                        "output_dtype": output_dtype,
                        "encoding_format": encoding_format,
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
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        output_dimension: int | None | _rt.Unset = _rt.UNSET,
        output_dtype: _m.EmbeddingDtype | str | _rt.Unset = _rt.UNSET,
        encoding_format: _m.EncodingFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.EmbeddingResponse:
        """Embeddings

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncEmbeddings(await self._core.async_twin()).create(
            model=model,
            inputs=inputs,
            metadata=metadata,
            output_dimension=output_dimension,
            output_dtype=output_dtype,
            encoding_format=encoding_format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEmbeddings:
    """Embeddings API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        output_dimension: int | None | _rt.Unset = _rt.UNSET,
        output_dtype: _m.EmbeddingDtype | str | _rt.Unset = _rt.UNSET,
        encoding_format: _m.EncodingFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.EmbeddingResponse:
        """Embeddings

        Args:
            model: ID of the model to use.
            inputs: Text to embed.
            output_dimension: The dimension of the output embeddings when feature
                available. If not provided, a default output dimension will be used.
            output_dtype: The data type of the output embeddings when feature available.
                If not provided, a default output data type will be used.
            encoding_format: The format of embeddings in the response."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/embeddings",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "metadata": metadata,
                        "input": inputs,
                        "output_dimension": output_dimension,
                        "output_dtype": output_dtype,
                        "encoding_format": encoding_format,
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
