"""The `workflows.metrics` operations: Workflows API - metrics.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncWorkflowsMetrics", "WorkflowsMetrics"]


class WorkflowsMetrics:
    """Workflows API - metrics."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_workflow_metrics(
        self,
        *,
        workflow_name: str,
        start_time: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowMetrics:
        """Get Workflow Metrics

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET
        /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-31T23:59:59Z

        Args:
            start_time: Filter workflows started after this time (ISO 8601)
            end_time: Filter workflows started before this time (ISO 8601)"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/{workflow_name}/metrics",
                    {"workflow_name": workflow_name},
                ),
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.WorkflowMetrics.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_metrics_async(
        self,
        *,
        workflow_name: str,
        start_time: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowMetrics:
        """Get Workflow Metrics

        `get_workflow_metrics` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsMetrics(
            await self._core.async_twin()
        ).get_workflow_metrics(
            workflow_name=workflow_name,
            start_time=start_time,
            end_time=end_time,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWorkflowsMetrics:
    """Workflows API - metrics."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_workflow_metrics(
        self,
        *,
        workflow_name: str,
        start_time: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowMetrics:
        """Get Workflow Metrics

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET
        /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-31T23:59:59Z

        Args:
            start_time: Filter workflows started after this time (ISO 8601)
            end_time: Filter workflows started before this time (ISO 8601)"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/{workflow_name}/metrics",
                    {"workflow_name": workflow_name},
                ),
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.WorkflowMetrics.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
