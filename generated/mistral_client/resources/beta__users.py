"""The `beta.users` operations: (beta) Users API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaUsers", "BetaUsers"]


class BetaUsers:
    """(beta) Users API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get_identity(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UserIdentity:
        """Get Identity"""
        return self._core.request(
            _rt.Request("GET", "/v1/users/me"),
            {"200": _rt.Returns("json", _m.UserIdentity.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_identity_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UserIdentity:
        """Get Identity

        `get_identity` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaUsers(await self._core.async_twin()).get_identity(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_organizations(
        self,
        *,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListOrganizationsResponse:
        """List Organizations

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Args:
            offset: Number of organizations to skip before returning results.
            limit: Maximum number of organizations to return."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/users/me/organizations",
                query={"offset": offset, "limit": limit},
            ),
            {"200": _rt.Returns("json", _m.ListOrganizationsResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_organizations_async(
        self,
        *,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListOrganizationsResponse:
        """List Organizations

        `list_organizations` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaUsers(await self._core.async_twin()).list_organizations(
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_organizations_pages(
        self,
        *,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[_m.UserOrganization, _m.ListOrganizationsResponse]:
        """List Organizations

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_organizations`; the pager fills in `offset` (the offset).
        """
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v1/users/me/organizations",
                query={"offset": offset, "limit": limit},
            ),
            {"200": _rt.Returns("json", _m.ListOrganizationsResponse.from_dict)},
            _rt.Paging(
                "offset",
                _m.UserOrganization.from_dict,
                results=("organizations",),
                cursor=("query", "offset"),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_organizations_pages_async(
        self,
        *,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.UserOrganization, _m.ListOrganizationsResponse]:
        """List Organizations

        `list_organizations_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v1/users/me/organizations",
                query={"offset": offset, "limit": limit},
            ),
            {"200": _rt.Returns("json", _m.ListOrganizationsResponse.from_dict)},
            _rt.Paging(
                "offset",
                _m.UserOrganization.from_dict,
                results=("organizations",),
                cursor=("query", "offset"),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_workspaces(
        self,
        *,
        organization_id: str | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListWorkspacesResponse:
        """List Workspaces

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Args:
            organization_id: Return only workspaces belonging to this organization.
            offset: Number of workspaces to skip before returning results.
            limit: Maximum number of workspaces to return."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/users/me/workspaces",
                query={
                    "organization_id": organization_id,
                    "offset": offset,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkspacesResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_workspaces_async(
        self,
        *,
        organization_id: str | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListWorkspacesResponse:
        """List Workspaces

        `list_workspaces` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaUsers(await self._core.async_twin()).list_workspaces(
            organization_id=organization_id,
            offset=offset,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_workspaces_pages(
        self,
        *,
        organization_id: str | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[_m.UserWorkspace, _m.ListWorkspacesResponse]:
        """List Workspaces

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_workspaces`; the pager fills in `offset` (the offset)."""
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v1/users/me/workspaces",
                query={
                    "organization_id": organization_id,
                    "offset": offset,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkspacesResponse.from_dict)},
            _rt.Paging(
                "offset",
                _m.UserWorkspace.from_dict,
                results=("workspaces",),
                cursor=("query", "offset"),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_workspaces_pages_async(
        self,
        *,
        organization_id: str | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.UserWorkspace, _m.ListWorkspacesResponse]:
        """List Workspaces

        `list_workspaces_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v1/users/me/workspaces",
                query={
                    "organization_id": organization_id,
                    "offset": offset,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkspacesResponse.from_dict)},
            _rt.Paging(
                "offset",
                _m.UserWorkspace.from_dict,
                results=("workspaces",),
                cursor=("query", "offset"),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncBetaUsers:
    """(beta) Users API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get_identity(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.UserIdentity:
        """Get Identity"""
        return await self._core.request(
            _rt.Request("GET", "/v1/users/me"),
            {"200": _rt.Returns("json", _m.UserIdentity.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_organizations(
        self,
        *,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListOrganizationsResponse:
        """List Organizations

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Args:
            offset: Number of organizations to skip before returning results.
            limit: Maximum number of organizations to return."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/users/me/organizations",
                query={"offset": offset, "limit": limit},
            ),
            {"200": _rt.Returns("json", _m.ListOrganizationsResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_organizations_pages(
        self,
        *,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.UserOrganization, _m.ListOrganizationsResponse]:
        """List Organizations

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_organizations`; the pager fills in `offset` (the offset).
        """
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v1/users/me/organizations",
                query={"offset": offset, "limit": limit},
            ),
            {"200": _rt.Returns("json", _m.ListOrganizationsResponse.from_dict)},
            _rt.Paging(
                "offset",
                _m.UserOrganization.from_dict,
                results=("organizations",),
                cursor=("query", "offset"),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_workspaces(
        self,
        *,
        organization_id: str | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListWorkspacesResponse:
        """List Workspaces

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Args:
            organization_id: Return only workspaces belonging to this organization.
            offset: Number of workspaces to skip before returning results.
            limit: Maximum number of workspaces to return."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/users/me/workspaces",
                query={
                    "organization_id": organization_id,
                    "offset": offset,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkspacesResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_workspaces_pages(
        self,
        *,
        organization_id: str | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.UserWorkspace, _m.ListWorkspacesResponse]:
        """List Workspaces

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_workspaces`; the pager fills in `offset` (the offset)."""
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v1/users/me/workspaces",
                query={
                    "organization_id": organization_id,
                    "offset": offset,
                    "limit": limit,
                },
            ),
            {"200": _rt.Returns("json", _m.ListWorkspacesResponse.from_dict)},
            _rt.Paging(
                "offset",
                _m.UserWorkspace.from_dict,
                results=("workspaces",),
                cursor=("query", "offset"),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
