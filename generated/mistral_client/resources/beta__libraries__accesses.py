"""The `beta.libraries.accesses` operations: (beta) Libraries API - manage access to a library.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaLibrariesAccesses", "BetaLibrariesAccesses"]


class BetaLibrariesAccesses:
    """(beta) Libraries API - manage access to a library."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSharingResponse:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/share", {"library_id": library_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.ListSharingResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSharingResponse:
        """List all of the access to this library.

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesAccesses(await self._core.async_twin()).list(
            library_id=library_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_or_create(
        self,
        *,
        library_id: str,
        level: _m.ShareEnum | str,
        share_with_uuid: str,
        share_with_type: _m.EntityType | str,
        org_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Sharing:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to
        be owner of the library to share a library. An owner cannot change their own role. A
        library cannot be shared outside of the organization.

        Args:
            share_with_uuid: The id of the entity (user, workspace or organization) to
                share with
            share_with_type: The type of entity, used to share a library."""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/libraries/{library_id}/share", {"library_id": library_id}
                ),
                json=_rt.encode_json(
                    {
                        "org_id": org_id,
                        "level": level,
                        "share_with_uuid": share_with_uuid,
                        "share_with_type": share_with_type,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Sharing.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_or_create_async(
        self,
        *,
        library_id: str,
        level: _m.ShareEnum | str,
        share_with_uuid: str,
        share_with_type: _m.EntityType | str,
        org_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Sharing:
        """Create or update an access level.

        `update_or_create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesAccesses(
            await self._core.async_twin()
        ).update_or_create(
            library_id=library_id,
            level=level,
            share_with_uuid=share_with_uuid,
            share_with_type=share_with_type,
            org_id=org_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        library_id: str,
        share_with_uuid: str,
        share_with_type: _m.EntityType | str,
        org_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Sharing | None:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete
        their own access. You have to be the owner of the library to delete an access other than
        yours. Warning: the response will change from 200 (returning the deleted sharing) to 204
        No Content in a future version.

        Args:
            share_with_uuid: The id of the entity (user, workspace or organization) to
                share with
            share_with_type: The type of entity, used to share a library."""
        responses: dict[str, _rt.Returns[_m.Sharing | None]] = {
            "200": _rt.Returns("json", _m.Sharing.from_dict),
            "204": _rt.Returns("empty", _rt.to_none),
        }
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/libraries/{library_id}/share", {"library_id": library_id}
                ),
                json=_rt.encode_json(
                    {
                        "org_id": org_id,
                        "share_with_uuid": share_with_uuid,
                        "share_with_type": share_with_type,
                    }
                ),
            ),
            responses,
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        share_with_uuid: str,
        share_with_type: _m.EntityType | str,
        org_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Sharing | None:
        """Delete an access level.

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesAccesses(await self._core.async_twin()).delete(
            library_id=library_id,
            share_with_uuid=share_with_uuid,
            share_with_type=share_with_type,
            org_id=org_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaLibrariesAccesses:
    """(beta) Libraries API - manage access to a library."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListSharingResponse:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/share", {"library_id": library_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.ListSharingResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_or_create(
        self,
        *,
        library_id: str,
        level: _m.ShareEnum | str,
        share_with_uuid: str,
        share_with_type: _m.EntityType | str,
        org_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Sharing:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to
        be owner of the library to share a library. An owner cannot change their own role. A
        library cannot be shared outside of the organization.

        Args:
            share_with_uuid: The id of the entity (user, workspace or organization) to
                share with
            share_with_type: The type of entity, used to share a library."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/libraries/{library_id}/share", {"library_id": library_id}
                ),
                json=_rt.encode_json(
                    {
                        "org_id": org_id,
                        "level": level,
                        "share_with_uuid": share_with_uuid,
                        "share_with_type": share_with_type,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Sharing.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        share_with_uuid: str,
        share_with_type: _m.EntityType | str,
        org_id: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Sharing | None:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete
        their own access. You have to be the owner of the library to delete an access other than
        yours. Warning: the response will change from 200 (returning the deleted sharing) to 204
        No Content in a future version.

        Args:
            share_with_uuid: The id of the entity (user, workspace or organization) to
                share with
            share_with_type: The type of entity, used to share a library."""
        responses: dict[str, _rt.Returns[_m.Sharing | None]] = {
            "200": _rt.Returns("json", _m.Sharing.from_dict),
            "204": _rt.Returns("empty", _rt.to_none),
        }
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/libraries/{library_id}/share", {"library_id": library_id}
                ),
                json=_rt.encode_json(
                    {
                        "org_id": org_id,
                        "share_with_uuid": share_with_uuid,
                        "share_with_type": share_with_type,
                    }
                ),
            ),
            responses,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
