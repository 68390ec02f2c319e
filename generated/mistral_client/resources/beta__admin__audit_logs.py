"""The `beta.admin.audit_logs` operations: (beta) Admin API - access audit logs. Requires an admin API key.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAdminAuditLogs", "BetaAdminAuditLogs"]


class BetaAdminAuditLogs:
    """(beta) Admin API - access audit logs. Requires an admin API key."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def get(
        self,
        *,
        actor_type: Sequence[_m.ActorType | str] | None | _rt.Unset = _rt.UNSET,
        event_type: Sequence[_m.AuditLogEventType | str] | None | _rt.Unset = _rt.UNSET,
        target_type: Sequence[_m.TargetType | str] | None | _rt.Unset = _rt.UNSET,
        actor_user_uuid: str | None | _rt.Unset = _rt.UNSET,
        sort: (
            _m.UsersApiAdminAuditLogsGetAuditLogsSort | str | None | _rt.Unset
        ) = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> list[_m.AuditLogOut]:
        """Get Audit Logs

        List audit log entries for the Organization.

        Args:
            actor_type: Actor types to include in the audit log results.
            event_type: Event types to include in the audit log results.
            target_type: Target resource types to include in the audit log results.
            actor_user_uuid: Filter logs by the UUID of the user who performed the
                action.
            sort: Sort order for audit log entries.
            after: Return audit log entries after this time.
            before: Return audit log entries before this time.
            limit: Maximum number of results to return."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/audit-logs",
                query={
                    "actor_type": actor_type,
                    "event_type": event_type,
                    "target_type": target_type,
                    "actor_user_uuid": actor_user_uuid,
                    "sort": sort,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: [_m.AuditLogOut.from_dict(v0) for v0 in data]
                )
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
        actor_type: Sequence[_m.ActorType | str] | None | _rt.Unset = _rt.UNSET,
        event_type: Sequence[_m.AuditLogEventType | str] | None | _rt.Unset = _rt.UNSET,
        target_type: Sequence[_m.TargetType | str] | None | _rt.Unset = _rt.UNSET,
        actor_user_uuid: str | None | _rt.Unset = _rt.UNSET,
        sort: (
            _m.UsersApiAdminAuditLogsGetAuditLogsSort | str | None | _rt.Unset
        ) = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> list[_m.AuditLogOut]:
        """Get Audit Logs

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAdminAuditLogs(await self._core.async_twin()).get(
            actor_type=actor_type,
            event_type=event_type,
            target_type=target_type,
            actor_user_uuid=actor_user_uuid,
            sort=sort,
            after=after,
            before=before,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAdminAuditLogs:
    """(beta) Admin API - access audit logs. Requires an admin API key."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def get(
        self,
        *,
        actor_type: Sequence[_m.ActorType | str] | None | _rt.Unset = _rt.UNSET,
        event_type: Sequence[_m.AuditLogEventType | str] | None | _rt.Unset = _rt.UNSET,
        target_type: Sequence[_m.TargetType | str] | None | _rt.Unset = _rt.UNSET,
        actor_user_uuid: str | None | _rt.Unset = _rt.UNSET,
        sort: (
            _m.UsersApiAdminAuditLogsGetAuditLogsSort | str | None | _rt.Unset
        ) = _rt.UNSET,
        after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        before: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        limit: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> list[_m.AuditLogOut]:
        """Get Audit Logs

        List audit log entries for the Organization.

        Args:
            actor_type: Actor types to include in the audit log results.
            event_type: Event types to include in the audit log results.
            target_type: Target resource types to include in the audit log results.
            actor_user_uuid: Filter logs by the UUID of the user who performed the
                action.
            sort: Sort order for audit log entries.
            after: Return audit log entries after this time.
            before: Return audit log entries before this time.
            limit: Maximum number of results to return."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/admin/audit-logs",
                query={
                    "actor_type": actor_type,
                    "event_type": event_type,
                    "target_type": target_type,
                    "actor_user_uuid": actor_user_uuid,
                    "sort": sort,
                    "after": after,
                    "before": before,
                    "limit": limit,
                },
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: [_m.AuditLogOut.from_dict(v0) for v0 in data]
                )
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
