"""The `beta.admin.scim` operations: (beta) Admin - Scim API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminScim", "BetaAdminScim"]


class BetaAdminScim:
    """(beta) Admin - Scim API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def trigger_sync(
        self,
        *,
        dry_run: bool | _rt.Unset = _rt.UNSET,
        sync_config: (
            _m.AdminScimSyncConfig | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminScimSyncTriggerOUT:
        """Trigger Scim Sync

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        Args:
            dry_run: Preview all synchronization changes without applying them.
            sync_config: Categories to synchronize. Required when dry_run is false;
                ignored for dry runs."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/scim/sync",
                json=_rt.encode_json({"dry_run": dry_run, "sync_config": sync_config}),
            ),
            {"202": _rt.Returns("json", _m.AdminScimSyncTriggerOUT.from_dict)},
            errors={"409": _m.AdminScimSyncActiveRunOUT.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def trigger_sync_async(
        self,
        *,
        dry_run: bool | _rt.Unset = _rt.UNSET,
        sync_config: (
            _m.AdminScimSyncConfig | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminScimSyncTriggerOUT:
        """Trigger Scim Sync

        `trigger_sync` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminScim(await self._core.async_twin()).trigger_sync(
            dry_run=dry_run,
            sync_config=sync_config,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sync_run(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminScimSyncRunOUT:
        """Get Scim Sync Run

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        Args:
            run_id: Identifier of the SCIM synchronization run."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/admin/scim/sync/{run_id}", {"run_id": run_id}),
            ),
            {"200": _rt.Returns("json", _m.AdminScimSyncRunOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_sync_run_async(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminScimSyncRunOUT:
        """Get Scim Sync Run

        `get_sync_run` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminScim(await self._core.async_twin()).get_sync_run(
            run_id=run_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminScim:
    """(beta) Admin - Scim API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def trigger_sync(
        self,
        *,
        dry_run: bool | _rt.Unset = _rt.UNSET,
        sync_config: (
            _m.AdminScimSyncConfig | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminScimSyncTriggerOUT:
        """Trigger Scim Sync

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        Args:
            dry_run: Preview all synchronization changes without applying them.
            sync_config: Categories to synchronize. Required when dry_run is false;
                ignored for dry runs."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/admin/scim/sync",
                json=_rt.encode_json({"dry_run": dry_run, "sync_config": sync_config}),
            ),
            {"202": _rt.Returns("json", _m.AdminScimSyncTriggerOUT.from_dict)},
            errors={"409": _m.AdminScimSyncActiveRunOUT.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_sync_run(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AdminScimSyncRunOUT:
        """Get Scim Sync Run

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        Args:
            run_id: Identifier of the SCIM synchronization run."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/admin/scim/sync/{run_id}", {"run_id": run_id}),
            ),
            {"200": _rt.Returns("json", _m.AdminScimSyncRunOUT.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
