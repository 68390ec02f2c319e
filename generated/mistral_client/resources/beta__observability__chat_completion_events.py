"""The `beta.observability.chat_completion_events` operations: (beta) Observability API - chat completion events.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

if TYPE_CHECKING:
    from . import (
        beta__observability__chat_completion_events__fields as _res_beta__observability__chat_completion_events__fields,
    )

__all__ = [
    "AsyncBetaObservabilityChatCompletionEvents",
    "BetaObservabilityChatCompletionEvents",
]


class BetaObservabilityChatCompletionEvents:
    """(beta) Observability API - chat completion events."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def fields(
        self,
    ) -> (
        _res_beta__observability__chat_completion_events__fields.BetaObservabilityChatCompletionEventsFields
    ):
        """The `beta.observability.chat_completion_events.fields` operations; their module is imported on first use."""
        from . import beta__observability__chat_completion_events__fields as module

        return module.BetaObservabilityChatCompletionEventsFields(self._core)

    def search(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventsResponse:
        """Get Chat Completion Events"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/chat-completion-events/search",
                query={"page_size": page_size, "cursor": cursor},
                json=_rt.encode_json(
                    {"search_params": search_params, "extra_fields": extra_fields}
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.SearchChatCompletionEventsResponse.from_dict
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

    async def search_async(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventsResponse:
        """Get Chat Completion Events

        `search` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEvents(
            await self._core.async_twin()
        ).search(
            search_params=search_params,
            page_size=page_size,
            cursor=cursor,
            extra_fields=extra_fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_ids(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/chat-completion-events/search-ids",
                json=_rt.encode_json(
                    {"search_params": search_params, "extra_fields": extra_fields}
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.SearchChatCompletionEventIdsResponse.from_dict
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

    async def get_ids_async(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once

        `get_ids` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEvents(
            await self._core.async_twin()
        ).get_ids(
            search_params=search_params,
            extra_fields=extra_fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionEvent:
        """Get Chat Completion Event"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/chat-completion-events/{event_id}",
                    {"event_id": event_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ChatCompletionEvent.from_dict)},
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

    async def get_async(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionEvent:
        """Get Chat Completion Event

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEvents(
            await self._core.async_twin()
        ).get(
            event_id=event_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_similar(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/chat-completion-events/{event_id}/similar-events",
                    {"event_id": event_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.SearchChatCompletionEventsResponse.from_dict
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

    async def get_similar_async(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events

        `get_similar` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEvents(
            await self._core.async_twin()
        ).get_similar(
            event_id=event_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def judge(
        self,
        *,
        event_id: str,
        judge_definition: _m.CreateJudgeRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run Judge on an event based on the given options"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/chat-completion-events/{event_id}/live-judging",
                    {"event_id": event_id},
                ),
                json=_rt.encode_json({"judge_definition": judge_definition}),
            ),
            {"200": _rt.Returns("json", _m.JudgeOutput.from_dict)},
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

    async def judge_async(
        self,
        *,
        event_id: str,
        judge_definition: _m.CreateJudgeRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run Judge on an event based on the given options

        `judge` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityChatCompletionEvents(
            await self._core.async_twin()
        ).judge(
            event_id=event_id,
            judge_definition=judge_definition,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityChatCompletionEvents:
    """(beta) Observability API - chat completion events."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def fields(
        self,
    ) -> (
        _res_beta__observability__chat_completion_events__fields.AsyncBetaObservabilityChatCompletionEventsFields
    ):
        """The `beta.observability.chat_completion_events.fields` operations; their module is imported on first use."""
        from . import beta__observability__chat_completion_events__fields as module

        return module.AsyncBetaObservabilityChatCompletionEventsFields(self._core)

    async def search(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventsResponse:
        """Get Chat Completion Events"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/chat-completion-events/search",
                query={"page_size": page_size, "cursor": cursor},
                json=_rt.encode_json(
                    {"search_params": search_params, "extra_fields": extra_fields}
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.SearchChatCompletionEventsResponse.from_dict
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

    async def get_ids(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/chat-completion-events/search-ids",
                json=_rt.encode_json(
                    {"search_params": search_params, "extra_fields": extra_fields}
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.SearchChatCompletionEventIdsResponse.from_dict
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

    async def get(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionEvent:
        """Get Chat Completion Event"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/chat-completion-events/{event_id}",
                    {"event_id": event_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ChatCompletionEvent.from_dict)},
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

    async def get_similar(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/chat-completion-events/{event_id}/similar-events",
                    {"event_id": event_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.SearchChatCompletionEventsResponse.from_dict
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

    async def judge(
        self,
        *,
        event_id: str,
        judge_definition: _m.CreateJudgeRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run Judge on an event based on the given options"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/chat-completion-events/{event_id}/live-judging",
                    {"event_id": event_id},
                ),
                json=_rt.encode_json({"judge_definition": judge_definition}),
            ),
            {"200": _rt.Returns("json", _m.JudgeOutput.from_dict)},
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
