"""The `beta.rag.ingestion_pipeline_configurations` operations: (beta) RAG API - ingestion pipeline configurations.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import builtins
import datetime as _dt
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = [
    "AsyncBetaRagIngestionPipelineConfigurations",
    "BetaRagIngestionPipelineConfigurations",
]


class BetaRagIngestionPipelineConfigurations:
    """(beta) RAG API - ingestion pipeline configurations."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations

        For the current workspace, lists all of the registered ingestion pipeline
        configurations."""
        return self._core.request(
            _rt.Request("GET", "/v1/rag/ingestion_pipeline_configurations"),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m.IngestionPipelineConfiguration.from_dict(v0) for v0 in data
                    ],
                )
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagIngestionPipelineConfigurations(
            await self._core.async_twin()
        ).list(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def register(
        self,
        *,
        name: str,
        pipeline_composition: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.IngestionPipelineConfiguration:
        """Register Config

        Register an ingestion configuration."""
        return self._core.request(
            _rt.Request(
                "PUT",
                "/v1/rag/ingestion_pipeline_configurations",
                json=_rt.encode_json(
                    {"name": name, "pipeline_composition": pipeline_composition}
                ),
            ),
            {"200": _rt.Returns("json", _m.IngestionPipelineConfiguration.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def register_async(
        self,
        *,
        name: str,
        pipeline_composition: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.IngestionPipelineConfiguration:
        """Register Config

        `register` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagIngestionPipelineConfigurations(
            await self._core.async_twin()
        ).register(
            name=name,
            pipeline_composition=pipeline_composition,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_run_info(
        self,
        *,
        id: str,
        execution_time: _dt.datetime,
        chunks_count: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.IngestionPipelineConfiguration:
        """Update Run Info"""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/rag/ingestion_pipeline_configurations/{id}/run_info",
                    {"id": id},
                ),
                json=_rt.encode_json(
                    {"execution_time": execution_time, "chunks_count": chunks_count}
                ),
            ),
            {"200": _rt.Returns("json", _m.IngestionPipelineConfiguration.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_run_info_async(
        self,
        *,
        id: str,
        execution_time: _dt.datetime,
        chunks_count: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.IngestionPipelineConfiguration:
        """Update Run Info

        `update_run_info` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaRagIngestionPipelineConfigurations(
            await self._core.async_twin()
        ).update_run_info(
            id=id,
            execution_time=execution_time,
            chunks_count=chunks_count,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaRagIngestionPipelineConfigurations:
    """(beta) RAG API - ingestion pipeline configurations."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.IngestionPipelineConfiguration]:
        """List ingestion pipeline configurations

        For the current workspace, lists all of the registered ingestion pipeline
        configurations."""
        return await self._core.request(
            _rt.Request("GET", "/v1/rag/ingestion_pipeline_configurations"),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m.IngestionPipelineConfiguration.from_dict(v0) for v0 in data
                    ],
                )
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def register(
        self,
        *,
        name: str,
        pipeline_composition: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.IngestionPipelineConfiguration:
        """Register Config

        Register an ingestion configuration."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                "/v1/rag/ingestion_pipeline_configurations",
                json=_rt.encode_json(
                    {"name": name, "pipeline_composition": pipeline_composition}
                ),
            ),
            {"200": _rt.Returns("json", _m.IngestionPipelineConfiguration.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_run_info(
        self,
        *,
        id: str,
        execution_time: _dt.datetime,
        chunks_count: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.IngestionPipelineConfiguration:
        """Update Run Info"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/rag/ingestion_pipeline_configurations/{id}/run_info",
                    {"id": id},
                ),
                json=_rt.encode_json(
                    {"execution_time": execution_time, "chunks_count": chunks_count}
                ),
            ),
            {"200": _rt.Returns("json", _m.IngestionPipelineConfiguration.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
