"""The `models` operations: Model Management API

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
    """Model Management API"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        provider: str | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelList:
        """List Models

        List all models available to the user."""
        return self._core.request(
            _rt.Request(
                "GET", "/v1/models", query={"provider": provider, "model": model}
            ),
            {"200": _rt.Returns("json", _m.ModelList.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        provider: str | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelList:
        """List Models

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).list(
            provider=provider,
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BaseModelCard | _m.FTModelCard:
        """Retrieve Model

        Retrieve information about a model.

        Args:
            model_id: The ID of the model to retrieve."""
        return self._core.request(
            _rt.Request(
                "GET", _rt.format_path("/v1/models/{model_id}", {"model_id": model_id})
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: _m._decode_BaseModelCard_or_FTModelCard(data)
                )
            },
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve_async(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BaseModelCard | _m.FTModelCard:
        """Retrieve Model

        `retrieve` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).retrieve(
            model_id=model_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteModelResponse:
        """Delete Model

        Delete a fine-tuned model.

        Args:
            model_id: The ID of the model to delete."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/models/{model_id}", {"model_id": model_id}),
            ),
            {"200": _rt.Returns("json", _m.DeleteModelResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_async(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteModelResponse:
        """Delete Model

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).delete(
            model_id=model_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        model_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CompletionFineTunedModel | _m.ClassifierFineTunedModel:
        """Update Fine Tuned Model

        Update a model name or description.

        Args:
            model_id: The ID of the model to update."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/fine_tuning/models/{model_id}", {"model_id": model_id}
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_CompletionFineTunedModel_or_ClassifierFineTunedModel(
                        data
                    ),
                )
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_async(
        self,
        *,
        model_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CompletionFineTunedModel | _m.ClassifierFineTunedModel:
        """Update Fine Tuned Model

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).update(
            model_id=model_id,
            name=name,
            description=description,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def archive(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ArchiveModelResponse:
        """Archive Fine Tuned Model

        Archive a fine-tuned model.

        Args:
            model_id: The ID of the model to archive."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/fine_tuning/models/{model_id}/archive", {"model_id": model_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.ArchiveModelResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def archive_async(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ArchiveModelResponse:
        """Archive Fine Tuned Model

        `archive` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).archive(
            model_id=model_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unarchive(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UnarchiveModelResponse:
        """Unarchive Fine Tuned Model

        Un-archive a fine-tuned model.

        Args:
            model_id: The ID of the model to unarchive."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/fine_tuning/models/{model_id}/archive", {"model_id": model_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.UnarchiveModelResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unarchive_async(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UnarchiveModelResponse:
        """Unarchive Fine Tuned Model

        `unarchive` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncModels(await self._core.async_twin()).unarchive(
            model_id=model_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncModels:
    """Model Management API"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        provider: str | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelList:
        """List Models

        List all models available to the user."""
        return await self._core.request(
            _rt.Request(
                "GET", "/v1/models", query={"provider": provider, "model": model}
            ),
            {"200": _rt.Returns("json", _m.ModelList.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BaseModelCard | _m.FTModelCard:
        """Retrieve Model

        Retrieve information about a model.

        Args:
            model_id: The ID of the model to retrieve."""
        return await self._core.request(
            _rt.Request(
                "GET", _rt.format_path("/v1/models/{model_id}", {"model_id": model_id})
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: _m._decode_BaseModelCard_or_FTModelCard(data)
                )
            },
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteModelResponse:
        """Delete Model

        Delete a fine-tuned model.

        Args:
            model_id: The ID of the model to delete."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/models/{model_id}", {"model_id": model_id}),
            ),
            {"200": _rt.Returns("json", _m.DeleteModelResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update(
        self,
        *,
        model_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CompletionFineTunedModel | _m.ClassifierFineTunedModel:
        """Update Fine Tuned Model

        Update a model name or description.

        Args:
            model_id: The ID of the model to update."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/fine_tuning/models/{model_id}", {"model_id": model_id}
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_CompletionFineTunedModel_or_ClassifierFineTunedModel(
                        data
                    ),
                )
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def archive(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ArchiveModelResponse:
        """Archive Fine Tuned Model

        Archive a fine-tuned model.

        Args:
            model_id: The ID of the model to archive."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/fine_tuning/models/{model_id}/archive", {"model_id": model_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.ArchiveModelResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unarchive(
        self,
        *,
        model_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UnarchiveModelResponse:
        """Unarchive Fine Tuned Model

        Un-archive a fine-tuned model.

        Args:
            model_id: The ID of the model to unarchive."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/fine_tuning/models/{model_id}/archive", {"model_id": model_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.UnarchiveModelResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
