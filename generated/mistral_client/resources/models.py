"""The `models` operations: The models available to the API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncModels", "Models"]


class Models:
    """The models available to the API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelList:
        """List models

        Lists the models available to the API key: Mistral's base models and the key's
        fine-tuned models, with their capabilities, context length, aliases and deprecation
        dates."""
        return self._core.request(
            _rt.Request("GET", "/models"),
            {"200": _rt.Returns("json", _m.ModelList.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelList:
        """List models

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).list(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncModels:
    """The models available to the API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelList:
        """List models

        Lists the models available to the API key: Mistral's base models and the key's
        fine-tuned models, with their capabilities, context length, aliases and deprecation
        dates."""
        return await self._core.request(
            _rt.Request("GET", "/models"),
            {"200": _rt.Returns("json", _m.ModelList.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
