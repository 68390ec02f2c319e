"""The `beta.skills` operations: (beta) Skills API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaSkills", "BetaSkills"]


class BetaSkills:
    """(beta) Skills API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_field: _m.ListSortField | str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter: (
            _m.ListSortDirection | str | None | _rt.Unset
        ) = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter1: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSkillsResponse:
        """ListSkills

        Args:
            sort_field: Defaults to created_at when omitted.
            sort_direction_query_parameter: Defaults to descending for timestamp fields
                and ascending for text fields.
            sort_by: REST-friendly alias for sort.field. Supported values: created_at,
                last_modified_at, name, title.
            sort_direction_query_parameter1: REST-friendly alias for sort.direction.
                Supported values: asc, desc."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v2/skills",
                query={
                    "pageSize": page_size,
                    "pageToken": page_token,
                    "alias": alias,
                    "fields": fields,
                    "sort.field": sort_field,
                    "sort.direction": sort_direction_query_parameter,
                    "sort_by": sort_by,
                    "sort_direction": sort_direction_query_parameter1,
                },
            ),
            {"200": _rt.Returns("json", _m.ListSkillsResponse.from_dict)},
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
        page_token: str | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_field: _m.ListSortField | str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter: (
            _m.ListSortDirection | str | None | _rt.Unset
        ) = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter1: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSkillsResponse:
        """ListSkills

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).list(
            page_size=page_size,
            page_token=page_token,
            alias=alias,
            fields=fields,
            sort_field=sort_field,
            sort_direction_query_parameter=sort_direction_query_parameter,
            sort_by=sort_by,
            sort_direction_query_parameter1=sort_direction_query_parameter1,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_pages(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_field: _m.ListSortField | str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter: (
            _m.ListSortDirection | str | None | _rt.Unset
        ) = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter1: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[_m.Skill, _m.ListSkillsResponse]:
        """ListSkills

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list`; the pager fills in `page_token` (the cursor)."""
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v2/skills",
                query={
                    "pageSize": page_size,
                    "pageToken": page_token,
                    "alias": alias,
                    "fields": fields,
                    "sort.field": sort_field,
                    "sort.direction": sort_direction_query_parameter,
                    "sort_by": sort_by,
                    "sort_direction": sort_direction_query_parameter1,
                },
            ),
            {"200": _rt.Returns("json", _m.ListSkillsResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.Skill.from_dict,
                results=("data",),
                cursor=("query", "pageToken"),
                next_cursor=("nextPageToken",),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_pages_async(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_field: _m.ListSortField | str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter: (
            _m.ListSortDirection | str | None | _rt.Unset
        ) = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter1: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.Skill, _m.ListSkillsResponse]:
        """ListSkills

        `list_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v2/skills",
                query={
                    "pageSize": page_size,
                    "pageToken": page_token,
                    "alias": alias,
                    "fields": fields,
                    "sort.field": sort_field,
                    "sort.direction": sort_direction_query_parameter,
                    "sort_by": sort_by,
                    "sort_direction": sort_direction_query_parameter1,
                },
            ),
            {"200": _rt.Returns("json", _m.ListSkillsResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.Skill.from_dict,
                results=("data",),
                cursor=("query", "pageToken"),
                next_cursor=("nextPageToken",),
            ),
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def create(
        self,
        *,
        name: str,
        definition: _m.SkillDefinition | Mapping[str, Any],
        notes: str | None | _rt.Unset = _rt.UNSET,
        sharing_scope: _m.RegistrySharingScope | str | None | _rt.Unset = _rt.UNSET,
        aliases: Sequence[str] | _rt.Unset = _rt.UNSET,
        workspace_relation: str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """CreateSkill

        Args:
            name: Stable object name.
            definition: Versioned skill content.
            notes: Notes for this version.
            sharing_scope: Registry sharing scope.
            aliases: Aliases pointing to this version.
            workspace_relation: Relation the workspace holds on the object:
                share_relation_unspecified, reader or writer."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v2/skills",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "definition": definition,
                        "notes": notes,
                        "sharingScope": sharing_scope,
                        "aliases": aliases,
                        "workspaceRelation": workspace_relation,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
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
        definition: _m.SkillDefinition | Mapping[str, Any],
        notes: str | None | _rt.Unset = _rt.UNSET,
        sharing_scope: _m.RegistrySharingScope | str | None | _rt.Unset = _rt.UNSET,
        aliases: Sequence[str] | _rt.Unset = _rt.UNSET,
        workspace_relation: str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """CreateSkill

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).create(
            name=name,
            definition=definition,
            notes=notes,
            sharing_scope=sharing_scope,
            aliases=aliases,
            workspace_relation=workspace_relation,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        skill_id: str,
        version: int | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """GetSkill"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v2/skills/{skill_id}", {"skill_id": skill_id}),
                query={"version": version, "alias": alias, "fields": fields},
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
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
        skill_id: str,
        version: int | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """GetSkill

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).get(
            skill_id=skill_id,
            version=version,
            alias=alias,
            fields=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        skill_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteSkillResponse:
        """DeleteSkill"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v2/skills/{skill_id}", {"skill_id": skill_id}),
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: cast("_m.DeleteSkillResponse", data)
                )
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
        skill_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteSkillResponse:
        """DeleteSkill

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).delete(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_metadata(
        self,
        *,
        skill_id: str,
        sharing_scope: _m.RegistrySharingScope | str | None | _rt.Unset = _rt.UNSET,
        workspace_relation: str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """UpdateSkill

        Args:
            sharing_scope: Registry sharing scope.
            workspace_relation: Relation the workspace holds on the object:
                share_relation_unspecified, reader or writer."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v2/skills/{skill_id}", {"skill_id": skill_id}),
                json=_rt.encode_json(
                    {
                        "sharingScope": sharing_scope,
                        "workspaceRelation": workspace_relation,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_metadata_async(
        self,
        *,
        skill_id: str,
        sharing_scope: _m.RegistrySharingScope | str | None | _rt.Unset = _rt.UNSET,
        workspace_relation: str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """UpdateSkill

        `update_metadata` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).update_metadata(
            skill_id=skill_id,
            sharing_scope=sharing_scope,
            workspace_relation=workspace_relation,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_versions(
        self,
        *,
        skill_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSkillVersionsResponse:
        """ListSkillVersions"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions", {"skill_id": skill_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.ListSkillVersionsResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_versions_async(
        self,
        *,
        skill_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSkillVersionsResponse:
        """ListSkillVersions

        `list_versions` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).list_versions(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_version(
        self,
        *,
        skill_id: str,
        definition: _m.SkillDefinition | Mapping[str, Any],
        notes: str | None | _rt.Unset = _rt.UNSET,
        aliases: Sequence[str] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CreateSkillVersionResponse:
        """CreateSkillVersion

        Args:
            definition: Versioned skill content.
            notes: Notes for this version.
            aliases: Aliases pointing to this version."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions", {"skill_id": skill_id}
                ),
                json=_rt.encode_json(
                    {"definition": definition, "notes": notes, "aliases": aliases}
                ),
            ),
            {"200": _rt.Returns("json", _m.CreateSkillVersionResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_version_async(
        self,
        *,
        skill_id: str,
        definition: _m.SkillDefinition | Mapping[str, Any],
        notes: str | None | _rt.Unset = _rt.UNSET,
        aliases: Sequence[str] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CreateSkillVersionResponse:
        """CreateSkillVersion

        `create_version` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).create_version(
            skill_id=skill_id,
            definition=definition,
            notes=notes,
            aliases=aliases,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_version(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """GetSkillVersion"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions/{version}",
                    {"skill_id": skill_id, "version": version},
                ),
                query={"fields": fields},
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_version_async(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """GetSkillVersion

        `get_version` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(await self._core.async_twin()).get_version(
            skill_id=skill_id,
            version=version,
            fields=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_version_metadata(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | _rt.Unset = _rt.UNSET,
        aliases: _m.AliasList | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """UpdateSkillVersionMetadata

        Args:
            notes: Notes for this version.
            aliases: Aliases pointing to this version."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions/{version}",
                    {"skill_id": skill_id, "version": version},
                ),
                json=_rt.encode_json({"notes": notes, "aliases": aliases}),
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_version_metadata_async(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | _rt.Unset = _rt.UNSET,
        aliases: _m.AliasList | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """UpdateSkillVersionMetadata

        `update_version_metadata` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaSkills(
            await self._core.async_twin()
        ).update_version_metadata(
            skill_id=skill_id,
            version=version,
            notes=notes,
            aliases=aliases,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaSkills:
    """(beta) Skills API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_field: _m.ListSortField | str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter: (
            _m.ListSortDirection | str | None | _rt.Unset
        ) = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter1: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSkillsResponse:
        """ListSkills

        Args:
            sort_field: Defaults to created_at when omitted.
            sort_direction_query_parameter: Defaults to descending for timestamp fields
                and ascending for text fields.
            sort_by: REST-friendly alias for sort.field. Supported values: created_at,
                last_modified_at, name, title.
            sort_direction_query_parameter1: REST-friendly alias for sort.direction.
                Supported values: asc, desc."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v2/skills",
                query={
                    "pageSize": page_size,
                    "pageToken": page_token,
                    "alias": alias,
                    "fields": fields,
                    "sort.field": sort_field,
                    "sort.direction": sort_direction_query_parameter,
                    "sort_by": sort_by,
                    "sort_direction": sort_direction_query_parameter1,
                },
            ),
            {"200": _rt.Returns("json", _m.ListSkillsResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_pages(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        sort_field: _m.ListSortField | str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter: (
            _m.ListSortDirection | str | None | _rt.Unset
        ) = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_direction_query_parameter1: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.Skill, _m.ListSkillsResponse]:
        """ListSkills

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list`; the pager fills in `page_token` (the cursor)."""
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v2/skills",
                query={
                    "pageSize": page_size,
                    "pageToken": page_token,
                    "alias": alias,
                    "fields": fields,
                    "sort.field": sort_field,
                    "sort.direction": sort_direction_query_parameter,
                    "sort_by": sort_by,
                    "sort_direction": sort_direction_query_parameter1,
                },
            ),
            {"200": _rt.Returns("json", _m.ListSkillsResponse.from_dict)},
            _rt.Paging(
                "cursor",
                _m.Skill.from_dict,
                results=("data",),
                cursor=("query", "pageToken"),
                next_cursor=("nextPageToken",),
            ),
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
        definition: _m.SkillDefinition | Mapping[str, Any],
        notes: str | None | _rt.Unset = _rt.UNSET,
        sharing_scope: _m.RegistrySharingScope | str | None | _rt.Unset = _rt.UNSET,
        aliases: Sequence[str] | _rt.Unset = _rt.UNSET,
        workspace_relation: str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """CreateSkill

        Args:
            name: Stable object name.
            definition: Versioned skill content.
            notes: Notes for this version.
            sharing_scope: Registry sharing scope.
            aliases: Aliases pointing to this version.
            workspace_relation: Relation the workspace holds on the object:
                share_relation_unspecified, reader or writer."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v2/skills",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "definition": definition,
                        "notes": notes,
                        "sharingScope": sharing_scope,
                        "aliases": aliases,
                        "workspaceRelation": workspace_relation,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
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
        skill_id: str,
        version: int | None | _rt.Unset = _rt.UNSET,
        alias: str | None | _rt.Unset = _rt.UNSET,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """GetSkill"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v2/skills/{skill_id}", {"skill_id": skill_id}),
                query={"version": version, "alias": alias, "fields": fields},
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
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
        skill_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteSkillResponse:
        """DeleteSkill"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v2/skills/{skill_id}", {"skill_id": skill_id}),
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: cast("_m.DeleteSkillResponse", data)
                )
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_metadata(
        self,
        *,
        skill_id: str,
        sharing_scope: _m.RegistrySharingScope | str | None | _rt.Unset = _rt.UNSET,
        workspace_relation: str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """UpdateSkill

        Args:
            sharing_scope: Registry sharing scope.
            workspace_relation: Relation the workspace holds on the object:
                share_relation_unspecified, reader or writer."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v2/skills/{skill_id}", {"skill_id": skill_id}),
                json=_rt.encode_json(
                    {
                        "sharingScope": sharing_scope,
                        "workspaceRelation": workspace_relation,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_versions(
        self,
        *,
        skill_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSkillVersionsResponse:
        """ListSkillVersions"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions", {"skill_id": skill_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.ListSkillVersionsResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_version(
        self,
        *,
        skill_id: str,
        definition: _m.SkillDefinition | Mapping[str, Any],
        notes: str | None | _rt.Unset = _rt.UNSET,
        aliases: Sequence[str] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CreateSkillVersionResponse:
        """CreateSkillVersion

        Args:
            definition: Versioned skill content.
            notes: Notes for this version.
            aliases: Aliases pointing to this version."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions", {"skill_id": skill_id}
                ),
                json=_rt.encode_json(
                    {"definition": definition, "notes": notes, "aliases": aliases}
                ),
            ),
            {"200": _rt.Returns("json", _m.CreateSkillVersionResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_version(
        self,
        *,
        skill_id: str,
        version: int,
        fields: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """GetSkillVersion"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions/{version}",
                    {"skill_id": skill_id, "version": version},
                ),
                query={"fields": fields},
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_version_metadata(
        self,
        *,
        skill_id: str,
        version: int,
        notes: str | None | _rt.Unset = _rt.UNSET,
        aliases: _m.AliasList | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Skill:
        """UpdateSkillVersionMetadata

        Args:
            notes: Notes for this version.
            aliases: Aliases pointing to this version."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v2/skills/{skill_id}/versions/{version}",
                    {"skill_id": skill_id, "version": version},
                ),
                json=_rt.encode_json({"notes": notes, "aliases": aliases}),
            ),
            {"200": _rt.Returns("json", _m.Skill.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
