"""The `beta.observability.logs` operations: (beta) Observability API - logs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaObservabilityLogs", "BetaObservabilityLogs"]


class BetaObservabilityLogs:
    """(beta) Observability API - logs."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def search(
        self,
        *,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        search_expression: str | None | _rt.Unset = _rt.UNSET,
        order: _m.LogsRequestOrder | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogs:
        """Search logs"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/logs/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json(
                    {"search_expression": search_expression, "order": order}
                ),
            ),
            {"200": _rt.Returns("json", _m.GetLogs.from_dict)},
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
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        search_expression: str | None | _rt.Unset = _rt.UNSET,
        order: _m.LogsRequestOrder | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogs:
        """Search logs

        `search` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityLogs(await self._core.async_twin()).search(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogFields:
        """Get log field definitions"""
        return self._core.request(
            _rt.Request("GET", "/v1/observability/logs/fields"),
            {"200": _rt.Returns("json", _m.GetLogFields.from_dict)},
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
    ) -> _m.GetLogFields:
        """Get log field definitions

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityLogs(await self._core.async_twin()).list(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogFieldOptions:
        """Get options for a log field"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/logs/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetLogFieldOptions.from_dict)},
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

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogFieldOptions:
        """Get options for a log field

        `fetch_options` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityLogs(
            await self._core.async_twin()
        ).fetch_options(
            field_name=field_name,
            from_=from_,
            to=to,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityLogs:
    """(beta) Observability API - logs."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def search(
        self,
        *,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        search_expression: str | None | _rt.Unset = _rt.UNSET,
        order: _m.LogsRequestOrder | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogs:
        """Search logs"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/logs/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json(
                    {"search_expression": search_expression, "order": order}
                ),
            ),
            {"200": _rt.Returns("json", _m.GetLogs.from_dict)},
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

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogFields:
        """Get log field definitions"""
        return await self._core.request(
            _rt.Request("GET", "/v1/observability/logs/fields"),
            {"200": _rt.Returns("json", _m.GetLogFields.from_dict)},
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

    async def fetch_options(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetLogFieldOptions:
        """Get options for a log field"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/logs/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetLogFieldOptions.from_dict)},
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
