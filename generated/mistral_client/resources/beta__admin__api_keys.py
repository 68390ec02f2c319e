"""The `beta.admin.api_keys` operations: (beta) Admin API - manage API keys. Requires an admin API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminApiKeys", "BetaAdminApiKeys"]


class BetaAdminApiKeys:
    """(beta) Admin API - manage API keys. Requires an admin API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        limit: int | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.APIKeysExtendedOUT:
        """Get Api Keys

        List API keys for the Organization.

        Args:
            limit: Maximum number of results to return.
            offset: Number of results to skip before returning results.
            name: Filter API keys by name substring or the last 4 characters of the key.
                Matching is case-insensitive and accent-insensitive."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/api-keys",
                query={"limit": limit, "offset": offset, "name": name},
            ),
            {"200": _rt.Returns("json", _m.APIKeysExtendedOUT.from_dict)},
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
        limit: int | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.APIKeysExtendedOUT:
        """Get Api Keys

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminApiKeys(await self._core.async_twin()).list(
            limit=limit,
            offset=offset,
            name=name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        workspace_uuid: str,
        user_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        expiration: _dt.date | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.APIKeyOUT:
        """Create Api Key

        Create a Workspace API key.

        Args:
            name: Optional name for the API key.
            expiration: Date when the API key should expire.
            workspace_uuid: Workspace ID for the API key.
            user_id: ID of the user the API key is created for."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/api-keys",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "expiration": expiration,
                        "workspace_uuid": workspace_uuid,
                        "user_id": user_id,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.APIKeyOUT.from_dict)},
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
        workspace_uuid: str,
        user_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        expiration: _dt.date | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.APIKeyOUT:
        """Create Api Key

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminApiKeys(await self._core.async_twin()).create(
            workspace_uuid=workspace_uuid,
            user_id=user_id,
            name=name,
            expiration=expiration,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        key_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteAPIKeyOUT:
        """Delete Api Key

        Delete an API key.

        Args:
            key_id: API key ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/admin/api-keys/{key_id}", {"key_id": key_id}),
            ),
            {"200": _rt.Returns("json", _m.DeleteAPIKeyOUT.from_dict)},
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
        key_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteAPIKeyOUT:
        """Delete Api Key

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminApiKeys(await self._core.async_twin()).delete(
            key_id=key_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminApiKeys:
    """(beta) Admin API - manage API keys. Requires an admin API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        limit: int | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.APIKeysExtendedOUT:
        """Get Api Keys

        List API keys for the Organization.

        Args:
            limit: Maximum number of results to return.
            offset: Number of results to skip before returning results.
            name: Filter API keys by name substring or the last 4 characters of the key.
                Matching is case-insensitive and accent-insensitive."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/api-keys",
                query={"limit": limit, "offset": offset, "name": name},
            ),
            {"200": _rt.Returns("json", _m.APIKeysExtendedOUT.from_dict)},
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
        workspace_uuid: str,
        user_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        expiration: _dt.date | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.APIKeyOUT:
        """Create Api Key

        Create a Workspace API key.

        Args:
            name: Optional name for the API key.
            expiration: Date when the API key should expire.
            workspace_uuid: Workspace ID for the API key.
            user_id: ID of the user the API key is created for."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/api-keys",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "expiration": expiration,
                        "workspace_uuid": workspace_uuid,
                        "user_id": user_id,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.APIKeyOUT.from_dict)},
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
        key_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteAPIKeyOUT:
        """Delete Api Key

        Delete an API key.

        Args:
            key_id: API key ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/admin/api-keys/{key_id}", {"key_id": key_id}),
            ),
            {"200": _rt.Returns("json", _m.DeleteAPIKeyOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
