"""The `events` operations: Events API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncEvents", "Events"]


class Events:
    """Events API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_stream_events(
        self,
        *,
        scope: _m.GetStreamEventsScope | str | None | _rt.Unset = _rt.UNSET,
        activity_name: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        root_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        parent_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        stream: str | None | _rt.Unset = _rt.UNSET,
        start_seq: int | None | _rt.Unset = _rt.UNSET,
        metadata_filters: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        workflow_event_types: (
            Sequence[_m.WorkflowEventType | str] | None | _rt.Unset
        ) = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.GetStreamEventsV1WorkflowsEventsStreamGetResponse]:
        """Get Stream Events

        Streams the response as server-sent events; iterate the returned stream for chunks.
        """
        return self._core.stream(
            _rt.Request(
                "GET",
                "/v1/workflows/events/stream",
                query={
                    "scope": scope,
                    "activity_name": activity_name,
                    "activity_id": activity_id,
                    "workflow_name": workflow_name,
                    "workflow_exec_id": workflow_exec_id,
                    "root_workflow_exec_id": root_workflow_exec_id,
                    "parent_workflow_exec_id": parent_workflow_exec_id,
                    "stream": stream,
                    "start_seq": start_seq,
                    "metadata_filters": metadata_filters,
                    "workflow_event_types": workflow_event_types,
                },
                headers={"last-event-id": last_event_id},
            ),
            _m.GetStreamEventsV1WorkflowsEventsStreamGetResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def get_stream_events_async(
        self,
        *,
        scope: _m.GetStreamEventsScope | str | None | _rt.Unset = _rt.UNSET,
        activity_name: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        root_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        parent_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        stream: str | None | _rt.Unset = _rt.UNSET,
        start_seq: int | None | _rt.Unset = _rt.UNSET,
        metadata_filters: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        workflow_event_types: (
            Sequence[_m.WorkflowEventType | str] | None | _rt.Unset
        ) = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.GetStreamEventsV1WorkflowsEventsStreamGetResponse]:
        """Get Stream Events

        `get_stream_events` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncEvents(await self._core.async_twin()).get_stream_events(
            scope=scope,
            activity_name=activity_name,
            activity_id=activity_id,
            workflow_name=workflow_name,
            workflow_exec_id=workflow_exec_id,
            root_workflow_exec_id=root_workflow_exec_id,
            parent_workflow_exec_id=parent_workflow_exec_id,
            stream=stream,
            start_seq=start_seq,
            metadata_filters=metadata_filters,
            workflow_event_types=workflow_event_types,
            last_event_id=last_event_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_run_id: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListWorkflowEventResponse:
        """Get Workflow Events

        Args:
            root_workflow_exec_id: Execution ID of the root workflow that initiated this
                execution chain.
            workflow_exec_id: Execution ID of the workflow that emitted this event.
            workflow_run_id: Run ID of the workflow that emitted this event.
            limit: Maximum number of events to return.
            cursor: Cursor for pagination."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/events/list",
                query={
                    "root_workflow_exec_id": root_workflow_exec_id,
                    "workflow_exec_id": workflow_exec_id,
                    "workflow_run_id": workflow_run_id,
                    "limit": limit,
                    "cursor": cursor,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkflowEventResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workflow_events_async(
        self,
        *,
        root_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_run_id: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListWorkflowEventResponse:
        """Get Workflow Events

        `get_workflow_events` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncEvents(await self._core.async_twin()).get_workflow_events(
            root_workflow_exec_id=root_workflow_exec_id,
            workflow_exec_id=workflow_exec_id,
            workflow_run_id=workflow_run_id,
            limit=limit,
            cursor=cursor,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEvents:
    """Events API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_stream_events(
        self,
        *,
        scope: _m.GetStreamEventsScope | str | None | _rt.Unset = _rt.UNSET,
        activity_name: str | None | _rt.Unset = _rt.UNSET,
        activity_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        root_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        parent_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        stream: str | None | _rt.Unset = _rt.UNSET,
        start_seq: int | None | _rt.Unset = _rt.UNSET,
        metadata_filters: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        workflow_event_types: (
            Sequence[_m.WorkflowEventType | str] | None | _rt.Unset
        ) = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.GetStreamEventsV1WorkflowsEventsStreamGetResponse]:
        """Get Stream Events

        Streams the response as server-sent events; iterate the returned stream for chunks.
        """
        return await self._core.stream(
            _rt.Request(
                "GET",
                "/v1/workflows/events/stream",
                query={
                    "scope": scope,
                    "activity_name": activity_name,
                    "activity_id": activity_id,
                    "workflow_name": workflow_name,
                    "workflow_exec_id": workflow_exec_id,
                    "root_workflow_exec_id": root_workflow_exec_id,
                    "parent_workflow_exec_id": parent_workflow_exec_id,
                    "stream": stream,
                    "start_seq": start_seq,
                    "metadata_filters": metadata_filters,
                    "workflow_event_types": workflow_event_types,
                },
                headers={"last-event-id": last_event_id},
            ),
            _m.GetStreamEventsV1WorkflowsEventsStreamGetResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_exec_id: str | None | _rt.Unset = _rt.UNSET,
        workflow_run_id: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListWorkflowEventResponse:
        """Get Workflow Events

        Args:
            root_workflow_exec_id: Execution ID of the root workflow that initiated this
                execution chain.
            workflow_exec_id: Execution ID of the workflow that emitted this event.
            workflow_run_id: Run ID of the workflow that emitted this event.
            limit: Maximum number of events to return.
            cursor: Cursor for pagination."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/events/list",
                query={
                    "root_workflow_exec_id": root_workflow_exec_id,
                    "workflow_exec_id": workflow_exec_id,
                    "workflow_run_id": workflow_run_id,
                    "limit": limit,
                    "cursor": cursor,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkflowEventResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
