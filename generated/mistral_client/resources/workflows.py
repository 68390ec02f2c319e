"""The `workflows` operations: Workflows API.

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
    from . import workflows__deployments as _res_workflows__deployments
    from . import workflows__executions as _res_workflows__executions
    from . import workflows__metrics as _res_workflows__metrics
    from . import workflows__runs as _res_workflows__runs
    from . import workflows__schedules as _res_workflows__schedules

__all__ = ["AsyncWorkflows", "Workflows"]


class Workflows:
    """Workflows API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def executions(self) -> _res_workflows__executions.WorkflowsExecutions:
        """The `workflows.executions` operations; their module is imported on first use."""
        from . import workflows__executions as module

        return module.WorkflowsExecutions(self._core)

    @cached_property
    def metrics(self) -> _res_workflows__metrics.WorkflowsMetrics:
        """The `workflows.metrics` operations; their module is imported on first use."""
        from . import workflows__metrics as module

        return module.WorkflowsMetrics(self._core)

    @cached_property
    def runs(self) -> _res_workflows__runs.WorkflowsRuns:
        """The `workflows.runs` operations; their module is imported on first use."""
        from . import workflows__runs as module

        return module.WorkflowsRuns(self._core)

    @cached_property
    def schedules(self) -> _res_workflows__schedules.WorkflowsSchedules:
        """The `workflows.schedules` operations; their module is imported on first use."""
        from . import workflows__schedules as module

        return module.WorkflowsSchedules(self._core)

    @cached_property
    def deployments(self) -> _res_workflows__deployments.WorkflowsDeployments:
        """The `workflows.deployments` operations; their module is imported on first use."""
        from . import workflows__deployments as module

        return module.WorkflowsDeployments(self._core)

    def get_workflows(
        self,
        *,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        deployment_name: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_status: (
            _m.GetWorkflowsDeploymentStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowListResponse:
        """Get Workflows

        Args:
            status: Filter by workflow status
            include_shared: Whether to include shared workflows
            available_in_chat_assistant: Whether to only return workflows available in
                chat assistant
            deployment_name: Filter by deployment name(s)
            deployment_status: Filter by deployment activity. active=only active,
                inactive=only inactive, None=no filter
            archived: Filter by archived state. False=exclude archived, True=only
                archived, None=include all
            tags: Filter to workflows tagged with all listed tags (AND).
            sort_by: Field to sort by
            order: Sort direction
            cursor: The cursor for pagination
            limit: The maximum number of workflows to return
            active_only: Deprecated: use deployment_status instead
            search: Fuzzy search query for workflow name, display name, description, or
                ID"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows",
                query={
                    "status": status,
                    "include_shared": include_shared,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "deployment_name": deployment_name,
                    "deployment_status": deployment_status,
                    "archived": archived,
                    "tags": tags,
                    "sort_by": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "active_only": active_only,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflows_async(
        self,
        *,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        deployment_name: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_status: (
            _m.GetWorkflowsDeploymentStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowListResponse:
        """Get Workflows

        `get_workflows` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(await self._core.async_twin()).get_workflows(
            status=status,
            include_shared=include_shared,
            available_in_chat_assistant=available_in_chat_assistant,
            deployment_name=deployment_name,
            deployment_status=deployment_status,
            archived=archived,
            tags=tags,
            sort_by=sort_by,
            order=order,
            cursor=cursor,
            limit=limit,
            active_only=active_only,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflows_pages(
        self,
        *,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        deployment_name: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_status: (
            _m.GetWorkflowsDeploymentStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[_m.WorkflowBasicDefinition, _m.WorkflowListResponse]:
        """Get Workflows

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `get_workflows`; the pager fills in `cursor` (the cursor)."""
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v1/workflows",
                query={
                    "status": status,
                    "include_shared": include_shared,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "deployment_name": deployment_name,
                    "deployment_status": deployment_status,
                    "archived": archived,
                    "tags": tags,
                    "sort_by": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "active_only": active_only,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.WorkflowBasicDefinition.from_dict,
                results=("workflows",),
                cursor=("query", "cursor"),
                next_cursor=("next_cursor",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_workflows_pages_async(
        self,
        *,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        deployment_name: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_status: (
            _m.GetWorkflowsDeploymentStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.WorkflowBasicDefinition, _m.WorkflowListResponse]:
        """Get Workflows

        `get_workflows_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v1/workflows",
                query={
                    "status": status,
                    "include_shared": include_shared,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "deployment_name": deployment_name,
                    "deployment_status": deployment_status,
                    "archived": archived,
                    "tags": tags,
                    "sort_by": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "active_only": active_only,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.WorkflowBasicDefinition.from_dict,
                results=("workflows",),
                cursor=("query", "cursor"),
                next_cursor=("next_cursor",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_workflow_registrations(
        self,
        *,
        workflow_id: str | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        workflow_search: str | None | _rt.Unset = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        with_workflow: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowRegistrationListResponse:
        """Get Workflow Registrations

        Args:
            workflow_id: The workflow ID to filter by
            task_queue: The task queue to filter by
            active_only: Whether to only return active workflows versions
            include_shared: Whether to include shared workflow versions
            workflow_search: The workflow name to filter by
            archived: Filter by archived state. False=exclude archived, True=only
                archived, None=include all
            with_workflow: Whether to include the workflow definition
            available_in_chat_assistant: Whether to only return workflows available in
                chat assistant
            limit: The maximum number of workflows versions to return
            cursor: The cursor for pagination"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/registrations",
                query={
                    "workflow_id": workflow_id,
                    "task_queue": task_queue,
                    "active_only": active_only,
                    "include_shared": include_shared,
                    "workflow_search": workflow_search,
                    "archived": archived,
                    "with_workflow": with_workflow,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "limit": limit,
                    "cursor": cursor,
                    "workflow_name": workflow_name,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowRegistrationListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_registrations_async(
        self,
        *,
        workflow_id: str | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        workflow_search: str | None | _rt.Unset = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        with_workflow: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowRegistrationListResponse:
        """Get Workflow Registrations

        `get_workflow_registrations` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(
            await self._core.async_twin()
        ).get_workflow_registrations(
            workflow_id=workflow_id,
            task_queue=task_queue,
            active_only=active_only,
            include_shared=include_shared,
            workflow_search=workflow_search,
            archived=archived,
            with_workflow=with_workflow,
            available_in_chat_assistant=available_in_chat_assistant,
            limit=limit,
            cursor=cursor,
            workflow_name=workflow_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def execute_workflow(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | _rt.Unset = _rt.UNSET,
        input: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        wait_for_result: bool | _rt.Unset = _rt.UNSET,
        timeout_seconds: float | None | _rt.Unset = _rt.UNSET,
        custom_tracing_attributes: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        force_new_trace: bool | _rt.Unset = _rt.UNSET,
        extensions: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        traceparent: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse | _m.WorkflowExecutionSyncResponse:
        """Execute Workflow

        Args:
            execution_id: Allows you to specify a custom execution ID. If not provided,
                a random ID will be generated.
            input: The input to the workflow. This should be a dictionary or a BaseModel
                that matches the workflow's input schema.
            wait_for_result: If true, wait for the workflow to complete and return the
                result directly.
            timeout_seconds: Maximum time to wait for completion when wait_for_result is
                true.
            force_new_trace: If true, ignore the caller's trace context and start a new,
                independent trace for this execution instead of joining the caller's
                trace.
            extensions: Plugin-specific data to propagate into
                WorkflowContext.extensions at execution time.
            task_queue: Deprecated. Use deployment_name instead.
            deployment_name: Name of the deployment to route this execution to
            traceparent: W3C trace context of the caller, to join the workflow's trace.
        """
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}/execute",
                    {"workflow_identifier": workflow_identifier},
                ),
                json=_rt.encode_json(
                    {
                        "execution_id": execution_id,
                        "input": input,
                        "wait_for_result": wait_for_result,
                        "timeout_seconds": timeout_seconds,
                        "custom_tracing_attributes": custom_tracing_attributes,
                        "force_new_trace": force_new_trace,
                        "extensions": extensions,
                        "task_queue": task_queue,
                        "deployment_name": deployment_name,
                        "traceparent": traceparent,
                    }
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_WorkflowExecutionResponse_or_WorkflowExec_5e3fb6cb4d(
                        data
                    ),
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

    async def execute_workflow_async(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | _rt.Unset = _rt.UNSET,
        input: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        wait_for_result: bool | _rt.Unset = _rt.UNSET,
        timeout_seconds: float | None | _rt.Unset = _rt.UNSET,
        custom_tracing_attributes: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        force_new_trace: bool | _rt.Unset = _rt.UNSET,
        extensions: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        traceparent: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse | _m.WorkflowExecutionSyncResponse:
        """Execute Workflow

        `execute_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(await self._core.async_twin()).execute_workflow(
            workflow_identifier=workflow_identifier,
            execution_id=execution_id,
            input=input,
            wait_for_result=wait_for_result,
            timeout_seconds=timeout_seconds,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=task_queue,
            deployment_name=deployment_name,
            traceparent=traceparent,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def execute_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        execution_id: str | None | _rt.Unset = _rt.UNSET,
        input: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        wait_for_result: bool | _rt.Unset = _rt.UNSET,
        timeout_seconds: float | None | _rt.Unset = _rt.UNSET,
        custom_tracing_attributes: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        force_new_trace: bool | _rt.Unset = _rt.UNSET,
        extensions: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        traceparent: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse | _m.WorkflowExecutionSyncResponse:
        """Execute Workflow Registration

        Deprecated.

        Args:
            execution_id: Allows you to specify a custom execution ID. If not provided,
                a random ID will be generated.
            input: The input to the workflow. This should be a dictionary or a BaseModel
                that matches the workflow's input schema.
            wait_for_result: If true, wait for the workflow to complete and return the
                result directly.
            timeout_seconds: Maximum time to wait for completion when wait_for_result is
                true.
            force_new_trace: If true, ignore the caller's trace context and start a new,
                independent trace for this execution instead of joining the caller's
                trace.
            extensions: Plugin-specific data to propagate into
                WorkflowContext.extensions at execution time.
            task_queue: Deprecated. Use deployment_name instead.
            deployment_name: Name of the deployment to route this execution to
            traceparent: W3C trace context of the caller, to join the workflow's trace.
        """
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/registrations/{workflow_registration_id}/execute",
                    {"workflow_registration_id": workflow_registration_id},
                ),
                json=_rt.encode_json(
                    {
                        "execution_id": execution_id,
                        "input": input,
                        "wait_for_result": wait_for_result,
                        "timeout_seconds": timeout_seconds,
                        "custom_tracing_attributes": custom_tracing_attributes,
                        "force_new_trace": force_new_trace,
                        "extensions": extensions,
                        "task_queue": task_queue,
                        "deployment_name": deployment_name,
                        "traceparent": traceparent,
                    }
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_WorkflowExecutionResponse_or_WorkflowExec_5e3fb6cb4d(
                        data
                    ),
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

    async def execute_workflow_registration_async(
        self,
        *,
        workflow_registration_id: str,
        execution_id: str | None | _rt.Unset = _rt.UNSET,
        input: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        wait_for_result: bool | _rt.Unset = _rt.UNSET,
        timeout_seconds: float | None | _rt.Unset = _rt.UNSET,
        custom_tracing_attributes: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        force_new_trace: bool | _rt.Unset = _rt.UNSET,
        extensions: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        traceparent: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse | _m.WorkflowExecutionSyncResponse:
        """Execute Workflow Registration

        `execute_workflow_registration` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(
            await self._core.async_twin()
        ).execute_workflow_registration(
            workflow_registration_id=workflow_registration_id,
            execution_id=execution_id,
            input=input,
            wait_for_result=wait_for_result,
            timeout_seconds=timeout_seconds,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=task_queue,
            deployment_name=deployment_name,
            traceparent=traceparent,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowGetResponse:
        """Get Workflow"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}",
                    {"workflow_identifier": workflow_identifier},
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowGetResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_async(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowGetResponse:
        """Get Workflow

        `get_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(await self._core.async_twin()).get_workflow(
            workflow_identifier=workflow_identifier,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_workflow(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowUpdateResponse:
        """Update Workflow

        Args:
            display_name: New display name value
            description: New description value
            available_in_chat_assistant: Whether to make the workflow available in the
                chat assistant
            tags: New tags. Replaces the existing tag list."""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}",
                    {"workflow_identifier": workflow_identifier},
                ),
                json=_rt.encode_json(
                    {
                        "display_name": display_name,
                        "description": description,
                        "available_in_chat_assistant": available_in_chat_assistant,
                        "tags": tags,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowUpdateResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_workflow_async(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowUpdateResponse:
        """Update Workflow

        `update_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(await self._core.async_twin()).update_workflow(
            workflow_identifier=workflow_identifier,
            display_name=display_name,
            description=description,
            available_in_chat_assistant=available_in_chat_assistant,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: bool | None | _rt.Unset = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowRegistrationGetResponse:
        """Get Workflow Registration

        Args:
            with_workflow: Whether to include the workflow definition
            include_shared: Whether to include shared workflow versions"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/registrations/{workflow_registration_id}",
                    {"workflow_registration_id": workflow_registration_id},
                ),
                query={
                    "with_workflow": with_workflow,
                    "include_shared": include_shared,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowRegistrationGetResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_registration_async(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: bool | None | _rt.Unset = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowRegistrationGetResponse:
        """Get Workflow Registration

        `get_workflow_registration` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(
            await self._core.async_twin()
        ).get_workflow_registration(
            workflow_registration_id=workflow_registration_id,
            with_workflow=with_workflow,
            include_shared=include_shared,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def bulk_archive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows

        Args:
            workflow_ids: List of workflow IDs to archive"""
        return self._core.request(
            _rt.Request(
                "PUT",
                "/v1/workflows/archive",
                json=_rt.encode_json({"workflow_ids": workflow_ids}),
            ),
            {"200": _rt.Returns("json", _m.WorkflowBulkArchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def bulk_archive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows

        `bulk_archive_workflows` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(
            await self._core.async_twin()
        ).bulk_archive_workflows(
            workflow_ids=workflow_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def bulk_unarchive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows

        Args:
            workflow_ids: List of workflow IDs to unarchive"""
        return self._core.request(
            _rt.Request(
                "PUT",
                "/v1/workflows/unarchive",
                json=_rt.encode_json({"workflow_ids": workflow_ids}),
            ),
            {"200": _rt.Returns("json", _m.WorkflowBulkUnarchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def bulk_unarchive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows

        `bulk_unarchive_workflows` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(
            await self._core.async_twin()
        ).bulk_unarchive_workflows(
            workflow_ids=workflow_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def archive_workflow(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowArchiveResponse:
        """Archive Workflow"""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}/archive",
                    {"workflow_identifier": workflow_identifier},
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowArchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def archive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowArchiveResponse:
        """Archive Workflow

        `archive_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(await self._core.async_twin()).archive_workflow(
            workflow_identifier=workflow_identifier,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unarchive_workflow(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowUnarchiveResponse:
        """Unarchive Workflow"""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}/unarchive",
                    {"workflow_identifier": workflow_identifier},
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowUnarchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unarchive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowUnarchiveResponse:
        """Unarchive Workflow

        `unarchive_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflows(await self._core.async_twin()).unarchive_workflow(
            workflow_identifier=workflow_identifier,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWorkflows:
    """Workflows API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def executions(self) -> _res_workflows__executions.AsyncWorkflowsExecutions:
        """The `workflows.executions` operations; their module is imported on first use."""
        from . import workflows__executions as module

        return module.AsyncWorkflowsExecutions(self._core)

    @cached_property
    def metrics(self) -> _res_workflows__metrics.AsyncWorkflowsMetrics:
        """The `workflows.metrics` operations; their module is imported on first use."""
        from . import workflows__metrics as module

        return module.AsyncWorkflowsMetrics(self._core)

    @cached_property
    def runs(self) -> _res_workflows__runs.AsyncWorkflowsRuns:
        """The `workflows.runs` operations; their module is imported on first use."""
        from . import workflows__runs as module

        return module.AsyncWorkflowsRuns(self._core)

    @cached_property
    def schedules(self) -> _res_workflows__schedules.AsyncWorkflowsSchedules:
        """The `workflows.schedules` operations; their module is imported on first use."""
        from . import workflows__schedules as module

        return module.AsyncWorkflowsSchedules(self._core)

    @cached_property
    def deployments(self) -> _res_workflows__deployments.AsyncWorkflowsDeployments:
        """The `workflows.deployments` operations; their module is imported on first use."""
        from . import workflows__deployments as module

        return module.AsyncWorkflowsDeployments(self._core)

    async def get_workflows(
        self,
        *,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        deployment_name: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_status: (
            _m.GetWorkflowsDeploymentStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowListResponse:
        """Get Workflows

        Args:
            status: Filter by workflow status
            include_shared: Whether to include shared workflows
            available_in_chat_assistant: Whether to only return workflows available in
                chat assistant
            deployment_name: Filter by deployment name(s)
            deployment_status: Filter by deployment activity. active=only active,
                inactive=only inactive, None=no filter
            archived: Filter by archived state. False=exclude archived, True=only
                archived, None=include all
            tags: Filter to workflows tagged with all listed tags (AND).
            sort_by: Field to sort by
            order: Sort direction
            cursor: The cursor for pagination
            limit: The maximum number of workflows to return
            active_only: Deprecated: use deployment_status instead
            search: Fuzzy search query for workflow name, display name, description, or
                ID"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows",
                query={
                    "status": status,
                    "include_shared": include_shared,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "deployment_name": deployment_name,
                    "deployment_status": deployment_status,
                    "archived": archived,
                    "tags": tags,
                    "sort_by": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "active_only": active_only,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_workflows_pages(
        self,
        *,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        deployment_name: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_status: (
            _m.GetWorkflowsDeploymentStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        order: _m.GetWorkflowsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.WorkflowBasicDefinition, _m.WorkflowListResponse]:
        """Get Workflows

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `get_workflows`; the pager fills in `cursor` (the cursor)."""
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v1/workflows",
                query={
                    "status": status,
                    "include_shared": include_shared,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "deployment_name": deployment_name,
                    "deployment_status": deployment_status,
                    "archived": archived,
                    "tags": tags,
                    "sort_by": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "active_only": active_only,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.WorkflowBasicDefinition.from_dict,
                results=("workflows",),
                cursor=("query", "cursor"),
                next_cursor=("next_cursor",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_registrations(
        self,
        *,
        workflow_id: str | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        workflow_search: str | None | _rt.Unset = _rt.UNSET,
        archived: bool | None | _rt.Unset = _rt.UNSET,
        with_workflow: bool | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowRegistrationListResponse:
        """Get Workflow Registrations

        Args:
            workflow_id: The workflow ID to filter by
            task_queue: The task queue to filter by
            active_only: Whether to only return active workflows versions
            include_shared: Whether to include shared workflow versions
            workflow_search: The workflow name to filter by
            archived: Filter by archived state. False=exclude archived, True=only
                archived, None=include all
            with_workflow: Whether to include the workflow definition
            available_in_chat_assistant: Whether to only return workflows available in
                chat assistant
            limit: The maximum number of workflows versions to return
            cursor: The cursor for pagination"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/registrations",
                query={
                    "workflow_id": workflow_id,
                    "task_queue": task_queue,
                    "active_only": active_only,
                    "include_shared": include_shared,
                    "workflow_search": workflow_search,
                    "archived": archived,
                    "with_workflow": with_workflow,
                    "available_in_chat_assistant": available_in_chat_assistant,
                    "limit": limit,
                    "cursor": cursor,
                    "workflow_name": workflow_name,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowRegistrationListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def execute_workflow(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | _rt.Unset = _rt.UNSET,
        input: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        wait_for_result: bool | _rt.Unset = _rt.UNSET,
        timeout_seconds: float | None | _rt.Unset = _rt.UNSET,
        custom_tracing_attributes: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        force_new_trace: bool | _rt.Unset = _rt.UNSET,
        extensions: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        traceparent: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse | _m.WorkflowExecutionSyncResponse:
        """Execute Workflow

        Args:
            execution_id: Allows you to specify a custom execution ID. If not provided,
                a random ID will be generated.
            input: The input to the workflow. This should be a dictionary or a BaseModel
                that matches the workflow's input schema.
            wait_for_result: If true, wait for the workflow to complete and return the
                result directly.
            timeout_seconds: Maximum time to wait for completion when wait_for_result is
                true.
            force_new_trace: If true, ignore the caller's trace context and start a new,
                independent trace for this execution instead of joining the caller's
                trace.
            extensions: Plugin-specific data to propagate into
                WorkflowContext.extensions at execution time.
            task_queue: Deprecated. Use deployment_name instead.
            deployment_name: Name of the deployment to route this execution to
            traceparent: W3C trace context of the caller, to join the workflow's trace.
        """
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}/execute",
                    {"workflow_identifier": workflow_identifier},
                ),
                json=_rt.encode_json(
                    {
                        "execution_id": execution_id,
                        "input": input,
                        "wait_for_result": wait_for_result,
                        "timeout_seconds": timeout_seconds,
                        "custom_tracing_attributes": custom_tracing_attributes,
                        "force_new_trace": force_new_trace,
                        "extensions": extensions,
                        "task_queue": task_queue,
                        "deployment_name": deployment_name,
                        "traceparent": traceparent,
                    }
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_WorkflowExecutionResponse_or_WorkflowExec_5e3fb6cb4d(
                        data
                    ),
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

    async def execute_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        execution_id: str | None | _rt.Unset = _rt.UNSET,
        input: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        wait_for_result: bool | _rt.Unset = _rt.UNSET,
        timeout_seconds: float | None | _rt.Unset = _rt.UNSET,
        custom_tracing_attributes: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        force_new_trace: bool | _rt.Unset = _rt.UNSET,
        extensions: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        task_queue: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        traceparent: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse | _m.WorkflowExecutionSyncResponse:
        """Execute Workflow Registration

        Deprecated.

        Args:
            execution_id: Allows you to specify a custom execution ID. If not provided,
                a random ID will be generated.
            input: The input to the workflow. This should be a dictionary or a BaseModel
                that matches the workflow's input schema.
            wait_for_result: If true, wait for the workflow to complete and return the
                result directly.
            timeout_seconds: Maximum time to wait for completion when wait_for_result is
                true.
            force_new_trace: If true, ignore the caller's trace context and start a new,
                independent trace for this execution instead of joining the caller's
                trace.
            extensions: Plugin-specific data to propagate into
                WorkflowContext.extensions at execution time.
            task_queue: Deprecated. Use deployment_name instead.
            deployment_name: Name of the deployment to route this execution to
            traceparent: W3C trace context of the caller, to join the workflow's trace.
        """
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/registrations/{workflow_registration_id}/execute",
                    {"workflow_registration_id": workflow_registration_id},
                ),
                json=_rt.encode_json(
                    {
                        "execution_id": execution_id,
                        "input": input,
                        "wait_for_result": wait_for_result,
                        "timeout_seconds": timeout_seconds,
                        "custom_tracing_attributes": custom_tracing_attributes,
                        "force_new_trace": force_new_trace,
                        "extensions": extensions,
                        "task_queue": task_queue,
                        "deployment_name": deployment_name,
                        "traceparent": traceparent,
                    }
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_WorkflowExecutionResponse_or_WorkflowExec_5e3fb6cb4d(
                        data
                    ),
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

    async def get_workflow(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowGetResponse:
        """Get Workflow"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}",
                    {"workflow_identifier": workflow_identifier},
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowGetResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_workflow(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        available_in_chat_assistant: bool | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowUpdateResponse:
        """Update Workflow

        Args:
            display_name: New display name value
            description: New description value
            available_in_chat_assistant: Whether to make the workflow available in the
                chat assistant
            tags: New tags. Replaces the existing tag list."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}",
                    {"workflow_identifier": workflow_identifier},
                ),
                json=_rt.encode_json(
                    {
                        "display_name": display_name,
                        "description": description,
                        "available_in_chat_assistant": available_in_chat_assistant,
                        "tags": tags,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowUpdateResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_registration(
        self,
        *,
        workflow_registration_id: str,
        with_workflow: bool | None | _rt.Unset = _rt.UNSET,
        include_shared: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowRegistrationGetResponse:
        """Get Workflow Registration

        Args:
            with_workflow: Whether to include the workflow definition
            include_shared: Whether to include shared workflow versions"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/registrations/{workflow_registration_id}",
                    {"workflow_registration_id": workflow_registration_id},
                ),
                query={
                    "with_workflow": with_workflow,
                    "include_shared": include_shared,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowRegistrationGetResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def bulk_archive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows

        Args:
            workflow_ids: List of workflow IDs to archive"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                "/v1/workflows/archive",
                json=_rt.encode_json({"workflow_ids": workflow_ids}),
            ),
            {"200": _rt.Returns("json", _m.WorkflowBulkArchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def bulk_unarchive_workflows(
        self,
        *,
        workflow_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows

        Args:
            workflow_ids: List of workflow IDs to unarchive"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                "/v1/workflows/unarchive",
                json=_rt.encode_json({"workflow_ids": workflow_ids}),
            ),
            {"200": _rt.Returns("json", _m.WorkflowBulkUnarchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def archive_workflow(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowArchiveResponse:
        """Archive Workflow"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}/archive",
                    {"workflow_identifier": workflow_identifier},
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowArchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unarchive_workflow(
        self,
        *,
        workflow_identifier: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowUnarchiveResponse:
        """Unarchive Workflow"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/workflows/{workflow_identifier}/unarchive",
                    {"workflow_identifier": workflow_identifier},
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkflowUnarchiveResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
