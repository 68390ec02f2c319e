"""The `beta.admin.users` operations: (beta) Admin API - manage users. Requires an admin API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminUsers", "BetaAdminUsers"]


class BetaAdminUsers:
    """(beta) Admin API - manage users. Requires an admin API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        email: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationAdminUsersOUT:
        """Get Users

        List Organization members and pending invitations.

        Args:
            page: Page number to return.
            page_size: Maximum number of results per page.
            email: Email address to filter users and invitations."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/users",
                query={"page": page, "page_size": page_size, "email": email},
            ),
            {"200": _rt.Returns("json", _m.OrganizationAdminUsersOUT.from_dict)},
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
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        email: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationAdminUsersOUT:
        """Get Users

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).list(
            page=page,
            page_size=page_size,
            email=email,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        body: Sequence[_m.OrganizationMemberCreate | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationUsersCreateOUT:
        """Create Users

        Create Organization members."""
        return self._core.request(
            _rt.Request("POST", "/v1/admin/users", json=_rt.encode_json(body)),
            {"200": _rt.Returns("json", _m.OrganizationUsersCreateOUT.from_dict)},
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
        body: Sequence[_m.OrganizationMemberCreate | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationUsersCreateOUT:
        """Create Users

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).create(
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_invite(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.OrganizationUserInviteOUT]:
        """Get Invite

        List pending Organization invitations."""
        return self._core.request(
            _rt.Request("GET", "/v1/admin/users-invite"),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m.OrganizationUserInviteOUT.from_dict(v0) for v0 in data
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

    async def get_invite_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.OrganizationUserInviteOUT]:
        """Get Invite

        `get_invite` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).get_invite(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def invite(
        self,
        *,
        email: str,
        role_names: (
            Sequence[_m.OrganizationInviteINRoleNames1Item | str] | None | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.UserRole | str]
            | Sequence[_m.StaticOrganizationRoles | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role_name: (
            _m.OrganizationInviteINRoleName1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.UserRole | str | _m.StaticOrganizationRoles | None | _rt.Unset
        ) = _rt.UNSET,
        subscription_type: _m.PlanType | str | None | _rt.Unset = _rt.UNSET,
        subscription_types: Sequence[_m.PlanType | str] | None | _rt.Unset = _rt.UNSET,
        subscription_seat_automatic_granting: bool | _rt.Unset = _rt.UNSET,
        email_language: (
            _m.OrganizationInviteINEmailLanguage1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        workspace_uuids: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationInvitesCreateOUT:
        """Invite Users

        Invite users to the Organization.

        Args:
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role_name: Deprecated single role name, kept for backward compatibility.
                Mutually exclusive with 'role'.
            role: Deprecated legacy single role value, kept for backward compatibility.
                Mutually exclusive with 'role_name'.
            email: Email address, comma-separated emails, or newline-separated emails to
                invite.
            subscription_type: Deprecated single product seat to assign.
            subscription_types: Product seats to assign to invited users.
            subscription_seat_automatic_granting: Whether to grant subscription seats
                automatically.
            email_language: Language used for invitation emails.
            workspace_uuids: Workspace IDs the invited users should join."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/users-invite",
                json=_rt.encode_json(
                    {
                        "role_names": role_names,
                        "roles": roles,
                        "role_name": role_name,
                        "role": role,
                        "email": email,
                        "subscription_type": subscription_type,
                        "subscription_types": subscription_types,
                        "subscription_seat_automatic_granting": subscription_seat_automatic_granting,
                        "email_language": email_language,
                        "workspace_uuids": workspace_uuids,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.OrganizationInvitesCreateOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def invite_async(
        self,
        *,
        email: str,
        role_names: (
            Sequence[_m.OrganizationInviteINRoleNames1Item | str] | None | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.UserRole | str]
            | Sequence[_m.StaticOrganizationRoles | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role_name: (
            _m.OrganizationInviteINRoleName1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.UserRole | str | _m.StaticOrganizationRoles | None | _rt.Unset
        ) = _rt.UNSET,
        subscription_type: _m.PlanType | str | None | _rt.Unset = _rt.UNSET,
        subscription_types: Sequence[_m.PlanType | str] | None | _rt.Unset = _rt.UNSET,
        subscription_seat_automatic_granting: bool | _rt.Unset = _rt.UNSET,
        email_language: (
            _m.OrganizationInviteINEmailLanguage1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        workspace_uuids: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationInvitesCreateOUT:
        """Invite Users

        `invite` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).invite(
            email=email,
            role_names=role_names,
            roles=roles,
            role_name=role_name,
            role=role,
            subscription_type=subscription_type,
            subscription_types=subscription_types,
            subscription_seat_automatic_granting=subscription_seat_automatic_granting,
            email_language=email_language,
            workspace_uuids=workspace_uuids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_invite(
        self,
        *,
        invite_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteOUT:
        """Delete Invite

        Args:
            invite_uuid: Organization invitation ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/users-invite/{invite_uuid}", {"invite_uuid": invite_uuid}
                ),
            ),
            {"200": _rt.Returns("json", _m.DeleteOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_invite_async(
        self,
        *,
        invite_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteOUT:
        """Delete Invite

        `delete_invite` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).delete_invite(
            invite_uuid=invite_uuid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserOUT:
        """Get User

        Get details for an Organization member.

        Args:
            user_id: User ID."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/admin/users/{user_id}", {"user_id": user_id}),
            ),
            {"200": _rt.Returns("json", _m.AdminUserOUT.from_dict)},
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserOUT:
        """Get User

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).get(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteOUT:
        """Delete User

        Remove a member from the Organization.

        Args:
            user_id: User ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/admin/users/{user_id}", {"user_id": user_id}),
            ),
            {"200": _rt.Returns("json", _m.DeleteOUT.from_dict)},
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteOUT:
        """Delete User

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).delete(
            user_id=user_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        user_id: str,
        role_names: (
            Sequence[_m.AdminOrganizationMemberUpdateRoleNames1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.UserRole | str]
            | Sequence[_m.StaticOrganizationRoles | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role_name: (
            _m.AdminOrganizationMemberUpdateRoleName1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.UserRole | str | _m.StaticOrganizationRoles | None | _rt.Unset
        ) = _rt.UNSET,
        subscription_types: (
            Sequence[_m.AdminOrganizationMemberUpdateSubscriptionTypes1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminOrganizationMemberOUT:
        """Update User

        Update an Organization member's roles and product seats.

        Args:
            user_id: User ID.
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role_name: Deprecated single role name, kept for backward compatibility.
                Mutually exclusive with 'role'.
            role: Deprecated legacy single role value, kept for backward compatibility.
                Mutually exclusive with 'role_name'.
            subscription_types: Product seats to assign to the member."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/admin/users/{user_id}", {"user_id": user_id}),
                json=_rt.encode_json(
                    {
                        "role_names": role_names,
                        "roles": roles,
                        "role_name": role_name,
                        "role": role,
                        "subscription_types": subscription_types,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminOrganizationMemberOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_async(
        self,
        *,
        user_id: str,
        role_names: (
            Sequence[_m.AdminOrganizationMemberUpdateRoleNames1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.UserRole | str]
            | Sequence[_m.StaticOrganizationRoles | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role_name: (
            _m.AdminOrganizationMemberUpdateRoleName1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.UserRole | str | _m.StaticOrganizationRoles | None | _rt.Unset
        ) = _rt.UNSET,
        subscription_types: (
            Sequence[_m.AdminOrganizationMemberUpdateSubscriptionTypes1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminOrganizationMemberOUT:
        """Update User

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).update(
            user_id=user_id,
            role_names=role_names,
            roles=roles,
            role_name=role_name,
            role=role,
            subscription_types=subscription_types,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_roles(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RolesOut:
        """Get Roles

        List Organization and Workspace roles."""
        return self._core.request(
            _rt.Request("GET", "/v1/admin/roles"),
            {"200": _rt.Returns("json", _m.RolesOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_roles_async(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RolesOut:
        """Get Roles

        `get_roles` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUsers(await self._core.async_twin()).get_roles(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminUsers:
    """(beta) Admin API - manage users. Requires an admin API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        email: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationAdminUsersOUT:
        """Get Users

        List Organization members and pending invitations.

        Args:
            page: Page number to return.
            page_size: Maximum number of results per page.
            email: Email address to filter users and invitations."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/users",
                query={"page": page, "page_size": page_size, "email": email},
            ),
            {"200": _rt.Returns("json", _m.OrganizationAdminUsersOUT.from_dict)},
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
        body: Sequence[_m.OrganizationMemberCreate | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationUsersCreateOUT:
        """Create Users

        Create Organization members."""
        return await self._core.request(
            _rt.Request("POST", "/v1/admin/users", json=_rt.encode_json(body)),
            {"200": _rt.Returns("json", _m.OrganizationUsersCreateOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_invite(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.OrganizationUserInviteOUT]:
        """Get Invite

        List pending Organization invitations."""
        return await self._core.request(
            _rt.Request("GET", "/v1/admin/users-invite"),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m.OrganizationUserInviteOUT.from_dict(v0) for v0 in data
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

    async def invite(
        self,
        *,
        email: str,
        role_names: (
            Sequence[_m.OrganizationInviteINRoleNames1Item | str] | None | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.UserRole | str]
            | Sequence[_m.StaticOrganizationRoles | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role_name: (
            _m.OrganizationInviteINRoleName1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.UserRole | str | _m.StaticOrganizationRoles | None | _rt.Unset
        ) = _rt.UNSET,
        subscription_type: _m.PlanType | str | None | _rt.Unset = _rt.UNSET,
        subscription_types: Sequence[_m.PlanType | str] | None | _rt.Unset = _rt.UNSET,
        subscription_seat_automatic_granting: bool | _rt.Unset = _rt.UNSET,
        email_language: (
            _m.OrganizationInviteINEmailLanguage1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        workspace_uuids: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OrganizationInvitesCreateOUT:
        """Invite Users

        Invite users to the Organization.

        Args:
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role_name: Deprecated single role name, kept for backward compatibility.
                Mutually exclusive with 'role'.
            role: Deprecated legacy single role value, kept for backward compatibility.
                Mutually exclusive with 'role_name'.
            email: Email address, comma-separated emails, or newline-separated emails to
                invite.
            subscription_type: Deprecated single product seat to assign.
            subscription_types: Product seats to assign to invited users.
            subscription_seat_automatic_granting: Whether to grant subscription seats
                automatically.
            email_language: Language used for invitation emails.
            workspace_uuids: Workspace IDs the invited users should join."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/users-invite",
                json=_rt.encode_json(
                    {
                        "role_names": role_names,
                        "roles": roles,
                        "role_name": role_name,
                        "role": role,
                        "email": email,
                        "subscription_type": subscription_type,
                        "subscription_types": subscription_types,
                        "subscription_seat_automatic_granting": subscription_seat_automatic_granting,
                        "email_language": email_language,
                        "workspace_uuids": workspace_uuids,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.OrganizationInvitesCreateOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_invite(
        self,
        *,
        invite_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteOUT:
        """Delete Invite

        Args:
            invite_uuid: Organization invitation ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/users-invite/{invite_uuid}", {"invite_uuid": invite_uuid}
                ),
            ),
            {"200": _rt.Returns("json", _m.DeleteOUT.from_dict)},
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserOUT:
        """Get User

        Get details for an Organization member.

        Args:
            user_id: User ID."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/admin/users/{user_id}", {"user_id": user_id}),
            ),
            {"200": _rt.Returns("json", _m.AdminUserOUT.from_dict)},
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
        user_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteOUT:
        """Delete User

        Remove a member from the Organization.

        Args:
            user_id: User ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/admin/users/{user_id}", {"user_id": user_id}),
            ),
            {"200": _rt.Returns("json", _m.DeleteOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update(
        self,
        *,
        user_id: str,
        role_names: (
            Sequence[_m.AdminOrganizationMemberUpdateRoleNames1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.UserRole | str]
            | Sequence[_m.StaticOrganizationRoles | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role_name: (
            _m.AdminOrganizationMemberUpdateRoleName1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.UserRole | str | _m.StaticOrganizationRoles | None | _rt.Unset
        ) = _rt.UNSET,
        subscription_types: (
            Sequence[_m.AdminOrganizationMemberUpdateSubscriptionTypes1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminOrganizationMemberOUT:
        """Update User

        Update an Organization member's roles and product seats.

        Args:
            user_id: User ID.
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role_name: Deprecated single role name, kept for backward compatibility.
                Mutually exclusive with 'role'.
            role: Deprecated legacy single role value, kept for backward compatibility.
                Mutually exclusive with 'role_name'.
            subscription_types: Product seats to assign to the member."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/admin/users/{user_id}", {"user_id": user_id}),
                json=_rt.encode_json(
                    {
                        "role_names": role_names,
                        "roles": roles,
                        "role_name": role_name,
                        "role": role,
                        "subscription_types": subscription_types,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminOrganizationMemberOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_roles(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RolesOut:
        """Get Roles

        List Organization and Workspace roles."""
        return await self._core.request(
            _rt.Request("GET", "/v1/admin/roles"),
            {"200": _rt.Returns("json", _m.RolesOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
