"""The `beta.admin.user_groups` operations: (beta) Admin API - manage user groups. Requires an admin API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminUserGroups", "BetaAdminUserGroups"]


class BetaAdminUserGroups:
    """(beta) Admin API - manage user groups. Requires an admin API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupsOut:
        """Get User Groups

        Get all user groups across the organization.

        Args:
            page: Page number to return.
            page_size: Maximum number of results per page.
            search: Search term used to filter user groups by name."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/user-groups",
                query={"page": page, "page_size": page_size, "search": search},
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupsOut.from_dict)},
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
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupsOut:
        """Get User Groups

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).list(
            page=page,
            page_size=page_size,
            search=search,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        description: str | None | _rt.Unset = _rt.UNSET,
        target_type: _m.UserGroupTargetType | str | None | _rt.Unset = _rt.UNSET,
        parent_group_ids: Sequence[str] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Create User Group

        Create a new user group.

        Args:
            name: Name of the user group.
            description: Optional description of the user group.
            target_type: Type of resources this group can access.
            parent_group_ids: UUIDs of existing groups to nest this new group inside.
                Omit or pass an empty list to create a top-level group."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/user-groups",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "target_type": target_type,
                        "parent_group_ids": parent_group_ids,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupOut.from_dict)},
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
        name: str,
        description: str | None | _rt.Unset = _rt.UNSET,
        target_type: _m.UserGroupTargetType | str | None | _rt.Unset = _rt.UNSET,
        parent_group_ids: Sequence[str] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Create User Group

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).create(
            name=name,
            description=description,
            target_type=target_type,
            parent_group_ids=parent_group_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def provision_to_workspace(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        workspace_role_name: (
            _m.AdminProvisionGroupToWorkspaceInWorkspaceRoleName1
            | str
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Provision Group To Workspace

        Provision all users from a user group to a workspace with a specific role.

        Args:
            user_group_uuid: User group ID to provision.
            workspace_uuid: Workspace ID where the group is provisioned.
            workspace_role: Workspace role value to assign to the group. Mutually
                exclusive with 'workspace_role_name'.
            workspace_role_name: Workspace role name to assign to the group. Mutually
                exclusive with 'workspace_role'."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/user-groups/provision-workspace",
                json=_rt.encode_json(
                    {
                        "user_group_uuid": user_group_uuid,
                        "workspace_uuid": workspace_uuid,
                        "workspace_role": workspace_role,
                        "workspace_role_name": workspace_role_name,
                    }
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def provision_to_workspace_async(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        workspace_role_name: (
            _m.AdminProvisionGroupToWorkspaceInWorkspaceRoleName1
            | str
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Provision Group To Workspace

        `provision_to_workspace` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).provision_to_workspace(
            user_group_uuid=user_group_uuid,
            workspace_uuid=workspace_uuid,
            workspace_role=workspace_role,
            workspace_role_name=workspace_role_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Get User Group

        Get a specific user group.

        Args:
            group_uuid: User group ID."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}", {"group_uuid": group_uuid}
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupOut.from_dict)},
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
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Get User Group

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).get(
            group_uuid=group_uuid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete User Group

        Delete a user group.

        Args:
            group_uuid: User group ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}", {"group_uuid": group_uuid}
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
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
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete User Group

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).delete(
            group_uuid=group_uuid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        group_uuid: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        target_type: _m.UserGroupTargetType | str | None | _rt.Unset = _rt.UNSET,
        parent_group_ids: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Update User Group

        Update a user group.

        Args:
            name: Updated name of the user group.
            description: Updated description of the user group.
            target_type: Updated permission target type for this group.
            parent_group_ids: Full replacement list of parent group UUIDs. Pass an empty
                list to remove all parents; omit the field to leave the parent groups
                unchanged."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}", {"group_uuid": group_uuid}
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "target_type": target_type,
                        "parent_group_ids": parent_group_ids,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupOut.from_dict)},
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
        group_uuid: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        target_type: _m.UserGroupTargetType | str | None | _rt.Unset = _rt.UNSET,
        parent_group_ids: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Update User Group

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).update(
            group_uuid=group_uuid,
            name=name,
            description=description,
            target_type=target_type,
            parent_group_ids=parent_group_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_members(
        self,
        *,
        group_uuid: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupMembersOut:
        """Get User Group Members

        Get members of a user group.

        Args:
            group_uuid: User group ID.
            page: Page number to return.
            page_size: Maximum number of results per page."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/members",
                    {"group_uuid": group_uuid},
                ),
                query={"page": page, "page_size": page_size},
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupMembersOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_members_async(
        self,
        *,
        group_uuid: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupMembersOut:
        """Get User Group Members

        `get_members` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).get_members(
            group_uuid=group_uuid,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def assign_to(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Assign Users To Group

        Assign users to a user group.

        Args:
            user_uuids: User IDs to add to the group."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/members",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"user_uuids": user_uuids}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def assign_to_async(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Assign Users To Group

        `assign_to` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).assign_to(
            group_uuid=group_uuid,
            user_uuids=user_uuids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Remove Users From Group

        Remove users from a user group.

        Args:
            user_uuids: User IDs to add to the group."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/members",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"user_uuids": user_uuids}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def remove_async(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Remove Users From Group

        `remove` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).remove(
            group_uuid=group_uuid,
            user_uuids=user_uuids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_workspace_assignments(
        self,
        *,
        group_uuid: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments

        List workspace assignments for a user group.

        Args:
            group_uuid: User group ID.
            page: Page number to return.
            page_size: Maximum number of results per page."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces",
                    {"group_uuid": group_uuid},
                ),
                query={"page": page, "page_size": page_size},
            ),
            {"200": _rt.Returns("json", _m.GroupWorkspaceAssignmentsOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workspace_assignments_async(
        self,
        *,
        group_uuid: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments

        `get_workspace_assignments` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).get_workspace_assignments(
            group_uuid=group_uuid,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def assign_to_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: (
            Sequence[_m.AssignGroupToWorkspaceInRoleNames1Item | str] | None | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.WorkspaceRole | str | _m.StaticWorkspaceRoles]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Assign Group To Workspace

        Assign a user group to a workspace.

        Args:
            group_uuid: User group ID.
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role: Deprecated single role value. Use 'role_names' instead."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json(
                    {
                        "role_names": role_names,
                        "roles": roles,
                        "role": role,
                        "workspace_uuid": workspace_uuid,
                    }
                ),
            ),
            {"201": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def assign_to_workspace_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: (
            Sequence[_m.AssignGroupToWorkspaceInRoleNames1Item | str] | None | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.WorkspaceRole | str | _m.StaticWorkspaceRoles]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Assign Group To Workspace

        `assign_to_workspace` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).assign_to_workspace(
            group_uuid=group_uuid,
            workspace_uuid=workspace_uuid,
            role_names=role_names,
            roles=roles,
            role=role,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove_from_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Remove Group From Workspace

        Remove a user group from a workspace.

        Args:
            group_uuid: User group ID.
            workspace_uuid: Workspace ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
                    {"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def remove_from_workspace_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Remove Group From Workspace

        `remove_from_workspace` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).remove_from_workspace(
            group_uuid=group_uuid,
            workspace_uuid=workspace_uuid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_workspace_assignment(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: (
            Sequence[_m.UpdateGroupWorkspaceAssignmentInRoleNames1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.WorkspaceRole | str | _m.StaticWorkspaceRoles]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update Group Workspace Assignment

        Update the workspace role assignment for a user group.

        Args:
            group_uuid: User group ID.
            workspace_uuid: Workspace ID.
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role: Deprecated single role value. Use 'role_names' instead."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
                    {"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json(
                    {"role_names": role_names, "roles": roles, "role": role}
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_workspace_assignment_async(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: (
            Sequence[_m.UpdateGroupWorkspaceAssignmentInRoleNames1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.WorkspaceRole | str | _m.StaticWorkspaceRoles]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update Group Workspace Assignment

        `update_workspace_assignment` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).update_workspace_assignment(
            group_uuid=group_uuid,
            workspace_uuid=workspace_uuid,
            role_names=role_names,
            roles=roles,
            role=role,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_organization_role(
        self,
        *,
        group_uuid: str,
        organization_role: _m.UserRole | str | _m.StaticOrganizationRoles,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update User Group Organization Role

        Update the organization role for a user group.

        Args:
            group_uuid: User group ID.
            organization_role: Organization role to assign to the group."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/organization-role",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"organization_role": organization_role}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_organization_role_async(
        self,
        *,
        group_uuid: str,
        organization_role: _m.UserRole | str | _m.StaticOrganizationRoles,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update User Group Organization Role

        `update_organization_role` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(
            await self._core.async_twin()
        ).update_organization_role(
            group_uuid=group_uuid,
            organization_role=organization_role,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_nested(
        self,
        *,
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.NestedGroupsOut:
        """Get Nested Groups Admin

        List the groups directly nested inside this group.

        Args:
            group_uuid: User group ID."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/nested",
                    {"group_uuid": group_uuid},
                ),
            ),
            {"200": _rt.Returns("json", _m.NestedGroupsOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_nested_async(
        self,
        *,
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.NestedGroupsOut:
        """Get Nested Groups Admin

        `get_nested` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).get_nested(
            group_uuid=group_uuid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Set Nested Groups Admin

        Replace the set of groups directly nested inside this group.

        Args:
            group_uuid: User group ID.
            child_group_uuids: Full replacement list of UUIDs of groups to nest directly
                inside this group."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/nested",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"child_group_uuids": child_group_uuids}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def set_async(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Set Nested Groups Admin

        `set` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminUserGroups(await self._core.async_twin()).set(
            group_uuid=group_uuid,
            child_group_uuids=child_group_uuids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminUserGroups:
    """(beta) Admin API - manage user groups. Requires an admin API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupsOut:
        """Get User Groups

        Get all user groups across the organization.

        Args:
            page: Page number to return.
            page_size: Maximum number of results per page.
            search: Search term used to filter user groups by name."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/user-groups",
                query={"page": page, "page_size": page_size, "search": search},
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupsOut.from_dict)},
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
        name: str,
        description: str | None | _rt.Unset = _rt.UNSET,
        target_type: _m.UserGroupTargetType | str | None | _rt.Unset = _rt.UNSET,
        parent_group_ids: Sequence[str] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Create User Group

        Create a new user group.

        Args:
            name: Name of the user group.
            description: Optional description of the user group.
            target_type: Type of resources this group can access.
            parent_group_ids: UUIDs of existing groups to nest this new group inside.
                Omit or pass an empty list to create a top-level group."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/user-groups",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "target_type": target_type,
                        "parent_group_ids": parent_group_ids,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def provision_to_workspace(
        self,
        *,
        user_group_uuid: str,
        workspace_uuid: str,
        workspace_role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        workspace_role_name: (
            _m.AdminProvisionGroupToWorkspaceInWorkspaceRoleName1
            | str
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Provision Group To Workspace

        Provision all users from a user group to a workspace with a specific role.

        Args:
            user_group_uuid: User group ID to provision.
            workspace_uuid: Workspace ID where the group is provisioned.
            workspace_role: Workspace role value to assign to the group. Mutually
                exclusive with 'workspace_role_name'.
            workspace_role_name: Workspace role name to assign to the group. Mutually
                exclusive with 'workspace_role'."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/user-groups/provision-workspace",
                json=_rt.encode_json(
                    {
                        "user_group_uuid": user_group_uuid,
                        "workspace_uuid": workspace_uuid,
                        "workspace_role": workspace_role,
                        "workspace_role_name": workspace_role_name,
                    }
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
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
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Get User Group

        Get a specific user group.

        Args:
            group_uuid: User group ID."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}", {"group_uuid": group_uuid}
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupOut.from_dict)},
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
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete User Group

        Delete a user group.

        Args:
            group_uuid: User group ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}", {"group_uuid": group_uuid}
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
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
        group_uuid: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        target_type: _m.UserGroupTargetType | str | None | _rt.Unset = _rt.UNSET,
        parent_group_ids: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupOut:
        """Update User Group

        Update a user group.

        Args:
            name: Updated name of the user group.
            description: Updated description of the user group.
            target_type: Updated permission target type for this group.
            parent_group_ids: Full replacement list of parent group UUIDs. Pass an empty
                list to remove all parents; omit the field to leave the parent groups
                unchanged."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}", {"group_uuid": group_uuid}
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "target_type": target_type,
                        "parent_group_ids": parent_group_ids,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_members(
        self,
        *,
        group_uuid: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminUserGroupMembersOut:
        """Get User Group Members

        Get members of a user group.

        Args:
            group_uuid: User group ID.
            page: Page number to return.
            page_size: Maximum number of results per page."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/members",
                    {"group_uuid": group_uuid},
                ),
                query={"page": page, "page_size": page_size},
            ),
            {"200": _rt.Returns("json", _m.AdminUserGroupMembersOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def assign_to(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Assign Users To Group

        Assign users to a user group.

        Args:
            user_uuids: User IDs to add to the group."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/members",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"user_uuids": user_uuids}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def remove(
        self,
        *,
        group_uuid: str,
        user_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Remove Users From Group

        Remove users from a user group.

        Args:
            user_uuids: User IDs to add to the group."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/members",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"user_uuids": user_uuids}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_workspace_assignments(
        self,
        *,
        group_uuid: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments

        List workspace assignments for a user group.

        Args:
            group_uuid: User group ID.
            page: Page number to return.
            page_size: Maximum number of results per page."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces",
                    {"group_uuid": group_uuid},
                ),
                query={"page": page, "page_size": page_size},
            ),
            {"200": _rt.Returns("json", _m.GroupWorkspaceAssignmentsOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def assign_to_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: (
            Sequence[_m.AssignGroupToWorkspaceInRoleNames1Item | str] | None | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.WorkspaceRole | str | _m.StaticWorkspaceRoles]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Assign Group To Workspace

        Assign a user group to a workspace.

        Args:
            group_uuid: User group ID.
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role: Deprecated single role value. Use 'role_names' instead."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json(
                    {
                        "role_names": role_names,
                        "roles": roles,
                        "role": role,
                        "workspace_uuid": workspace_uuid,
                    }
                ),
            ),
            {"201": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def remove_from_workspace(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Remove Group From Workspace

        Remove a user group from a workspace.

        Args:
            group_uuid: User group ID.
            workspace_uuid: Workspace ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
                    {"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_workspace_assignment(
        self,
        *,
        group_uuid: str,
        workspace_uuid: str,
        role_names: (
            Sequence[_m.UpdateGroupWorkspaceAssignmentInRoleNames1Item | str]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        roles: (
            Sequence[_m.WorkspaceRole | str | _m.StaticWorkspaceRoles]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        role: (
            _m.WorkspaceRole | str | _m.StaticWorkspaceRoles | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update Group Workspace Assignment

        Update the workspace role assignment for a user group.

        Args:
            group_uuid: User group ID.
            workspace_uuid: Workspace ID.
            role_names: Simplified role names to assign. Mutually exclusive with
                'roles'.
            roles: Role values to assign. Mutually exclusive with 'role_names'.
            role: Deprecated single role value. Use 'role_names' instead."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}",
                    {"group_uuid": group_uuid, "workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json(
                    {"role_names": role_names, "roles": roles, "role": role}
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_organization_role(
        self,
        *,
        group_uuid: str,
        organization_role: _m.UserRole | str | _m.StaticOrganizationRoles,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update User Group Organization Role

        Update the organization role for a user group.

        Args:
            group_uuid: User group ID.
            organization_role: Organization role to assign to the group."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/organization-role",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"organization_role": organization_role}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_nested(
        self,
        *,
        group_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.NestedGroupsOut:
        """Get Nested Groups Admin

        List the groups directly nested inside this group.

        Args:
            group_uuid: User group ID."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/nested",
                    {"group_uuid": group_uuid},
                ),
            ),
            {"200": _rt.Returns("json", _m.NestedGroupsOut.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def set(
        self,
        *,
        group_uuid: str,
        child_group_uuids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Set Nested Groups Admin

        Replace the set of groups directly nested inside this group.

        Args:
            group_uuid: User group ID.
            child_group_uuids: Full replacement list of UUIDs of groups to nest directly
                inside this group."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/user-groups/{group_uuid}/nested",
                    {"group_uuid": group_uuid},
                ),
                json=_rt.encode_json({"child_group_uuids": child_group_uuids}),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
