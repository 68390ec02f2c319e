"""The `beta.observability.chat_completion_events.fields` operations: (beta) Observability API - chat completion event fields.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = [
    "AsyncBetaObservabilityChatCompletionEventsFields",
    "BetaObservabilityChatCompletionEventsFields",
]


class BetaObservabilityChatCompletionEventsFields:
    """(beta) Observability API - chat completion event fields."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields"""
        return self._core.request(
            _rt.Request("GET", "/v1/observability/chat-completion-fields"),
            {"200": _rt.Returns("json", _m.ListChatCompletionFieldsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
    ) -> _m.ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEventsFields(
            await self._core.async_twin()
        ).list(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_options(
        self,
        *,
        field_name: str,
        operator: (
            _m.GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator
            | str
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options

        Args:
            operator: The operator to use for filtering options"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/chat-completion-fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"operator": operator},
            ),
            {
                "200": _rt.Returns(
                    "json", _m.FetchChatCompletionFieldOptionsResponse.from_dict
                )
            },
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_options_async(
        self,
        *,
        field_name: str,
        operator: (
            _m.GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator
            | str
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options

        `get_options` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEventsFields(
            await self._core.async_twin()
        ).get_options(
            field_name=field_name,
            operator=operator,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_options_counts(
        self,
        *,
        field_name: str,
        filter_params: (
            _m.FilterPayload | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/chat-completion-fields/{field_name}/options-counts",
                    {"field_name": field_name},
                ),
                json=_rt.encode_json({"filter_params": filter_params}),
            ),
            {"200": _rt.Returns("json", _m.FetchFieldOptionCountsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_options_counts_async(
        self,
        *,
        field_name: str,
        filter_params: (
            _m.FilterPayload | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts

        `get_options_counts` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEventsFields(
            await self._core.async_twin()
        ).get_options_counts(
            field_name=field_name,
            filter_params=filter_params,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityChatCompletionEventsFields:
    """(beta) Observability API - chat completion event fields."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields"""
        return await self._core.request(
            _rt.Request("GET", "/v1/observability/chat-completion-fields"),
            {"200": _rt.Returns("json", _m.ListChatCompletionFieldsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_options(
        self,
        *,
        field_name: str,
        operator: (
            _m.GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator
            | str
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options

        Args:
            operator: The operator to use for filtering options"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/chat-completion-fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"operator": operator},
            ),
            {
                "200": _rt.Returns(
                    "json", _m.FetchChatCompletionFieldOptionsResponse.from_dict
                )
            },
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_options_counts(
        self,
        *,
        field_name: str,
        filter_params: (
            _m.FilterPayload | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/chat-completion-fields/{field_name}/options-counts",
                    {"field_name": field_name},
                ),
                json=_rt.encode_json({"filter_params": filter_params}),
            ),
            {"200": _rt.Returns("json", _m.FetchFieldOptionCountsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
