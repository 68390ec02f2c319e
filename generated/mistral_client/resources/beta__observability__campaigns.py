"""The `beta.observability.campaigns` operations: (beta) Observability API - campaigns.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaObservabilityCampaigns", "BetaObservabilityCampaigns"]


class BetaObservabilityCampaigns:
    """(beta) Observability API - campaigns."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListCampaignsResponse:
        """Get all campaigns"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/observability/campaigns",
                query={"page_size": page_size, "page": page, "q": q},
            ),
            {"200": _rt.Returns("json", _m.ListCampaignsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
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
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListCampaignsResponse:
        """Get all campaigns

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityCampaigns(
            await self._core.async_twin()
        ).list(
            page_size=page_size,
            page=page,
            q=q,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Campaign:
        """Create and start a new campaign"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/campaigns",
                json=_rt.encode_json(
                    {
                        "search_params": search_params,
                        "judge_id": judge_id,
                        "name": name,
                        "description": description,
                        "max_nb_events": max_nb_events,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.Campaign.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_async(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Campaign:
        """Create and start a new campaign

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityCampaigns(
            await self._core.async_twin()
        ).create(
            search_params=search_params,
            judge_id=judge_id,
            name=name,
            description=description,
            max_nb_events=max_nb_events,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Campaign:
        """Get campaign by id"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}",
                    {"campaign_id": campaign_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.Campaign.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_async(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Campaign:
        """Get campaign by id

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityCampaigns(await self._core.async_twin()).get(
            campaign_id=campaign_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a campaign"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}",
                    {"campaign_id": campaign_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_async(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a campaign

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityCampaigns(
            await self._core.async_twin()
        ).delete(
            campaign_id=campaign_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_status_by_id(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchCampaignStatusResponse:
        """Get campaign status by campaign id"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}/status",
                    {"campaign_id": campaign_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.FetchCampaignStatusResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_status_by_id_async(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchCampaignStatusResponse:
        """Get campaign status by campaign id

        `get_status_by_id` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityCampaigns(
            await self._core.async_twin()
        ).get_status_by_id(
            campaign_id=campaign_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_selected_events(
        self,
        *,
        campaign_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}/selected-events",
                    {"campaign_id": campaign_id},
                ),
                query={"page_size": page_size, "page": page},
            ),
            {
                "200": _rt.Returns(
                    "json", _m.ListCampaignSelectedEventsResponse.from_dict
                )
            },
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_selected_events_async(
        self,
        *,
        campaign_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign

        `get_selected_events` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityCampaigns(
            await self._core.async_twin()
        ).get_selected_events(
            campaign_id=campaign_id,
            page_size=page_size,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityCampaigns:
    """(beta) Observability API - campaigns."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListCampaignsResponse:
        """Get all campaigns"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/observability/campaigns",
                query={"page_size": page_size, "page": page, "q": q},
            ),
            {"200": _rt.Returns("json", _m.ListCampaignsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create(
        self,
        *,
        search_params: _m.FilterPayload | Mapping[str, Any],
        judge_id: str,
        name: str,
        description: str,
        max_nb_events: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Campaign:
        """Create and start a new campaign"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/campaigns",
                json=_rt.encode_json(
                    {
                        "search_params": search_params,
                        "judge_id": judge_id,
                        "name": name,
                        "description": description,
                        "max_nb_events": max_nb_events,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.Campaign.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Campaign:
        """Get campaign by id"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}",
                    {"campaign_id": campaign_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.Campaign.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a campaign"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}",
                    {"campaign_id": campaign_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_status_by_id(
        self,
        *,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FetchCampaignStatusResponse:
        """Get campaign status by campaign id"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}/status",
                    {"campaign_id": campaign_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.FetchCampaignStatusResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_selected_events(
        self,
        *,
        campaign_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/campaigns/{campaign_id}/selected-events",
                    {"campaign_id": campaign_id},
                ),
                query={"page_size": page_size, "page": page},
            ),
            {
                "200": _rt.Returns(
                    "json", _m.ListCampaignSelectedEventsResponse.from_dict
                )
            },
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
