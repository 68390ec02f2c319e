"""The `beta.admin.billing` operations: (beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminBilling", "BetaAdminBilling"]


class BetaAdminBilling:
    """(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def rate_limits_get_rate_limits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RateLimitsOUT:
        """Get Rate Limits"""
        return self._core.request(
            _rt.Request("GET", "/v1/admin/rate-limit"),
            {"200": _rt.Returns("json", _m.RateLimitsOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def rate_limits_get_rate_limits_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RateLimitsOUT:
        """Get Rate Limits

        `rate_limits_get_rate_limits` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminBilling(
            await self._core.async_twin()
        ).rate_limits_get_rate_limits(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def spend_limits_get_spend_limits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.LimitsOUT:
        """Get Spend Limits

        Get usage, rate, and job limits for the Organization."""
        return self._core.request(
            _rt.Request("GET", "/v1/admin/spend-limit"),
            {"200": _rt.Returns("json", _m.LimitsOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def spend_limits_get_spend_limits_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.LimitsOUT:
        """Get Spend Limits

        `spend_limits_get_spend_limits` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminBilling(
            await self._core.async_twin()
        ).spend_limits_get_spend_limits(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def spend_limits_update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.LimitsOUT:
        """Update Spend Limits

        Update the Organization usage limit.

        Args:
            amount: New monthly usage limit amount.
            no_monthly_limit: Whether to remove the monthly usage limit."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/spend-limit",
                json=_rt.encode_json(
                    {"amount": amount, "no_monthly_limit": no_monthly_limit}
                ),
            ),
            {"200": _rt.Returns("json", _m.LimitsOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def spend_limits_update_spend_limits_async(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.LimitsOUT:
        """Update Spend Limits

        `spend_limits_update_spend_limits` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminBilling(
            await self._core.async_twin()
        ).spend_limits_update_spend_limits(
            amount=amount,
            no_monthly_limit=no_monthly_limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_usage(
        self,
        *,
        month: str | None | _rt.Unset = _rt.UNSET,
        year: str | None | _rt.Unset = _rt.UNSET,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        api_zone: _m.ApiZone | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UsageOUTJSON:
        """Get Usage

        Get usage and cost data for the Organization.

        Args:
            month: Month to return usage for.
            year: Year to return usage for.
            workspace_id: Workspace ID to filter results.
            api_zone: Regional inference zone to filter results."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/usage",
                query={
                    "month": month,
                    "year": year,
                    "workspace_id": workspace_id,
                    "api_zone": api_zone,
                },
            ),
            {"200": _rt.Returns("json", _m.UsageOUTJSON.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_usage_async(
        self,
        *,
        month: str | None | _rt.Unset = _rt.UNSET,
        year: str | None | _rt.Unset = _rt.UNSET,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        api_zone: _m.ApiZone | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UsageOUTJSON:
        """Get Usage

        `get_usage` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminBilling(await self._core.async_twin()).get_usage(
            month=month,
            year=year,
            workspace_id=workspace_id,
            api_zone=api_zone,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminBilling:
    """(beta) Admin API - manage spend limits, rate limits and roles. Requires an admin API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def rate_limits_get_rate_limits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RateLimitsOUT:
        """Get Rate Limits"""
        return await self._core.request(
            _rt.Request("GET", "/v1/admin/rate-limit"),
            {"200": _rt.Returns("json", _m.RateLimitsOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def spend_limits_get_spend_limits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.LimitsOUT:
        """Get Spend Limits

        Get usage, rate, and job limits for the Organization."""
        return await self._core.request(
            _rt.Request("GET", "/v1/admin/spend-limit"),
            {"200": _rt.Returns("json", _m.LimitsOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def spend_limits_update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.LimitsOUT:
        """Update Spend Limits

        Update the Organization usage limit.

        Args:
            amount: New monthly usage limit amount.
            no_monthly_limit: Whether to remove the monthly usage limit."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/spend-limit",
                json=_rt.encode_json(
                    {"amount": amount, "no_monthly_limit": no_monthly_limit}
                ),
            ),
            {"200": _rt.Returns("json", _m.LimitsOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_usage(
        self,
        *,
        month: str | None | _rt.Unset = _rt.UNSET,
        year: str | None | _rt.Unset = _rt.UNSET,
        workspace_id: str | None | _rt.Unset = _rt.UNSET,
        api_zone: _m.ApiZone | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UsageOUTJSON:
        """Get Usage

        Get usage and cost data for the Organization.

        Args:
            month: Month to return usage for.
            year: Year to return usage for.
            workspace_id: Workspace ID to filter results.
            api_zone: Regional inference zone to filter results."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/usage",
                query={
                    "month": month,
                    "year": year,
                    "workspace_id": workspace_id,
                    "api_zone": api_zone,
                },
            ),
            {"200": _rt.Returns("json", _m.UsageOUTJSON.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
