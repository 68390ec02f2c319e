"""The `beta.admin.workspaces` operations: (beta) Admin API - manage workspaces. Requires an admin API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminWorkspaces", "BetaAdminWorkspaces"]


class BetaAdminWorkspaces:
    """(beta) Admin API - manage workspaces. Requires an admin API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        is_archived: bool | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspacesOut:
        """Get Workspaces

        List Workspaces in the Organization.

        Args:
            is_archived: Whether to include archived Workspaces.
            page: Page number to return.
            page_size: Maximum number of results per page.
            search: Search term to filter Workspaces by name."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/workspaces",
                query={
                    "is_archived": is_archived,
                    "page": page,
                    "page_size": page_size,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkspacesOut.from_dict)},
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
        is_archived: bool | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspacesOut:
        """Get Workspaces

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(await self._core.async_twin()).list(
            is_archived=is_archived,
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
        admin_user_id: str,
        description: str | _rt.Unset = _rt.UNSET,
        icon: str | _rt.Unset = _rt.UNSET,
        add_all_org_members: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspaceEnrichedOUT:
        """Create Workspace

        Create a Workspace.

        Args:
            name: Workspace name.
            description: Workspace description.
            icon: Workspace icon.
            add_all_org_members: Whether to add all Organization members to the
                Workspace.
            admin_user_id: User ID to grant the Workspace Admin role to."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/workspaces",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "icon": icon,
                        "add_all_org_members": add_all_org_members,
                        "admin_user_id": admin_user_id,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkspaceEnrichedOUT.from_dict)},
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
        admin_user_id: str,
        description: str | _rt.Unset = _rt.UNSET,
        icon: str | _rt.Unset = _rt.UNSET,
        add_all_org_members: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspaceEnrichedOUT:
        """Create Workspace

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(await self._core.async_twin()).create(
            name=name,
            admin_user_id=admin_user_id,
            description=description,
            icon=icon,
            add_all_org_members=add_all_org_members,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        workspace_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete Workspaces

        Archive a Workspace.

        Args:
            workspace_uuid: Workspace ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}",
                    {"workspace_uuid": workspace_uuid},
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
        workspace_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete Workspaces

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(await self._core.async_twin()).delete(
            workspace_uuid=workspace_uuid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        workspace_uuid: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        icon: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspaceOUT:
        """Update Workspaces

        Update a Workspace.

        Args:
            workspace_uuid: Workspace ID.
            name: Updated Workspace name.
            description: Updated Workspace description.
            icon: Updated Workspace icon."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json(
                    {"name": name, "description": description, "icon": icon}
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkspaceOUT.from_dict)},
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
        workspace_uuid: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        icon: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspaceOUT:
        """Update Workspaces

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(await self._core.async_twin()).update(
            workspace_uuid=workspace_uuid,
            name=name,
            description=description,
            icon=icon,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add(
        self,
        *,
        workspace_uuid: str,
        members: (
            Sequence[_m.WorkspaceMemberSingleIN | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AddUsersToWorkspaceOUT:
        """Add Users Workspaces

        Add members to a Workspace.

        Args:
            workspace_uuid: Workspace ID.
            members: Workspace members to add or update."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}/add-users",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json({"members": members}),
            ),
            {"200": _rt.Returns("json", _m.AddUsersToWorkspaceOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def add_async(
        self,
        *,
        workspace_uuid: str,
        members: (
            Sequence[_m.WorkspaceMemberSingleIN | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AddUsersToWorkspaceOUT:
        """Add Users Workspaces

        `add` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(await self._core.async_twin()).add(
            workspace_uuid=workspace_uuid,
            members=members,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_or_update_users(
        self,
        *,
        workspace_uuid: str,
        members: (
            Sequence[_m.WorkspaceMemberSingleIN | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces

        Add or update Workspace members.

        Args:
            workspace_uuid: Workspace ID.
            members: Workspace members to add or update."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}/users",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json({"members": members}),
            ),
            {"200": _rt.Returns("json", _m.AddOrUpdateUsersToWorkspaceOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def add_or_update_users_async(
        self,
        *,
        workspace_uuid: str,
        members: (
            Sequence[_m.WorkspaceMemberSingleIN | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces

        `add_or_update_users` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(
            await self._core.async_twin()
        ).add_or_update_users(
            workspace_uuid=workspace_uuid,
            members=members,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove(
        self,
        *,
        workspace_uuid: str,
        members: Sequence[_m.BaseWorkspaceMemberIN | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces

        Remove members from a Workspace.

        Args:
            workspace_uuid: Workspace ID.
            members: Workspace members to remove."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}/remove-users",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json({"members": members}),
            ),
            {"200": _rt.Returns("json", _m.RemoveWorkspaceMembersOUT.from_dict)},
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
        workspace_uuid: str,
        members: Sequence[_m.BaseWorkspaceMemberIN | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces

        `remove` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminWorkspaces(await self._core.async_twin()).remove(
            workspace_uuid=workspace_uuid,
            members=members,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminWorkspaces:
    """(beta) Admin API - manage workspaces. Requires an admin API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        is_archived: bool | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspacesOut:
        """Get Workspaces

        List Workspaces in the Organization.

        Args:
            is_archived: Whether to include archived Workspaces.
            page: Page number to return.
            page_size: Maximum number of results per page.
            search: Search term to filter Workspaces by name."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/workspaces",
                query={
                    "is_archived": is_archived,
                    "page": page,
                    "page_size": page_size,
                    "search": search,
                },
            ),
            {"200": _rt.Returns("json", _m.WorkspacesOut.from_dict)},
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
        admin_user_id: str,
        description: str | _rt.Unset = _rt.UNSET,
        icon: str | _rt.Unset = _rt.UNSET,
        add_all_org_members: bool | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspaceEnrichedOUT:
        """Create Workspace

        Create a Workspace.

        Args:
            name: Workspace name.
            description: Workspace description.
            icon: Workspace icon.
            add_all_org_members: Whether to add all Organization members to the
                Workspace.
            admin_user_id: User ID to grant the Workspace Admin role to."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/workspaces",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "icon": icon,
                        "add_all_org_members": add_all_org_members,
                        "admin_user_id": admin_user_id,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkspaceEnrichedOUT.from_dict)},
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
        workspace_uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete Workspaces

        Archive a Workspace.

        Args:
            workspace_uuid: Workspace ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}",
                    {"workspace_uuid": workspace_uuid},
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
        workspace_uuid: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        icon: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.WorkspaceOUT:
        """Update Workspaces

        Update a Workspace.

        Args:
            workspace_uuid: Workspace ID.
            name: Updated Workspace name.
            description: Updated Workspace description.
            icon: Updated Workspace icon."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json(
                    {"name": name, "description": description, "icon": icon}
                ),
            ),
            {"200": _rt.Returns("json", _m.WorkspaceOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def add(
        self,
        *,
        workspace_uuid: str,
        members: (
            Sequence[_m.WorkspaceMemberSingleIN | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AddUsersToWorkspaceOUT:
        """Add Users Workspaces

        Add members to a Workspace.

        Args:
            workspace_uuid: Workspace ID.
            members: Workspace members to add or update."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}/add-users",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json({"members": members}),
            ),
            {"200": _rt.Returns("json", _m.AddUsersToWorkspaceOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def add_or_update_users(
        self,
        *,
        workspace_uuid: str,
        members: (
            Sequence[_m.WorkspaceMemberSingleIN | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces

        Add or update Workspace members.

        Args:
            workspace_uuid: Workspace ID.
            members: Workspace members to add or update."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}/users",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json({"members": members}),
            ),
            {"200": _rt.Returns("json", _m.AddOrUpdateUsersToWorkspaceOUT.from_dict)},
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
        workspace_uuid: str,
        members: Sequence[_m.BaseWorkspaceMemberIN | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces

        Remove members from a Workspace.

        Args:
            workspace_uuid: Workspace ID.
            members: Workspace members to remove."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/admin/workspaces/{workspace_uuid}/remove-users",
                    {"workspace_uuid": workspace_uuid},
                ),
                json=_rt.encode_json({"members": members}),
            ),
            {"200": _rt.Returns("json", _m.RemoveWorkspaceMembersOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
