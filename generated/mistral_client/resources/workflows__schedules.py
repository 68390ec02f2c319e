"""The `workflows.schedules` operations: Workflows API - schedules.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncWorkflowsSchedules", "WorkflowsSchedules"]


class WorkflowsSchedules:
    """Workflows API - schedules."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_schedules(
        self,
        *,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        status: _m.GetSchedulesStatus1 | str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleListResponse:
        """Get Schedules

        Args:
            workflow_name: Filter by exact workflow name
            user_id: Filter by user ID. Pass 'current' to resolve to the authenticated
                user's ID.
            status: Filter by schedule status: 'active' or 'paused'
            search: Prefix search query for workflow name
            page_size: Number of items per page. Omitting this parameter fetches all
                results at once (deprecated — pass page_size to use pagination).
            next_page_token: Token for the next page of results"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/schedules",
                query={
                    "workflow_name": workflow_name,
                    "user_id": user_id,
                    "status": status,
                    "search": search,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_schedules_async(
        self,
        *,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        status: _m.GetSchedulesStatus1 | str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleListResponse:
        """Get Schedules

        `get_schedules` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).get_schedules(
            workflow_name=workflow_name,
            user_id=user_id,
            status=status,
            search=search,
            page_size=page_size,
            next_page_token=next_page_token,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_schedules_pages(
        self,
        *,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        status: _m.GetSchedulesStatus1 | str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[_m.ScheduleDefinitionOutput, _m.WorkflowScheduleListResponse]:
        """Get Schedules

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `get_schedules`; the pager fills in `next_page_token` (the cursor).
        """
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v1/workflows/schedules",
                query={
                    "workflow_name": workflow_name,
                    "user_id": user_id,
                    "status": status,
                    "search": search,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.ScheduleDefinitionOutput.from_dict,
                results=("schedules",),
                cursor=("query", "next_page_token"),
                next_cursor=("next_page_token",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_schedules_pages_async(
        self,
        *,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        status: _m.GetSchedulesStatus1 | str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.ScheduleDefinitionOutput, _m.WorkflowScheduleListResponse]:
        """Get Schedules

        `get_schedules_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v1/workflows/schedules",
                query={
                    "workflow_name": workflow_name,
                    "user_id": user_id,
                    "status": status,
                    "search": search,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.ScheduleDefinitionOutput.from_dict,
                results=("schedules",),
                cursor=("query", "next_page_token"),
                next_cursor=("next_page_token",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def schedule_workflow(
        self,
        *,
        schedule: _m.ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_version_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        workflow_task_queue: str | None | _rt.Unset = _rt.UNSET,
        schedule_id: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleResponse:
        """Schedule Workflow

        Args:
            schedule: The schedule definition
            workflow_registration_id: The ID of the workflow registration to schedule
            workflow_version_id: Deprecated: use workflow_registration_id
            workflow_identifier: The name or ID of the workflow to schedule
            workflow_task_queue: Deprecated. Use deployment_name instead.
            schedule_id: Allows you to specify a custom schedule ID. If not provided, a
                random ID will be generated.
            deployment_name: Name of the deployment to route this schedule to"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/schedules",
                json=_rt.encode_json(
                    {
                        "schedule": schedule,
                        "workflow_registration_id": workflow_registration_id,
                        "workflow_version_id": workflow_version_id,
                        "workflow_identifier": workflow_identifier,
                        "workflow_task_queue": workflow_task_queue,
                        "schedule_id": schedule_id,
                        "deployment_name": deployment_name,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.WorkflowScheduleResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def schedule_workflow_async(
        self,
        *,
        schedule: _m.ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_version_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        workflow_task_queue: str | None | _rt.Unset = _rt.UNSET,
        schedule_id: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleResponse:
        """Schedule Workflow

        `schedule_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).schedule_workflow(
            schedule=schedule,
            workflow_registration_id=workflow_registration_id,
            workflow_version_id=workflow_version_id,
            workflow_identifier=workflow_identifier,
            workflow_task_queue=workflow_task_queue,
            schedule_id=schedule_id,
            deployment_name=deployment_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_schedule(
        self,
        *,
        schedule_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ScheduleDefinitionOutput:
        """Get Schedule"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}",
                    {"schedule_id": schedule_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ScheduleDefinitionOutput.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_schedule_async(
        self,
        *,
        schedule_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ScheduleDefinitionOutput:
        """Get Schedule

        `get_schedule` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).get_schedule(
            schedule_id=schedule_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unschedule_workflow(
        self,
        *,
        schedule_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Unschedule Workflow"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}",
                    {"schedule_id": schedule_id},
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

    async def unschedule_workflow_async(
        self,
        *,
        schedule_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Unschedule Workflow

        `unschedule_workflow` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).unschedule_workflow(
            schedule_id=schedule_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_schedule(
        self,
        *,
        schedule_id: str,
        schedule: _m.PartialScheduleDefinition | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleResponse:
        """Update Schedule

        Args:
            schedule: Partial schedule definition to update. Unset fields preserve
                existing values."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"schedule": schedule}),
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_schedule_async(
        self,
        *,
        schedule_id: str,
        schedule: _m.PartialScheduleDefinition | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleResponse:
        """Update Schedule

        `update_schedule` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).update_schedule(
            schedule_id=schedule_id,
            schedule=schedule,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def pause_schedule(
        self,
        *,
        schedule_id: str,
        note: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Pause Schedule

        Args:
            note: Optional note recorded in Temporal when pausing or resuming a schedule
        """
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}/pause",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"note": note}),
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

    async def pause_schedule_async(
        self,
        *,
        schedule_id: str,
        note: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Pause Schedule

        `pause_schedule` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).pause_schedule(
            schedule_id=schedule_id,
            note=note,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def resume_schedule(
        self,
        *,
        schedule_id: str,
        note: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Resume Schedule

        Args:
            note: Optional note recorded in Temporal when pausing or resuming a schedule
        """
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}/resume",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"note": note}),
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

    async def resume_schedule_async(
        self,
        *,
        schedule_id: str,
        note: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Resume Schedule

        `resume_schedule` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).resume_schedule(
            schedule_id=schedule_id,
            note=note,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def trigger_schedule(
        self,
        *,
        schedule_id: str,
        overlap: _m.ScheduleOverlapPolicy | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Trigger Schedule

        Args:
            overlap: Optional overlap policy override to use for the immediate trigger.
        """
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}/trigger",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"overlap": overlap}),
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

    async def trigger_schedule_async(
        self,
        *,
        schedule_id: str,
        overlap: _m.ScheduleOverlapPolicy | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Trigger Schedule

        `trigger_schedule` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsSchedules(
            await self._core.async_twin()
        ).trigger_schedule(
            schedule_id=schedule_id,
            overlap=overlap,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWorkflowsSchedules:
    """Workflows API - schedules."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_schedules(
        self,
        *,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        status: _m.GetSchedulesStatus1 | str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleListResponse:
        """Get Schedules

        Args:
            workflow_name: Filter by exact workflow name
            user_id: Filter by user ID. Pass 'current' to resolve to the authenticated
                user's ID.
            status: Filter by schedule status: 'active' or 'paused'
            search: Prefix search query for workflow name
            page_size: Number of items per page. Omitting this parameter fetches all
                results at once (deprecated — pass page_size to use pagination).
            next_page_token: Token for the next page of results"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/schedules",
                query={
                    "workflow_name": workflow_name,
                    "user_id": user_id,
                    "status": status,
                    "search": search,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_schedules_pages(
        self,
        *,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        status: _m.GetSchedulesStatus1 | str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.ScheduleDefinitionOutput, _m.WorkflowScheduleListResponse]:
        """Get Schedules

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `get_schedules`; the pager fills in `next_page_token` (the cursor).
        """
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v1/workflows/schedules",
                query={
                    "workflow_name": workflow_name,
                    "user_id": user_id,
                    "status": status,
                    "search": search,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.ScheduleDefinitionOutput.from_dict,
                results=("schedules",),
                cursor=("query", "next_page_token"),
                next_cursor=("next_page_token",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def schedule_workflow(
        self,
        *,
        schedule: _m.ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_version_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        workflow_task_queue: str | None | _rt.Unset = _rt.UNSET,
        schedule_id: str | None | _rt.Unset = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleResponse:
        """Schedule Workflow

        Args:
            schedule: The schedule definition
            workflow_registration_id: The ID of the workflow registration to schedule
            workflow_version_id: Deprecated: use workflow_registration_id
            workflow_identifier: The name or ID of the workflow to schedule
            workflow_task_queue: Deprecated. Use deployment_name instead.
            schedule_id: Allows you to specify a custom schedule ID. If not provided, a
                random ID will be generated.
            deployment_name: Name of the deployment to route this schedule to"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/schedules",
                json=_rt.encode_json(
                    {
                        "schedule": schedule,
                        "workflow_registration_id": workflow_registration_id,
                        "workflow_version_id": workflow_version_id,
                        "workflow_identifier": workflow_identifier,
                        "workflow_task_queue": workflow_task_queue,
                        "schedule_id": schedule_id,
                        "deployment_name": deployment_name,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.WorkflowScheduleResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_schedule(
        self,
        *,
        schedule_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ScheduleDefinitionOutput:
        """Get Schedule"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}",
                    {"schedule_id": schedule_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ScheduleDefinitionOutput.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unschedule_workflow(
        self,
        *,
        schedule_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Unschedule Workflow"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}",
                    {"schedule_id": schedule_id},
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

    async def update_schedule(
        self,
        *,
        schedule_id: str,
        schedule: _m.PartialScheduleDefinition | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowScheduleResponse:
        """Update Schedule

        Args:
            schedule: Partial schedule definition to update. Unset fields preserve
                existing values."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"schedule": schedule}),
            ),
            {"200": _rt.Returns("json", _m.WorkflowScheduleResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def pause_schedule(
        self,
        *,
        schedule_id: str,
        note: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Pause Schedule

        Args:
            note: Optional note recorded in Temporal when pausing or resuming a schedule
        """
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}/pause",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"note": note}),
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

    async def resume_schedule(
        self,
        *,
        schedule_id: str,
        note: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Resume Schedule

        Args:
            note: Optional note recorded in Temporal when pausing or resuming a schedule
        """
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}/resume",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"note": note}),
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

    async def trigger_schedule(
        self,
        *,
        schedule_id: str,
        overlap: _m.ScheduleOverlapPolicy | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Trigger Schedule

        Args:
            overlap: Optional overlap policy override to use for the immediate trigger.
        """
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/schedules/{schedule_id}/trigger",
                    {"schedule_id": schedule_id},
                ),
                json=_rt.encode_json({"overlap": overlap}),
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
