"""The `classifiers` operations: Classifiers API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncClassifiers", "Classifiers"]


class Classifiers:
    """Classifiers API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def moderate(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModerationResponse:
        """Moderations

        Args:
            model: ID of the model to use.
            inputs: Text to classify."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/moderations",
                json=_rt.encode_json(
                    {"model": model, "metadata": metadata, "input": inputs}
                ),
            ),
            {"200": _rt.Returns("json", _m.ModerationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def moderate_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModerationResponse:
        """Moderations

        `moderate` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncClassifiers(await self._core.async_twin()).moderate(
            model=model,
            inputs=inputs,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def moderate_chat(
        self,
        *,
        inputs: (
            Sequence[
                _m.SystemMessage
                | _m.UserMessage
                | _m.AssistantMessage
                | _m.ToolMessage
                | Mapping[str, Any]
            ]
            | Sequence[
                Sequence[
                    _m.SystemMessage
                    | _m.UserMessage
                    | _m.AssistantMessage
                    | _m.ToolMessage
                    | Mapping[str, Any]
                ]
            ]
        ),
        model: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModerationResponse:
        """Chat Moderations

        Args:
            inputs: Chat to classify"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/chat/moderations",
                json=_rt.encode_json({"input": inputs, "model": model}),
            ),
            {"200": _rt.Returns("json", _m.ModerationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def moderate_chat_async(
        self,
        *,
        inputs: (
            Sequence[
                _m.SystemMessage
                | _m.UserMessage
                | _m.AssistantMessage
                | _m.ToolMessage
                | Mapping[str, Any]
            ]
            | Sequence[
                Sequence[
                    _m.SystemMessage
                    | _m.UserMessage
                    | _m.AssistantMessage
                    | _m.ToolMessage
                    | Mapping[str, Any]
                ]
            ]
        ),
        model: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModerationResponse:
        """Chat Moderations

        `moderate_chat` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncClassifiers(await self._core.async_twin()).moderate_chat(
            inputs=inputs,
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def classify(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ClassificationResponse:
        """Classifications

        Args:
            model: ID of the model to use.
            inputs: Text to classify."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/classifications",
                json=_rt.encode_json(
                    {"model": model, "metadata": metadata, "input": inputs}
                ),
            ),
            {"200": _rt.Returns("json", _m.ClassificationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def classify_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ClassificationResponse:
        """Classifications

        `classify` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncClassifiers(await self._core.async_twin()).classify(
            model=model,
            inputs=inputs,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def classify_chat(
        self,
        *,
        model: str,
        input: (
            _m.InstructRequest
            | Sequence[_m.InstructRequest | Mapping[str, Any]]
            | Mapping[str, Any]
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ClassificationResponse:
        """Chat Classifications

        Args:
            input: Chat to classify"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/chat/classifications",
                json=_rt.encode_json({"model": model, "input": input}),
            ),
            {"200": _rt.Returns("json", _m.ClassificationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def classify_chat_async(
        self,
        *,
        model: str,
        input: (
            _m.InstructRequest
            | Sequence[_m.InstructRequest | Mapping[str, Any]]
            | Mapping[str, Any]
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ClassificationResponse:
        """Chat Classifications

        `classify_chat` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncClassifiers(await self._core.async_twin()).classify_chat(
            model=model,
            input=input,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncClassifiers:
    """Classifiers API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def moderate(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModerationResponse:
        """Moderations

        Args:
            model: ID of the model to use.
            inputs: Text to classify."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/moderations",
                json=_rt.encode_json(
                    {"model": model, "metadata": metadata, "input": inputs}
                ),
            ),
            {"200": _rt.Returns("json", _m.ModerationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def moderate_chat(
        self,
        *,
        inputs: (
            Sequence[
                _m.SystemMessage
                | _m.UserMessage
                | _m.AssistantMessage
                | _m.ToolMessage
                | Mapping[str, Any]
            ]
            | Sequence[
                Sequence[
                    _m.SystemMessage
                    | _m.UserMessage
                    | _m.AssistantMessage
                    | _m.ToolMessage
                    | Mapping[str, Any]
                ]
            ]
        ),
        model: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModerationResponse:
        """Chat Moderations

        Args:
            inputs: Chat to classify"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/chat/moderations",
                json=_rt.encode_json({"input": inputs, "model": model}),
            ),
            {"200": _rt.Returns("json", _m.ModerationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def classify(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ClassificationResponse:
        """Classifications

        Args:
            model: ID of the model to use.
            inputs: Text to classify."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/classifications",
                json=_rt.encode_json(
                    {"model": model, "metadata": metadata, "input": inputs}
                ),
            ),
            {"200": _rt.Returns("json", _m.ClassificationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def classify_chat(
        self,
        *,
        model: str,
        input: (
            _m.InstructRequest
            | Sequence[_m.InstructRequest | Mapping[str, Any]]
            | Mapping[str, Any]
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ClassificationResponse:
        """Chat Classifications

        Args:
            input: Chat to classify"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/chat/classifications",
                json=_rt.encode_json({"model": model, "input": input}),
            ),
            {"200": _rt.Returns("json", _m.ClassificationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
