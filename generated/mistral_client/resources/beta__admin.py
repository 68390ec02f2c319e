"""The `beta.admin` operations: beta.admin

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from . import beta__admin__api_keys as _res_beta__admin__api_keys
    from . import beta__admin__audit_logs as _res_beta__admin__audit_logs
    from . import beta__admin__billing as _res_beta__admin__billing
    from . import beta__admin__scim as _res_beta__admin__scim
    from . import beta__admin__user_groups as _res_beta__admin__user_groups
    from . import beta__admin__users as _res_beta__admin__users
    from . import (
        beta__admin__vibe_code_analytics as _res_beta__admin__vibe_code_analytics,
    )
    from . import (
        beta__admin__vibe_work_analytics as _res_beta__admin__vibe_work_analytics,
    )
    from . import beta__admin__workspaces as _res_beta__admin__workspaces

__all__ = ["AsyncBetaAdmin", "BetaAdmin"]


class BetaAdmin:
    """beta.admin"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def users(self) -> _res_beta__admin__users.BetaAdminUsers:
        """The `beta.admin.users` operations; their module is imported on first use."""
        from . import beta__admin__users as module

        return module.BetaAdminUsers(self._core)

    @cached_property
    def workspaces(self) -> _res_beta__admin__workspaces.BetaAdminWorkspaces:
        """The `beta.admin.workspaces` operations; their module is imported on first use."""
        from . import beta__admin__workspaces as module

        return module.BetaAdminWorkspaces(self._core)

    @cached_property
    def billing(self) -> _res_beta__admin__billing.BetaAdminBilling:
        """The `beta.admin.billing` operations; their module is imported on first use."""
        from . import beta__admin__billing as module

        return module.BetaAdminBilling(self._core)

    @cached_property
    def audit_logs(self) -> _res_beta__admin__audit_logs.BetaAdminAuditLogs:
        """The `beta.admin.audit_logs` operations; their module is imported on first use."""
        from . import beta__admin__audit_logs as module

        return module.BetaAdminAuditLogs(self._core)

    @cached_property
    def user_groups(self) -> _res_beta__admin__user_groups.BetaAdminUserGroups:
        """The `beta.admin.user_groups` operations; their module is imported on first use."""
        from . import beta__admin__user_groups as module

        return module.BetaAdminUserGroups(self._core)

    @cached_property
    def api_keys(self) -> _res_beta__admin__api_keys.BetaAdminApiKeys:
        """The `beta.admin.api_keys` operations; their module is imported on first use."""
        from . import beta__admin__api_keys as module

        return module.BetaAdminApiKeys(self._core)

    @cached_property
    def scim(self) -> _res_beta__admin__scim.BetaAdminScim:
        """The `beta.admin.scim` operations; their module is imported on first use."""
        from . import beta__admin__scim as module

        return module.BetaAdminScim(self._core)

    @cached_property
    def vibe_work_analytics(
        self,
    ) -> _res_beta__admin__vibe_work_analytics.BetaAdminVibeWorkAnalytics:
        """The `beta.admin.vibe_work_analytics` operations; their module is imported on first use."""
        from . import beta__admin__vibe_work_analytics as module

        return module.BetaAdminVibeWorkAnalytics(self._core)

    @cached_property
    def vibe_code_analytics(
        self,
    ) -> _res_beta__admin__vibe_code_analytics.BetaAdminVibeCodeAnalytics:
        """The `beta.admin.vibe_code_analytics` operations; their module is imported on first use."""
        from . import beta__admin__vibe_code_analytics as module

        return module.BetaAdminVibeCodeAnalytics(self._core)


class AsyncBetaAdmin:
    """beta.admin"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def users(self) -> _res_beta__admin__users.AsyncBetaAdminUsers:
        """The `beta.admin.users` operations; their module is imported on first use."""
        from . import beta__admin__users as module

        return module.AsyncBetaAdminUsers(self._core)

    @cached_property
    def workspaces(self) -> _res_beta__admin__workspaces.AsyncBetaAdminWorkspaces:
        """The `beta.admin.workspaces` operations; their module is imported on first use."""
        from . import beta__admin__workspaces as module

        return module.AsyncBetaAdminWorkspaces(self._core)

    @cached_property
    def billing(self) -> _res_beta__admin__billing.AsyncBetaAdminBilling:
        """The `beta.admin.billing` operations; their module is imported on first use."""
        from . import beta__admin__billing as module

        return module.AsyncBetaAdminBilling(self._core)

    @cached_property
    def audit_logs(self) -> _res_beta__admin__audit_logs.AsyncBetaAdminAuditLogs:
        """The `beta.admin.audit_logs` operations; their module is imported on first use."""
        from . import beta__admin__audit_logs as module

        return module.AsyncBetaAdminAuditLogs(self._core)

    @cached_property
    def user_groups(self) -> _res_beta__admin__user_groups.AsyncBetaAdminUserGroups:
        """The `beta.admin.user_groups` operations; their module is imported on first use."""
        from . import beta__admin__user_groups as module

        return module.AsyncBetaAdminUserGroups(self._core)

    @cached_property
    def api_keys(self) -> _res_beta__admin__api_keys.AsyncBetaAdminApiKeys:
        """The `beta.admin.api_keys` operations; their module is imported on first use."""
        from . import beta__admin__api_keys as module

        return module.AsyncBetaAdminApiKeys(self._core)

    @cached_property
    def scim(self) -> _res_beta__admin__scim.AsyncBetaAdminScim:
        """The `beta.admin.scim` operations; their module is imported on first use."""
        from . import beta__admin__scim as module

        return module.AsyncBetaAdminScim(self._core)

    @cached_property
    def vibe_work_analytics(
        self,
    ) -> _res_beta__admin__vibe_work_analytics.AsyncBetaAdminVibeWorkAnalytics:
        """The `beta.admin.vibe_work_analytics` operations; their module is imported on first use."""
        from . import beta__admin__vibe_work_analytics as module

        return module.AsyncBetaAdminVibeWorkAnalytics(self._core)

    @cached_property
    def vibe_code_analytics(
        self,
    ) -> _res_beta__admin__vibe_code_analytics.AsyncBetaAdminVibeCodeAnalytics:
        """The `beta.admin.vibe_code_analytics` operations; their module is imported on first use."""
        from . import beta__admin__vibe_code_analytics as module

        return module.AsyncBetaAdminVibeCodeAnalytics(self._core)
