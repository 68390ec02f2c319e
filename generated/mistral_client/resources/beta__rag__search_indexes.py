"""The `beta.rag.search_indexes` operations: (beta) RAG API - search indexes.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaRagSearchIndexes", "BetaRagSearchIndexes"]


class BetaRagSearchIndexes:
    """(beta) RAG API - search indexes."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_deployment_summaries(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetDeploymentSummariesResponse:
        """Get Deployment Summaries

        Fetch all indexes available to a user"""
        return self._core.request(
            _rt.Request("GET", "/v1/rag/deployments"),
            {"200": _rt.Returns("json", _m.GetDeploymentSummariesResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_deployment_summaries_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetDeploymentSummariesResponse:
        """Get Deployment Summaries

        `get_deployment_summaries` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagSearchIndexes(
            await self._core.async_twin()
        ).get_deployment_summaries(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def register_deployment(
        self,
        *,
        name: str,
        deployment: _m.RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: (
            _m.RegisterDeploymentRequestDeploymentStatus | str | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index"""
        return self._core.request(
            _rt.Request(
                "PUT",
                "/v1/rag/deployments",
                json=_rt.encode_json(
                    {"name": name, "status": status, "deployment": deployment}
                ),
            ),
            {"200": _rt.Returns("json", _m.RegisterSearchIndexResponseIndex.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def register_deployment_async(
        self,
        *,
        name: str,
        deployment: _m.RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: (
            _m.RegisterDeploymentRequestDeploymentStatus | str | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index

        `register_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagSearchIndexes(
            await self._core.async_twin()
        ).register_deployment(
            name=name,
            deployment=deployment,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unregister_deployment(
        self,
        *,
        deployment_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Unregister Deployment

        Delete all information about a deployment"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/rag/deployments/{deployment_id}",
                    {"deployment_id": deployment_id},
                ),
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

    async def unregister_deployment_async(
        self,
        *,
        deployment_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Unregister Deployment

        `unregister_deployment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagSearchIndexes(
            await self._core.async_twin()
        ).unregister_deployment(
            deployment_id=deployment_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_index_metrics(
        self,
        *,
        deployment_id: str,
        request_body: (
            _m.UpdateMetricsRequestDeploymentMetricsOnline
            | _m.UpdateMetricsRequestDeploymentMetricsOffline
            | Mapping[str, Any]
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Update Index Metrics

        Update the metrics for a given index"""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/rag/deployments/{deployment_id}/metrics",
                    {"deployment_id": deployment_id},
                ),
                json=_rt.encode_json(request_body),
            ),
            {"200": _rt.Returns("json", _rt.identity)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_index_metrics_async(
        self,
        *,
        deployment_id: str,
        request_body: (
            _m.UpdateMetricsRequestDeploymentMetricsOnline
            | _m.UpdateMetricsRequestDeploymentMetricsOffline
            | Mapping[str, Any]
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Update Index Metrics

        `update_index_metrics` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagSearchIndexes(
            await self._core.async_twin()
        ).update_index_metrics(
            deployment_id=deployment_id,
            request_body=request_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaRagSearchIndexes:
    """(beta) RAG API - search indexes."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_deployment_summaries(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetDeploymentSummariesResponse:
        """Get Deployment Summaries

        Fetch all indexes available to a user"""
        return await self._core.request(
            _rt.Request("GET", "/v1/rag/deployments"),
            {"200": _rt.Returns("json", _m.GetDeploymentSummariesResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def register_deployment(
        self,
        *,
        name: str,
        deployment: _m.RegisterDeploymentRequestVespaDeployment | Mapping[str, Any],
        status: (
            _m.RegisterDeploymentRequestDeploymentStatus | str | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RegisterSearchIndexResponseIndex:
        """Register (or re-register) a search index"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                "/v1/rag/deployments",
                json=_rt.encode_json(
                    {"name": name, "status": status, "deployment": deployment}
                ),
            ),
            {"200": _rt.Returns("json", _m.RegisterSearchIndexResponseIndex.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unregister_deployment(
        self,
        *,
        deployment_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Unregister Deployment

        Delete all information about a deployment"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/rag/deployments/{deployment_id}",
                    {"deployment_id": deployment_id},
                ),
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

    async def update_index_metrics(
        self,
        *,
        deployment_id: str,
        request_body: (
            _m.UpdateMetricsRequestDeploymentMetricsOnline
            | _m.UpdateMetricsRequestDeploymentMetricsOffline
            | Mapping[str, Any]
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> Any:
        """Update Index Metrics

        Update the metrics for a given index"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/rag/deployments/{deployment_id}/metrics",
                    {"deployment_id": deployment_id},
                ),
                json=_rt.encode_json(request_body),
            ),
            {"200": _rt.Returns("json", _rt.identity)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
