"""The `beta.observability.traces` operations: (beta) Observability API - traces.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaObservabilityTraces", "BetaObservabilityTraces"]


class BetaObservabilityTraces:
    """(beta) Observability API - traces."""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTraces:
        """Search traces"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/traces/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
            ),
            {"200": _rt.Returns("json", _m.GetTraces.from_dict)},
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTraces:
        """Search traces

        `search` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(await self._core.async_twin()).search(
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
            search_expression=search_expression,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def aggregate(
        self,
        *,
        metric: _m.MetricDefinition | Mapping[str, Any],
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        dimensions: Sequence[str] | _rt.Unset = _rt.UNSET,
        time_dimension: (
            _m.TimeDimension | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        search_expression: str | None | _rt.Unset = _rt.UNSET,
        order_by: (
            Sequence[_m.OrderByClause | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        limit: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Aggregation:
        """Aggregate traces"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/traces/aggregate",
                query={"from": from_, "to": to},
                json=_rt.encode_json(
                    {
                        "metric": metric,
                        "dimensions": dimensions,
                        "time_dimension": time_dimension,
                        "search_expression": search_expression,
                        "order_by": order_by,
                        "limit": limit,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Aggregation.from_dict)},
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

    async def aggregate_async(
        self,
        *,
        metric: _m.MetricDefinition | Mapping[str, Any],
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        dimensions: Sequence[str] | _rt.Unset = _rt.UNSET,
        time_dimension: (
            _m.TimeDimension | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        search_expression: str | None | _rt.Unset = _rt.UNSET,
        order_by: (
            Sequence[_m.OrderByClause | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        limit: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Aggregation:
        """Aggregate traces

        `aggregate` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(
            await self._core.async_twin()
        ).aggregate(
            metric=metric,
            from_=from_,
            to=to,
            dimensions=dimensions,
            time_dimension=time_dimension,
            search_expression=search_expression,
            order_by=order_by,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_trace_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTraceFields:
        """Get trace field definitions"""
        return self._core.request(
            _rt.Request("GET", "/v1/observability/traces/fields"),
            {"200": _rt.Returns("json", _m.GetTraceFields.from_dict)},
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

    async def get_trace_fields_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTraceFields:
        """Get trace field definitions

        `get_trace_fields` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(
            await self._core.async_twin()
        ).get_trace_fields(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_trace_by_id(
        self,
        *,
        trace_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTrace:
        """Get trace by id"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/{trace_id}", {"trace_id": trace_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.GetTrace.from_dict)},
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

    async def get_trace_by_id_async(
        self,
        *,
        trace_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTrace:
        """Get trace by id

        `get_trace_by_id` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(
            await self._core.async_twin()
        ).get_trace_by_id(
            trace_id=trace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpans:
        """Get trace spans"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/{trace_id}/spans", {"trace_id": trace_id}
                ),
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
            ),
            {"200": _rt.Returns("json", _m.GetSpans.from_dict)},
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

    async def get_trace_spans_async(
        self,
        *,
        trace_id: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpans:
        """Get trace spans

        `get_trace_spans` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(
            await self._core.async_twin()
        ).get_trace_spans(
            trace_id=trace_id,
            from_=from_,
            to=to,
            page_size=page_size,
            cursor=cursor,
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
    ) -> _m.GetTraceFieldOptions:
        """Get options for a trace field"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetTraceFieldOptions.from_dict)},
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
    ) -> _m.GetTraceFieldOptions:
        """Get options for a trace field

        `fetch_options` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(
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

    def get_span_by_id(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpan:
        """Get span by id"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/{trace_id}/spans/{span_id}",
                    {"trace_id": trace_id, "span_id": span_id},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetSpan.from_dict)},
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

    async def get_span_by_id_async(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpan:
        """Get span by id

        `get_span_by_id` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityTraces(
            await self._core.async_twin()
        ).get_span_by_id(
            trace_id=trace_id,
            span_id=span_id,
            from_=from_,
            to=to,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityTraces:
    """(beta) Observability API - traces."""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTraces:
        """Search traces"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/traces/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
            ),
            {"200": _rt.Returns("json", _m.GetTraces.from_dict)},
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

    async def aggregate(
        self,
        *,
        metric: _m.MetricDefinition | Mapping[str, Any],
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        dimensions: Sequence[str] | _rt.Unset = _rt.UNSET,
        time_dimension: (
            _m.TimeDimension | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        search_expression: str | None | _rt.Unset = _rt.UNSET,
        order_by: (
            Sequence[_m.OrderByClause | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        limit: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Aggregation:
        """Aggregate traces"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/traces/aggregate",
                query={"from": from_, "to": to},
                json=_rt.encode_json(
                    {
                        "metric": metric,
                        "dimensions": dimensions,
                        "time_dimension": time_dimension,
                        "search_expression": search_expression,
                        "order_by": order_by,
                        "limit": limit,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Aggregation.from_dict)},
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

    async def get_trace_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTraceFields:
        """Get trace field definitions"""
        return await self._core.request(
            _rt.Request("GET", "/v1/observability/traces/fields"),
            {"200": _rt.Returns("json", _m.GetTraceFields.from_dict)},
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

    async def get_trace_by_id(
        self,
        *,
        trace_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetTrace:
        """Get trace by id"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/{trace_id}", {"trace_id": trace_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.GetTrace.from_dict)},
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

    async def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpans:
        """Get trace spans"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/{trace_id}/spans", {"trace_id": trace_id}
                ),
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
            ),
            {"200": _rt.Returns("json", _m.GetSpans.from_dict)},
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
    ) -> _m.GetTraceFieldOptions:
        """Get options for a trace field"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetTraceFieldOptions.from_dict)},
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

    async def get_span_by_id(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpan:
        """Get span by id"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/traces/{trace_id}/spans/{span_id}",
                    {"trace_id": trace_id, "span_id": span_id},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetSpan.from_dict)},
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
