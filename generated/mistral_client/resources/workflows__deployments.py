"""The `workflows.deployments` operations: Workflows API - deployments.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncWorkflowsDeployments", "WorkflowsDeployments"]


class WorkflowsDeployments:
    """Workflows API - deployments."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list_deployments(
        self,
        *,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        is_hardened: bool | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        order_by: _m.ListDeploymentsOrderBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListDeploymentsOrder | str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        created_by: str | None | _rt.Unset = _rt.UNSET,
        owner: str | None | _rt.Unset = _rt.UNSET,
        location_types: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        repository_url: str | None | _rt.Unset = _rt.UNSET,
        dockerfile_path: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentListResponse:
        """List Deployments

        Args:
            is_hardened: Filter deployments by hardened status
            search: Filter deployments by name or ID prefix
            order_by: Field to sort by. When omitted, active and managed deployments are
                grouped first, then sorted by created_at. When set, results are sorted
                purely by the specified field with no grouping.
            order: Sort direction. Applied to order_by when set, or within each activity
                group when omitted.
            limit: Maximum number of deployments to return
            cursor: Cursor from a previous response for pagination
            workspace_id: Workspace ID to scope the request to. Defaults to the caller's
                context."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/deployments",
                query={
                    "active_only": active_only,
                    "is_hardened": is_hardened,
                    "workflow_name": workflow_name,
                    "search": search,
                    "order_by": order_by,
                    "order": order,
                    "limit": limit,
                    "cursor": cursor,
                    "workspace_id": workspace_id,
                    "created_by": created_by,
                    "owner": owner,
                    "location_types": location_types,
                    "repository_url": repository_url,
                    "dockerfile_path": dockerfile_path,
                },
            ),
            {"200": _rt.Returns("json", _m.DeploymentListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_deployments_async(
        self,
        *,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        is_hardened: bool | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        order_by: _m.ListDeploymentsOrderBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListDeploymentsOrder | str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        created_by: str | None | _rt.Unset = _rt.UNSET,
        owner: str | None | _rt.Unset = _rt.UNSET,
        location_types: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        repository_url: str | None | _rt.Unset = _rt.UNSET,
        dockerfile_path: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentListResponse:
        """List Deployments

        `list_deployments` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).list_deployments(
            active_only=active_only,
            is_hardened=is_hardened,
            workflow_name=workflow_name,
            search=search,
            order_by=order_by,
            order=order,
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            created_by=created_by,
            owner=owner,
            location_types=location_types,
            repository_url=repository_url,
            dockerfile_path=dockerfile_path,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_deployment(
        self,
        *,
        name: str,
        spec: _m.DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: (
            _m.DeploymentResourceConfig | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        hardened: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Create Deployment"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/deployments",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "spec": spec,
                        "resources": resources,
                        "hardened": hardened,
                    }
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_deployment_async(
        self,
        *,
        name: str,
        spec: _m.DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: (
            _m.DeploymentResourceConfig | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        hardened: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Create Deployment

        `create_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).create_deployment(
            name=name,
            spec=spec,
            resources=resources,
            hardened=hardened,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_deployment(
        self,
        *,
        name: str,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentDetailResponse:
        """Get Deployment

        Args:
            workflow_name: Scope serving status to this workflow"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/workflows/deployments/{name}", {"name": name}),
                query={"workflow_name": workflow_name},
            ),
            {"200": _rt.Returns("json", _m.DeploymentDetailResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_deployment_async(
        self,
        *,
        name: str,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentDetailResponse:
        """Get Deployment

        `get_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).get_deployment(
            name=name,
            workflow_name=workflow_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Delete Deployment"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/workflows/deployments/{name}", {"name": name}),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_deployment_async(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Delete Deployment

        `delete_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).delete_deployment(
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_deployment(
        self,
        *,
        name: str,
        spec: (
            _m.WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        resources: (
            _m.DeploymentResourceConfigUpdate | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Update Deployment"""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/workflows/deployments/{name}", {"name": name}),
                json=_rt.encode_json({"spec": spec, "resources": resources}),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_deployment_async(
        self,
        *,
        name: str,
        spec: (
            _m.WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        resources: (
            _m.DeploymentResourceConfigUpdate | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Update Deployment

        `update_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).update_deployment(
            name=name,
            spec=spec,
            resources=resources,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stop_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Stop Deployment"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/stop", {"name": name}
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def stop_deployment_async(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Stop Deployment

        `stop_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).stop_deployment(
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def start_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Start Deployment"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/start", {"name": name}
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def start_deployment_async(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Start Deployment

        `start_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).start_deployment(
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restart_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Restart Deployment"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/restart", {"name": name}
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def restart_deployment_async(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Restart Deployment

        `restart_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).restart_deployment(
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_deployment_workers(
        self,
        *,
        name: str,
        worker_status: (
            _m.ListDeploymentWorkersWorkerStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentWorkerListResponse:
        """List Deployment Workers

        Args:
            worker_status: Filter by worker activity. active=only active, inactive=only
                inactive, None=no filter
            limit: Maximum number of workers to return
            cursor: Cursor from a previous response's `next_cursor`. Resend
                `worker_status` unchanged alongside it."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/workers", {"name": name}
                ),
                query={
                    "worker_status": worker_status,
                    "limit": limit,
                    "cursor": cursor,
                },
            ),
            {"200": _rt.Returns("json", _m.DeploymentWorkerListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_deployment_workers_async(
        self,
        *,
        name: str,
        worker_status: (
            _m.ListDeploymentWorkersWorkerStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentWorkerListResponse:
        """List Deployment Workers

        `list_deployment_workers` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).list_deployment_workers(
            name=name,
            worker_status=worker_status,
            limit=limit,
            cursor=cursor,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_deployment_logs(
        self,
        *,
        name: str,
        worker_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        order: _m.GetDeploymentLogsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        log_type: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentLogSearchResponse:
        """Get Deployment Logs

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order;
        for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            worker_name: Filter logs by worker name
            workflow_name: Filter logs by workflow name
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
                    "/v1/workflows/deployments/{name}/logs", {"name": name}
                ),
                query={
                    "worker_name": worker_name,
                    "workflow_name": workflow_name,
                    "after": after,
                    "before": before,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "log_type": log_type,
                },
            ),
            {"200": _rt.Returns("json", _m.DeploymentLogSearchResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        order: _m.GetDeploymentLogsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        log_type: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentLogSearchResponse:
        """Get Deployment Logs

        `get_deployment_logs` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).get_deployment_logs(
            name=name,
            worker_name=worker_name,
            workflow_name=workflow_name,
            after=after,
            before=before,
            order=order,
            cursor=cursor,
            limit=limit,
            log_type=log_type,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        last_event_id_: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.StreamDeploymentLogsResponse]:
        """Stream Deployment Logs

        Stream logs for a deployment (all of its workers) via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param
        (header wins)
        and takes precedence over `after`; omit all to tail from the deployment start.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            worker_name: Filter logs by worker name
            workflow_name: Filter logs by workflow name
            after: Start a fresh stream at this timestamp (ignored when resuming via
                last_event_id)
            last_event_id: Resume from this cursor (a prior response's SSE id)
            last_event_id_: Resume from this cursor (a prior response's SSE id). Takes
                precedence over the query parameter."""
        return self._core.stream(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/logs/stream", {"name": name}
                ),
                query={
                    "worker_name": worker_name,
                    "workflow_name": workflow_name,
                    "after": after,
                    "last_event_id": last_event_id,
                },
                headers={"Last-Event-ID": last_event_id_},
            ),
            _m.StreamDeploymentLogsResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def stream_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        last_event_id_: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.StreamDeploymentLogsResponse]:
        """Stream Deployment Logs

        `stream_deployment_logs` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncWorkflowsDeployments(
            await self._core.async_twin()
        ).stream_deployment_logs(
            name=name,
            worker_name=worker_name,
            workflow_name=workflow_name,
            after=after,
            last_event_id=last_event_id,
            last_event_id_=last_event_id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWorkflowsDeployments:
    """Workflows API - deployments."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list_deployments(
        self,
        *,
        active_only: bool | None | _rt.Unset = _rt.UNSET,
        is_hardened: bool | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        order_by: _m.ListDeploymentsOrderBy1 | str | None | _rt.Unset = _rt.UNSET,
        order: _m.ListDeploymentsOrder | str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        created_by: str | None | _rt.Unset = _rt.UNSET,
        owner: str | None | _rt.Unset = _rt.UNSET,
        location_types: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        repository_url: str | None | _rt.Unset = _rt.UNSET,
        dockerfile_path: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentListResponse:
        """List Deployments

        Args:
            is_hardened: Filter deployments by hardened status
            search: Filter deployments by name or ID prefix
            order_by: Field to sort by. When omitted, active and managed deployments are
                grouped first, then sorted by created_at. When set, results are sorted
                purely by the specified field with no grouping.
            order: Sort direction. Applied to order_by when set, or within each activity
                group when omitted.
            limit: Maximum number of deployments to return
            cursor: Cursor from a previous response for pagination
            workspace_id: Workspace ID to scope the request to. Defaults to the caller's
                context."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/workflows/deployments",
                query={
                    "active_only": active_only,
                    "is_hardened": is_hardened,
                    "workflow_name": workflow_name,
                    "search": search,
                    "order_by": order_by,
                    "order": order,
                    "limit": limit,
                    "cursor": cursor,
                    "workspace_id": workspace_id,
                    "created_by": created_by,
                    "owner": owner,
                    "location_types": location_types,
                    "repository_url": repository_url,
                    "dockerfile_path": dockerfile_path,
                },
            ),
            {"200": _rt.Returns("json", _m.DeploymentListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_deployment(
        self,
        *,
        name: str,
        spec: _m.DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: (
            _m.DeploymentResourceConfig | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        hardened: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Create Deployment"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/workflows/deployments",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "spec": spec,
                        "resources": resources,
                        "hardened": hardened,
                    }
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_deployment(
        self,
        *,
        name: str,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentDetailResponse:
        """Get Deployment

        Args:
            workflow_name: Scope serving status to this workflow"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/workflows/deployments/{name}", {"name": name}),
                query={"workflow_name": workflow_name},
            ),
            {"200": _rt.Returns("json", _m.DeploymentDetailResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Delete Deployment"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/workflows/deployments/{name}", {"name": name}),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_deployment(
        self,
        *,
        name: str,
        spec: (
            _m.WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        resources: (
            _m.DeploymentResourceConfigUpdate | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Update Deployment"""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/workflows/deployments/{name}", {"name": name}),
                json=_rt.encode_json({"spec": spec, "resources": resources}),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def stop_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Stop Deployment"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/stop", {"name": name}
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def start_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Start Deployment"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/start", {"name": name}
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def restart_deployment(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ManagedDeploymentResponse:
        """Restart Deployment"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/restart", {"name": name}
                ),
            ),
            {"202": _rt.Returns("json", _m.ManagedDeploymentResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_deployment_workers(
        self,
        *,
        name: str,
        worker_status: (
            _m.ListDeploymentWorkersWorkerStatus1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentWorkerListResponse:
        """List Deployment Workers

        Args:
            worker_status: Filter by worker activity. active=only active, inactive=only
                inactive, None=no filter
            limit: Maximum number of workers to return
            cursor: Cursor from a previous response's `next_cursor`. Resend
                `worker_status` unchanged alongside it."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/workers", {"name": name}
                ),
                query={
                    "worker_status": worker_status,
                    "limit": limit,
                    "cursor": cursor,
                },
            ),
            {"200": _rt.Returns("json", _m.DeploymentWorkerListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_deployment_logs(
        self,
        *,
        name: str,
        worker_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        order: _m.GetDeploymentLogsOrder | str | None | _rt.Unset = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        log_type: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeploymentLogSearchResponse:
        """Get Deployment Logs

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order;
        for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            worker_name: Filter logs by worker name
            workflow_name: Filter logs by workflow name
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
                    "/v1/workflows/deployments/{name}/logs", {"name": name}
                ),
                query={
                    "worker_name": worker_name,
                    "workflow_name": workflow_name,
                    "after": after,
                    "before": before,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "log_type": log_type,
                },
            ),
            {"200": _rt.Returns("json", _m.DeploymentLogSearchResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: str | None | _rt.Unset = _rt.UNSET,
        workflow_name: str | None | _rt.Unset = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        last_event_id: str | None | _rt.Unset = _rt.UNSET,
        last_event_id_: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.StreamDeploymentLogsResponse]:
        """Stream Deployment Logs

        Stream logs for a deployment (all of its workers) via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param
        (header wins)
        and takes precedence over `after`; omit all to tail from the deployment start.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            worker_name: Filter logs by worker name
            workflow_name: Filter logs by workflow name
            after: Start a fresh stream at this timestamp (ignored when resuming via
                last_event_id)
            last_event_id: Resume from this cursor (a prior response's SSE id)
            last_event_id_: Resume from this cursor (a prior response's SSE id). Takes
                precedence over the query parameter."""
        return await self._core.stream(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/workflows/deployments/{name}/logs/stream", {"name": name}
                ),
                query={
                    "worker_name": worker_name,
                    "workflow_name": workflow_name,
                    "after": after,
                    "last_event_id": last_event_id,
                },
                headers={"Last-Event-ID": last_event_id_},
            ),
            _m.StreamDeploymentLogsResponse.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )
