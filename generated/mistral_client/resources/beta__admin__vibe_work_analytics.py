"""The `beta.admin.vibe_work_analytics` operations: Admin usage analytics for Vibe Work.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminVibeWorkAnalytics", "BetaAdminVibeWorkAnalytics"]


class BetaAdminVibeWorkAnalytics:
    """Admin usage analytics for Vibe Work."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_by_user_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByUserStatsOUT:
        """Usage by user

        Get Vibe Work usage by user for a time range.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/work/usage/by_user_stats",
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.VibeWorkByUserStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_by_user_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByUserStatsOUT:
        """Usage by user

        `get_by_user_stats` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminVibeWorkAnalytics(
            await self._core.async_twin()
        ).get_by_user_stats(
            start_time=start_time,
            end_time=end_time,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_by_agent_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByAgentStatsOUT:
        """Usage by agent

        Get Vibe Work usage by agent for a time range.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/work/usage/by_agent_stats",
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.VibeWorkByAgentStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_by_agent_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByAgentStatsOUT:
        """Usage by agent

        `get_by_agent_stats` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminVibeWorkAnalytics(
            await self._core.async_twin()
        ).get_by_agent_stats(
            start_time=start_time,
            end_time=end_time,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_by_time_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: (
            _m.GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity1
            | str
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByTimeStatsOUT:
        """Usage over time

        Get Vibe Work usage over time.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds.
            granularity: Time interval used to group usage results."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/work/usage/by_time_stats",
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "granularity": granularity,
                },
            ),
            {"200": _rt.Returns("json", _m.VibeWorkByTimeStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_by_time_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: (
            _m.GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity1
            | str
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByTimeStatsOUT:
        """Usage over time

        `get_by_time_stats` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminVibeWorkAnalytics(
            await self._core.async_twin()
        ).get_by_time_stats(
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminVibeWorkAnalytics:
    """Admin usage analytics for Vibe Work."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_by_user_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByUserStatsOUT:
        """Usage by user

        Get Vibe Work usage by user for a time range.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/work/usage/by_user_stats",
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.VibeWorkByUserStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_by_agent_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByAgentStatsOUT:
        """Usage by agent

        Get Vibe Work usage by agent for a time range.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/work/usage/by_agent_stats",
                query={"start_time": start_time, "end_time": end_time},
            ),
            {"200": _rt.Returns("json", _m.VibeWorkByAgentStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_by_time_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: (
            _m.GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularity1
            | str
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VibeWorkByTimeStatsOUT:
        """Usage over time

        Get Vibe Work usage over time.

        Args:
            start_time: Start of the queried window, as a Unix timestamp in seconds.
            end_time: End of the queried window, as a Unix timestamp in seconds.
            granularity: Time interval used to group usage results."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/analytics/vibe/work/usage/by_time_stats",
                query={
                    "start_time": start_time,
                    "end_time": end_time,
                    "granularity": granularity,
                },
            ),
            {"200": _rt.Returns("json", _m.VibeWorkByTimeStatsOUT.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
