"""The `workflows.runs` operations: Workflows API - runs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncWorkflowsRuns", "WorkflowsRuns"]


class WorkflowsRuns:
    """Workflows API - runs."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list_runs(
        self,
        *,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        root_execution_id: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        sort_by: _m.ListRunsSortBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListRunsOrder | str | None | _rt.Unset = _rt.UNSET,
        start_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        start_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        include_internal: bool | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        search_key: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionListResponse:
        """List Runs

        Args:
            workflow_identifier: Filter by workflow name or id
            root_execution_id: Filter by root execution id; returns the whole execution
                tree (the root and all its descendant sub-workflows).
            search: Search by workflow name, display name, or ID
            status: Filter by workflow status
            deployment_name: Filter by deployment name
            sort_by: Field to sort by
            order: Sort direction
            start_time_after: Include runs with start_time >= value
            start_time_before: Include runs with start_time <= value
            end_time_after: Include runs with end_time >= value. Running executions (no
                end_time) are excluded; use the status filter to include them.
            end_time_before: Include runs with end_time <= value. Running executions (no
                end_time) are excluded; use the status filter to include them.
            user_id: Filter by user id. Use 'current' to filter by the authenticated
                user
            workflow_tags: Filter to runs of workflows tagged with all listed tags
                (AND).
            include_internal: Include runs of internal/technical workflows (e.g.
                parallel-execution)
            page_size: Number of items per page
            next_page_token: Token for the next page of results
            search_key: Filter executions by search key as repeated 'key:value' entries.
                Each entry matches an exact key and a similar value; multiple entries
                are AND'd together (max 3)."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/runs",
                query={
                    "workflow_identifier": workflow_identifier,
                    "root_execution_id": root_execution_id,
                    "search": search,
                    "status": status,
                    "deployment_name": deployment_name,
                    "sort_by": sort_by,
                    "order": order,
                    "start_time_after": start_time_after,
                    "start_time_before": start_time_before,
                    "end_time_after": end_time_after,
                    "end_time_before": end_time_before,
                    "user_id": user_id,
                    "workflow_tags": workflow_tags,
                    "include_internal": include_internal,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                    "search_key": search_key,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_runs_async(
        self,
        *,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        root_execution_id: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        sort_by: _m.ListRunsSortBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListRunsOrder | str | None | _rt.Unset = _rt.UNSET,
        start_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        start_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        include_internal: bool | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        search_key: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionListResponse:
        """List Runs

        `list_runs` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsRuns(await self._core.async_twin()).list_runs(
            workflow_identifier=workflow_identifier,
            root_execution_id=root_execution_id,
            search=search,
            status=status,
            deployment_name=deployment_name,
            sort_by=sort_by,
            order=order,
            start_time_after=start_time_after,
            start_time_before=start_time_before,
            end_time_after=end_time_after,
            end_time_before=end_time_before,
            user_id=user_id,
            workflow_tags=workflow_tags,
            include_internal=include_internal,
            page_size=page_size,
            next_page_token=next_page_token,
            search_key=search_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_runs_pages(
        self,
        *,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        root_execution_id: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        sort_by: _m.ListRunsSortBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListRunsOrder | str | None | _rt.Unset = _rt.UNSET,
        start_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        start_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        include_internal: bool | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        search_key: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[
        _m.WorkflowExecutionWithoutResultResponse, _m.WorkflowExecutionListResponse
    ]:
        """List Runs

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_runs`; the pager fills in `next_page_token` (the cursor).
        """
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v1/workflows/runs",
                query={
                    "workflow_identifier": workflow_identifier,
                    "root_execution_id": root_execution_id,
                    "search": search,
                    "status": status,
                    "deployment_name": deployment_name,
                    "sort_by": sort_by,
                    "order": order,
                    "start_time_after": start_time_after,
                    "start_time_before": start_time_before,
                    "end_time_after": end_time_after,
                    "end_time_before": end_time_before,
                    "user_id": user_id,
                    "workflow_tags": workflow_tags,
                    "include_internal": include_internal,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                    "search_key": search_key,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.WorkflowExecutionWithoutResultResponse.from_dict,
                results=("executions",),
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

    def list_runs_pages_async(
        self,
        *,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        root_execution_id: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        sort_by: _m.ListRunsSortBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListRunsOrder | str | None | _rt.Unset = _rt.UNSET,
        start_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        start_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        include_internal: bool | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        search_key: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[
        _m.WorkflowExecutionWithoutResultResponse, _m.WorkflowExecutionListResponse
    ]:
        """List Runs

        `list_runs_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v1/workflows/runs",
                query={
                    "workflow_identifier": workflow_identifier,
                    "root_execution_id": root_execution_id,
                    "search": search,
                    "status": status,
                    "deployment_name": deployment_name,
                    "sort_by": sort_by,
                    "order": order,
                    "start_time_after": start_time_after,
                    "start_time_before": start_time_before,
                    "end_time_after": end_time_after,
                    "end_time_before": end_time_before,
                    "user_id": user_id,
                    "workflow_tags": workflow_tags,
                    "include_internal": include_internal,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                    "search_key": search_key,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.WorkflowExecutionWithoutResultResponse.from_dict,
                results=("executions",),
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

    def get_run(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse:
        """Get Run"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/workflows/runs/{run_id}", {"run_id": run_id}),
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

    async def get_run_async(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse:
        """Get Run

        `get_run` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsRuns(await self._core.async_twin()).get_run(
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_run_history(
        self,
        *,
        run_id: str,
        decode_payloads: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Get Run History"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/runs/{run_id}/history", {"run_id": run_id}
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

    async def get_run_history_async(
        self,
        *,
        run_id: str,
        decode_payloads: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Get Run History

        `get_run_history` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsRuns(await self._core.async_twin()).get_run_history(
            run_id=run_id,
            decode_payloads=decode_payloads,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWorkflowsRuns:
    """Workflows API - runs."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list_runs(
        self,
        *,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        root_execution_id: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        sort_by: _m.ListRunsSortBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListRunsOrder | str | None | _rt.Unset = _rt.UNSET,
        start_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        start_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        include_internal: bool | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        search_key: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionListResponse:
        """List Runs

        Args:
            workflow_identifier: Filter by workflow name or id
            root_execution_id: Filter by root execution id; returns the whole execution
                tree (the root and all its descendant sub-workflows).
            search: Search by workflow name, display name, or ID
            status: Filter by workflow status
            deployment_name: Filter by deployment name
            sort_by: Field to sort by
            order: Sort direction
            start_time_after: Include runs with start_time >= value
            start_time_before: Include runs with start_time <= value
            end_time_after: Include runs with end_time >= value. Running executions (no
                end_time) are excluded; use the status filter to include them.
            end_time_before: Include runs with end_time <= value. Running executions (no
                end_time) are excluded; use the status filter to include them.
            user_id: Filter by user id. Use 'current' to filter by the authenticated
                user
            workflow_tags: Filter to runs of workflows tagged with all listed tags
                (AND).
            include_internal: Include runs of internal/technical workflows (e.g.
                parallel-execution)
            page_size: Number of items per page
            next_page_token: Token for the next page of results
            search_key: Filter executions by search key as repeated 'key:value' entries.
                Each entry matches an exact key and a similar value; multiple entries
                are AND'd together (max 3)."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/runs",
                query={
                    "workflow_identifier": workflow_identifier,
                    "root_execution_id": root_execution_id,
                    "search": search,
                    "status": status,
                    "deployment_name": deployment_name,
                    "sort_by": sort_by,
                    "order": order,
                    "start_time_after": start_time_after,
                    "start_time_before": start_time_before,
                    "end_time_after": end_time_after,
                    "end_time_before": end_time_before,
                    "user_id": user_id,
                    "workflow_tags": workflow_tags,
                    "include_internal": include_internal,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                    "search_key": search_key,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_runs_pages(
        self,
        *,
        workflow_identifier: str | None | _rt.Unset = _rt.UNSET,
        root_execution_id: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        status: (
            _m.WorkflowExecutionStatus
            | str
            | Sequence[_m.WorkflowExecutionStatus | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        deployment_name: str | None | _rt.Unset = _rt.UNSET,
        sort_by: _m.ListRunsSortBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListRunsOrder | str | None | _rt.Unset = _rt.UNSET,
        start_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        start_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        end_time_before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        user_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        include_internal: bool | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        next_page_token: str | None | _rt.Unset = _rt.UNSET,
        search_key: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[
        _m.WorkflowExecutionWithoutResultResponse, _m.WorkflowExecutionListResponse
    ]:
        """List Runs

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_runs`; the pager fills in `next_page_token` (the cursor).
        """
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v1/workflows/runs",
                query={
                    "workflow_identifier": workflow_identifier,
                    "root_execution_id": root_execution_id,
                    "search": search,
                    "status": status,
                    "deployment_name": deployment_name,
                    "sort_by": sort_by,
                    "order": order,
                    "start_time_after": start_time_after,
                    "start_time_before": start_time_before,
                    "end_time_after": end_time_after,
                    "end_time_before": end_time_before,
                    "user_id": user_id,
                    "workflow_tags": workflow_tags,
                    "include_internal": include_internal,
                    "page_size": page_size,
                    "next_page_token": next_page_token,
                    "search_key": search_key,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkflowExecutionListResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.WorkflowExecutionWithoutResultResponse.from_dict,
                results=("executions",),
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

    async def get_run(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkflowExecutionResponse:
        """Get Run"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/workflows/runs/{run_id}", {"run_id": run_id}),
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

    async def get_run_history(
        self,
        *,
        run_id: str,
        decode_payloads: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Get Run History"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/runs/{run_id}/history", {"run_id": run_id}
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
