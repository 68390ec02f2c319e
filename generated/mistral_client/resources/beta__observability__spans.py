"""The `beta.observability.spans` operations: (beta) Observability API - spans.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaObservabilitySpans", "BetaObservabilitySpans"]


class BetaObservabilitySpans:
    """(beta) Observability API - spans."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def search_spans(
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
    ) -> _m.GetSpans:
        """Search spans"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
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

    async def search_spans_async(
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
    ) -> _m.GetSpans:
        """Search spans

        `search_spans` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).search_spans(
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
        """Aggregate spans"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/aggregate",
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
        """Aggregate spans

        `aggregate` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
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

    def search_span_evaluations(
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
    ) -> _m.GetSpanEvaluations:
        """Search span evaluations"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/evaluations/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
            ),
            {"200": _rt.Returns("json", _m.GetSpanEvaluations.from_dict)},
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

    async def search_span_evaluations_async(
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
    ) -> _m.GetSpanEvaluations:
        """Search span evaluations

        `search_span_evaluations` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).search_span_evaluations(
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

    def search_latest_span_evaluations(
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
    ) -> _m.GetSpanEvaluations:
        """Search latest span evaluations"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/evaluations/search/latest",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
            ),
            {"200": _rt.Returns("json", _m.GetSpanEvaluations.from_dict)},
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

    async def search_latest_span_evaluations_async(
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
    ) -> _m.GetSpanEvaluations:
        """Search latest span evaluations

        `search_latest_span_evaluations` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).search_latest_span_evaluations(
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

    def list_span_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanFields:
        """Get span field definitions"""
        return self._core.request(
            _rt.Request("GET", "/v1/observability/spans/fields"),
            {"200": _rt.Returns("json", _m.GetSpanFields.from_dict)},
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

    async def list_span_fields_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanFields:
        """Get span field definitions

        `list_span_fields` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).list_span_fields(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_span_eval_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanEvaluationFields:
        """Get span evaluation field definitions"""
        return self._core.request(
            _rt.Request("GET", "/v1/observability/spans/evaluations/fields"),
            {"200": _rt.Returns("json", _m.GetSpanEvaluationFields.from_dict)},
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

    async def list_span_eval_fields_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanEvaluationFields:
        """Get span evaluation field definitions

        `list_span_eval_fields` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).list_span_eval_fields(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch_span_field_options(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanFieldOptions:
        """Get options for a span field"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/spans/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetSpanFieldOptions.from_dict)},
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

    async def fetch_span_field_options_async(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanFieldOptions:
        """Get options for a span field

        `fetch_span_field_options` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).fetch_span_field_options(
            field_name=field_name,
            from_=from_,
            to=to,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch_span_eval_field_options(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/spans/evaluations/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetSpanEvaluationFieldOptions.from_dict)},
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

    async def fetch_span_eval_field_options_async(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field

        `fetch_span_eval_field_options` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilitySpans(
            await self._core.async_twin()
        ).fetch_span_eval_field_options(
            field_name=field_name,
            from_=from_,
            to=to,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilitySpans:
    """(beta) Observability API - spans."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def search_spans(
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
    ) -> _m.GetSpans:
        """Search spans"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
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
        """Aggregate spans"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/aggregate",
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

    async def search_span_evaluations(
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
    ) -> _m.GetSpanEvaluations:
        """Search span evaluations"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/evaluations/search",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
            ),
            {"200": _rt.Returns("json", _m.GetSpanEvaluations.from_dict)},
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

    async def search_latest_span_evaluations(
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
    ) -> _m.GetSpanEvaluations:
        """Search latest span evaluations"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/spans/evaluations/search/latest",
                query={
                    "from": from_,
                    "to": to,
                    "page_size": page_size,
                    "cursor": cursor,
                },
                json=_rt.encode_json({"search_expression": search_expression}),
            ),
            {"200": _rt.Returns("json", _m.GetSpanEvaluations.from_dict)},
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

    async def list_span_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanFields:
        """Get span field definitions"""
        return await self._core.request(
            _rt.Request("GET", "/v1/observability/spans/fields"),
            {"200": _rt.Returns("json", _m.GetSpanFields.from_dict)},
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

    async def list_span_eval_fields(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanEvaluationFields:
        """Get span evaluation field definitions"""
        return await self._core.request(
            _rt.Request("GET", "/v1/observability/spans/evaluations/fields"),
            {"200": _rt.Returns("json", _m.GetSpanEvaluationFields.from_dict)},
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

    async def fetch_span_field_options(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanFieldOptions:
        """Get options for a span field"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/spans/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetSpanFieldOptions.from_dict)},
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

    async def fetch_span_eval_field_options(
        self,
        *,
        field_name: str,
        from_: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        to: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/spans/evaluations/fields/{field_name}/options",
                    {"field_name": field_name},
                ),
                query={"from": from_, "to": to},
            ),
            {"200": _rt.Returns("json", _m.GetSpanEvaluationFieldOptions.from_dict)},
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
