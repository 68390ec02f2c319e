"""The `workflows.executions` operations: Workflows API - executions.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncWorkflowsExecutions", "WorkflowsExecutions"]


class WorkflowsExecutions:
    """Workflows API - executions."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_workflow_execution(
        self,
        *,
        execution_id: str,
        include_search_keys: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse:
        """Get Workflow Execution"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}",
                    {"execution_id": execution_id},
                ),
                query={"include_search_keys": include_search_keys},
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_async(
        self,
        *,
        execution_id: str,
        include_search_keys: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse:
        """Get Workflow Execution

        `get_workflow_execution` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution(
            execution_id=execution_id,
            include_search_keys=include_search_keys,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_execution_history(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Get Workflow Execution History"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/history",
                    {"execution_id": execution_id},
                ),
                query={"decode_payloads": decode_payloads},
            ),
            {"200": _rt.Returns("json", _rt.identity)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_history_async(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Get Workflow Execution History

        `get_workflow_execution_history` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution_history(
            execution_id=execution_id,
            decode_payloads=decode_payloads,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def signal_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SignalWorkflowResponse:
        """Signal Workflow Execution

        Args:
            name: The name of the signal to send
            input: Input data for the signal, matching its schema"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/signals",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json({"name": name, "input": input}),
            ),
            {"202": _rt.Returns("json", _m.SignalWorkflowResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def signal_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SignalWorkflowResponse:
        """Signal Workflow Execution

        `signal_workflow_execution` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).signal_workflow_execution(
            execution_id=execution_id,
            name=name,
            input=input,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def query_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.QueryWorkflowResponse:
        """Query Workflow Execution

        Args:
            name: The name of the query to request
            input: Input data for the query, matching its schema"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/queries",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json({"name": name, "input": input}),
            ),
            {"200": _rt.Returns("json", _m.QueryWorkflowResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def query_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.QueryWorkflowResponse:
        """Query Workflow Execution

        `query_workflow_execution` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).query_workflow_execution(
            execution_id=execution_id,
            name=name,
            input=input,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def terminate_workflow_execution(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Terminate Workflow Execution"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/terminate",
                    {"execution_id": execution_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def terminate_workflow_execution_async(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Terminate Workflow Execution

        `terminate_workflow_execution` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).terminate_workflow_execution(
            execution_id=execution_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_terminate_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchExecutionResponse:
        """Batch Terminate Workflow Executions

        Args:
            execution_ids: List of execution IDs to process"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/executions/terminate",
                json=_rt.encode_json({"execution_ids": execution_ids}),
            ),
            {"200": _rt.Returns("json", _m.BatchExecutionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def batch_terminate_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchExecutionResponse:
        """Batch Terminate Workflow Executions

        `batch_terminate_workflow_executions` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).batch_terminate_workflow_executions(
            execution_ids=execution_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def cancel_workflow_execution(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Cancel Workflow Execution"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/cancel",
                    {"execution_id": execution_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def cancel_workflow_execution_async(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Cancel Workflow Execution

        `cancel_workflow_execution` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).cancel_workflow_execution(
            execution_id=execution_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def batch_cancel_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchExecutionResponse:
        """Batch Cancel Workflow Executions

        Args:
            execution_ids: List of execution IDs to process"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/executions/cancel",
                json=_rt.encode_json({"execution_ids": execution_ids}),
            ),
            {"200": _rt.Returns("json", _m.BatchExecutionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def batch_cancel_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchExecutionResponse:
        """Batch Cancel Workflow Executions

        `batch_cancel_workflow_executions` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).batch_cancel_workflow_executions(
            execution_ids=execution_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def reset_workflow(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | _rt.Unset = _rt.UNSET,
        exclude_signals: bool | _rt.Unset = _rt.UNSET,
        exclude_updates: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Reset Workflow

        Args:
            event_id: The event ID to reset the workflow execution to
            reason: Reason for resetting the workflow execution
            exclude_signals: Whether to exclude signals that happened after the reset
                point
            exclude_updates: Whether to exclude updates that happened after the reset
                point"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/reset",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json(
                    {
                        "event_id": event_id,
                        "reason": reason,
                        "exclude_signals": exclude_signals,
                        "exclude_updates": exclude_updates,
                    }
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def reset_workflow_async(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | _rt.Unset = _rt.UNSET,
        exclude_signals: bool | _rt.Unset = _rt.UNSET,
        exclude_updates: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Reset Workflow

        `reset_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).reset_workflow(
            execution_id=execution_id,
            event_id=event_id,
            reason=reason,
            exclude_signals=exclude_signals,
            exclude_updates=exclude_updates,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UpdateWorkflowResponse:
        """Update Workflow Execution

        Args:
            name: The name of the update to request
            input: Input data for the update, matching its schema"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/updates",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json({"name": name, "input": input}),
            ),
            {"200": _rt.Returns("json", _m.UpdateWorkflowResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UpdateWorkflowResponse:
        """Update Workflow Execution

        `update_workflow_execution` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).update_workflow_execution(
            execution_id=execution_id,
            name=name,
            input=input,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_execution_trace_info(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/info",
                    {"execution_id": execution_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ExecutionTraceInfoResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_trace_info_async(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info

        `get_workflow_execution_trace_info` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution_trace_info(
            execution_id=execution_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_execution_trace_otel(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/otel",
                    {"execution_id": execution_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.WorkflowExecutionTraceOTelResponse.from_dict
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

    async def get_workflow_execution_trace_otel_async(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel

        `get_workflow_execution_trace_otel` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution_trace_otel(
            execution_id=execution_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_execution_trace_summary(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/summary",
                    {"execution_id": execution_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.WorkflowExecutionTraceSummaryResponse.from_dict
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

    async def get_workflow_execution_trace_summary_async(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary

        `get_workflow_execution_trace_summary` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution_trace_summary(
            execution_id=execution_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_execution_trace_events(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | None | _rt.Unset = _rt.UNSET,
        include_internal_events: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/events",
                    {"execution_id": execution_id},
                ),
                query={
                    "merge_same_id_events": merge_same_id_events,
                    "include_internal_events": include_internal_events,
                },
            ),
            {
                "200": _rt.Returns(
                    "json", _m.WorkflowExecutionTraceEventsResponse.from_dict
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

    async def get_workflow_execution_trace_events_async(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | None | _rt.Unset = _rt.UNSET,
        include_internal_events: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events

        `get_workflow_execution_trace_events` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution_trace_events(
            execution_id=execution_id,
            merge_same_id_events=merge_same_id_events,
            include_internal_events=include_internal_events,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream(
        self,
        *,
        execution_id: str,
        event_source: _m.EventSource | str | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse]:
        """Stream

        Streams the response as server-sent events; iterate the returned stream for chunks.
        """
        return self._core.stream(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/stream",
                    {"execution_id": execution_id},
                ),
                query={"event_source": event_source, "last_event_id": last_event_id},
            ),
            _m.StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def stream_async(
        self,
        *,
        execution_id: str,
        event_source: _m.EventSource | str | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse]:
        """Stream

        `stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(await self._core.async_twin()).stream(
            execution_id=execution_id,
            event_source=event_source,
            last_event_id=last_event_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowExecutionLogsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExecutionLogSearchResponse:
        """Get Workflow Execution Logs

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order;
        for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            run_id: Filter logs by workflow run ID
            activity_id: Filter logs by activity ID
            after: Only return logs at or after this timestamp
            before: Only return logs before this timestamp
            order: First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when
                `cursor` is set.
            cursor: Pagination cursor from a previous response's `next_cursor`; carries
                the window and order
            limit: Maximum number of logs to return"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/logs",
                    {"execution_id": execution_id},
                ),
                query={
                    "run_id": run_id,
                    "activity_id": activity_id,
                    "after": after,
                    "before": before,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ExecutionLogSearchResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowExecutionLogsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExecutionLogSearchResponse:
        """Get Workflow Execution Logs

        `get_workflow_execution_logs` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).get_workflow_execution_logs(
            execution_id=execution_id,
            run_id=run_id,
            activity_id=activity_id,
            after=after,
            before=before,
            order=order,
            cursor=cursor,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        last_event_id_: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.StreamWorkflowExecutionLogsResponse]:
        """Stream Workflow Execution Logs

        Stream logs for a workflow execution via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param
        (header wins)
        and takes precedence over `after`; omit all to tail from the execution start.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            run_id: Filter logs by workflow run ID
            activity_id: Filter logs by activity ID
            after: Start a fresh stream at this timestamp (ignored when resuming via
                last_event_id)
            last_event_id: Resume from this cursor (a prior response's SSE id)
            last_event_id_: Resume from this cursor (a prior response's SSE id). Takes
                precedence over the query parameter."""
        return self._core.stream(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/logs/stream",
                    {"execution_id": execution_id},
                ),
                query={
                    "run_id": run_id,
                    "activity_id": activity_id,
                    "after": after,
                    "last_event_id": last_event_id,
                },
                headers={"Last-Event-ID": last_event_id_},
            ),
            _m.StreamWorkflowExecutionLogsResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def stream_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        last_event_id_: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.StreamWorkflowExecutionLogsResponse]:
        """Stream Workflow Execution Logs

        `stream_workflow_execution_logs` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsExecutions(
            await self._core.async_twin()
        ).stream_workflow_execution_logs(
            execution_id=execution_id,
            run_id=run_id,
            activity_id=activity_id,
            after=after,
            last_event_id=last_event_id,
            last_event_id_=last_event_id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWorkflowsExecutions:
    """Workflows API - executions."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_workflow_execution(
        self,
        *,
        execution_id: str,
        include_search_keys: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse:
        """Get Workflow Execution"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}",
                    {"execution_id": execution_id},
                ),
                query={"include_search_keys": include_search_keys},
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_history(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Get Workflow Execution History"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/history",
                    {"execution_id": execution_id},
                ),
                query={"decode_payloads": decode_payloads},
            ),
            {"200": _rt.Returns("json", _rt.identity)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def signal_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SignalWorkflowResponse:
        """Signal Workflow Execution

        Args:
            name: The name of the signal to send
            input: Input data for the signal, matching its schema"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/signals",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json({"name": name, "input": input}),
            ),
            {"202": _rt.Returns("json", _m.SignalWorkflowResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def query_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.QueryWorkflowResponse:
        """Query Workflow Execution

        Args:
            name: The name of the query to request
            input: Input data for the query, matching its schema"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/queries",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json({"name": name, "input": input}),
            ),
            {"200": _rt.Returns("json", _m.QueryWorkflowResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def terminate_workflow_execution(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Terminate Workflow Execution"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/terminate",
                    {"execution_id": execution_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def batch_terminate_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchExecutionResponse:
        """Batch Terminate Workflow Executions

        Args:
            execution_ids: List of execution IDs to process"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/executions/terminate",
                json=_rt.encode_json({"execution_ids": execution_ids}),
            ),
            {"200": _rt.Returns("json", _m.BatchExecutionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def cancel_workflow_execution(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Cancel Workflow Execution"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/cancel",
                    {"execution_id": execution_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def batch_cancel_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchExecutionResponse:
        """Batch Cancel Workflow Executions

        Args:
            execution_ids: List of execution IDs to process"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/executions/cancel",
                json=_rt.encode_json({"execution_ids": execution_ids}),
            ),
            {"200": _rt.Returns("json", _m.BatchExecutionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def reset_workflow(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | _rt.Unset = _rt.UNSET,
        exclude_signals: bool | _rt.Unset = _rt.UNSET,
        exclude_updates: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Reset Workflow

        Args:
            event_id: The event ID to reset the workflow execution to
            reason: Reason for resetting the workflow execution
            exclude_signals: Whether to exclude signals that happened after the reset
                point
            exclude_updates: Whether to exclude updates that happened after the reset
                point"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/reset",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json(
                    {
                        "event_id": event_id,
                        "reason": reason,
                        "exclude_signals": exclude_signals,
                        "exclude_updates": exclude_updates,
                    }
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input: (
            _m.NetworkEncodedInput | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UpdateWorkflowResponse:
        """Update Workflow Execution

        Args:
            name: The name of the update to request
            input: Input data for the update, matching its schema"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/updates",
                    {"execution_id": execution_id},
                ),
                json=_rt.encode_json({"name": name, "input": input}),
            ),
            {"200": _rt.Returns("json", _m.UpdateWorkflowResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_trace_info(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/info",
                    {"execution_id": execution_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ExecutionTraceInfoResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_execution_trace_otel(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/otel",
                    {"execution_id": execution_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.WorkflowExecutionTraceOTelResponse.from_dict
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

    async def get_workflow_execution_trace_summary(
        self,
        *,
        execution_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/summary",
                    {"execution_id": execution_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", _m.WorkflowExecutionTraceSummaryResponse.from_dict
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

    async def get_workflow_execution_trace_events(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | None | _rt.Unset = _rt.UNSET,
        include_internal_events: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/trace/events",
                    {"execution_id": execution_id},
                ),
                query={
                    "merge_same_id_events": merge_same_id_events,
                    "include_internal_events": include_internal_events,
                },
            ),
            {
                "200": _rt.Returns(
                    "json", _m.WorkflowExecutionTraceEventsResponse.from_dict
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

    async def stream(
        self,
        *,
        execution_id: str,
        event_source: _m.EventSource | str | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse]:
        """Stream

        Streams the response as server-sent events; iterate the returned stream for chunks.
        """
        return await self._core.stream(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/stream",
                    {"execution_id": execution_id},
                ),
                query={"event_source": event_source, "last_event_id": last_event_id},
            ),
            _m.StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def get_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowExecutionLogsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExecutionLogSearchResponse:
        """Get Workflow Execution Logs

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order;
        for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            run_id: Filter logs by workflow run ID
            activity_id: Filter logs by activity ID
            after: Only return logs at or after this timestamp
            before: Only return logs before this timestamp
            order: First-page sort order: 'asc' (oldest first) or 'desc'. Ignored when
                `cursor` is set.
            cursor: Pagination cursor from a previous response's `next_cursor`; carries
                the window and order
            limit: Maximum number of logs to return"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/logs",
                    {"execution_id": execution_id},
                ),
                query={
                    "run_id": run_id,
                    "activity_id": activity_id,
                    "after": after,
                    "before": before,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ExecutionLogSearchResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def stream_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        last_event_id_: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.StreamWorkflowExecutionLogsResponse]:
        """Stream Workflow Execution Logs

        Stream logs for a workflow execution via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param
        (header wins)
        and takes precedence over `after`; omit all to tail from the execution start.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            run_id: Filter logs by workflow run ID
            activity_id: Filter logs by activity ID
            after: Start a fresh stream at this timestamp (ignored when resuming via
                last_event_id)
            last_event_id: Resume from this cursor (a prior response's SSE id)
            last_event_id_: Resume from this cursor (a prior response's SSE id). Takes
                precedence over the query parameter."""
        return await self._core.stream(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/executions/{execution_id}/logs/stream",
                    {"execution_id": execution_id},
                ),
                query={
                    "run_id": run_id,
                    "activity_id": activity_id,
                    "after": after,
                    "last_event_id": last_event_id,
                },
                headers={"Last-Event-ID": last_event_id_},
            ),
            _m.StreamWorkflowExecutionLogsResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )
