"""The `beta.admin.vibe_code_analytics` operations: Admin usage analytics for Vibe Code.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminVibeCodeAnalytics", "BetaAdminVibeCodeAnalytics"]


class BetaAdminVibeCodeAnalytics:
    """Admin usage analytics for Vibe Code."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_workspace_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkspaceStatsOUT:
        """Usage by workspace

        Get Vibe Code usage for a Workspace.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds.
            workspace_id: Workspace ID to filter results."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/code/usage/by_workspace",
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "workspace_id": workspace_id,
                },
            ),
            {"200": _rt.Returns("json", _m.VibeWorkspaceStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workspace_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkspaceStatsOUT:
        """Usage by workspace

        `get_workspace_stats` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminVibeCodeAnalytics(
            await self._core.async_twin()
        ).get_workspace_stats(
            start_time=start_time,
            end_time=end_time,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_organization_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeOrganizationStatsOUT:
        """Usage by organization

        Get Vibe Code usage for the Organization.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/code/usage/by_organization",
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.VibeOrganizationStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_organization_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeOrganizationStatsOUT:
        """Usage by organization

        `get_organization_stats` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminVibeCodeAnalytics(
            await self._core.async_twin()
        ).get_organization_stats(
            start_time=start_time,
            end_time=end_time,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminVibeCodeAnalytics:
    """Admin usage analytics for Vibe Code."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_workspace_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkspaceStatsOUT:
        """Usage by workspace

        Get Vibe Code usage for a Workspace.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds.
            workspace_id: Workspace ID to filter results."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/code/usage/by_workspace",
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "workspace_id": workspace_id,
                },
            ),
            {"200": _rt.Returns("json", _m.VibeWorkspaceStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_organization_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeOrganizationStatsOUT:
        """Usage by organization

        Get Vibe Code usage for the Organization.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/code/usage/by_organization",
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.VibeOrganizationStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
