"""The `beta` operations: beta

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from . import beta__admin as _res_beta__admin
    from . import beta__agents as _res_beta__agents
    from . import beta__connectors as _res_beta__connectors
    from . import beta__conversations as _res_beta__conversations
    from . import beta__libraries as _res_beta__libraries
    from . import beta__observability as _res_beta__observability
    from . import beta__prompts as _res_beta__prompts
    from . import beta__rag as _res_beta__rag
    from . import beta__skills as _res_beta__skills
    from . import beta__users as _res_beta__users

__all__ = ["AsyncBeta", "Beta"]


class Beta:
    """beta"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def prompts(self) -> _res_beta__prompts.BetaPrompts:
        """The `beta.prompts` operations; their module is imported on first use."""
        from . import beta__prompts as module

        return module.BetaPrompts(self._core)

    @cached_property
    def skills(self) -> _res_beta__skills.BetaSkills:
        """The `beta.skills` operations; their module is imported on first use."""
        from . import beta__skills as module

        return module.BetaSkills(self._core)

    @cached_property
    def conversations(self) -> _res_beta__conversations.BetaConversations:
        """The `beta.conversations` operations; their module is imported on first use."""
        from . import beta__conversations as module

        return module.BetaConversations(self._core)

    @cached_property
    def agents(self) -> _res_beta__agents.BetaAgents:
        """The `beta.agents` operations; their module is imported on first use."""
        from . import beta__agents as module

        return module.BetaAgents(self._core)

    @cached_property
    def libraries(self) -> _res_beta__libraries.BetaLibraries:
        """The `beta.libraries` operations; their module is imported on first use."""
        from . import beta__libraries as module

        return module.BetaLibraries(self._core)

    @cached_property
    def observability(self) -> _res_beta__observability.BetaObservability:
        """The `beta.observability` operations; their module is imported on first use."""
        from . import beta__observability as module

        return module.BetaObservability(self._core)

    @cached_property
    def connectors(self) -> _res_beta__connectors.BetaConnectors:
        """The `beta.connectors` operations; their module is imported on first use."""
        from . import beta__connectors as module

        return module.BetaConnectors(self._core)

    @cached_property
    def rag(self) -> _res_beta__rag.BetaRag:
        """The `beta.rag` operations; their module is imported on first use."""
        from . import beta__rag as module

        return module.BetaRag(self._core)

    @cached_property
    def users(self) -> _res_beta__users.BetaUsers:
        """The `beta.users` operations; their module is imported on first use."""
        from . import beta__users as module

        return module.BetaUsers(self._core)

    @cached_property
    def admin(self) -> _res_beta__admin.BetaAdmin:
        """The `beta.admin` operations; their module is imported on first use."""
        from . import beta__admin as module

        return module.BetaAdmin(self._core)


class AsyncBeta:
    """beta"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def prompts(self) -> _res_beta__prompts.AsyncBetaPrompts:
        """The `beta.prompts` operations; their module is imported on first use."""
        from . import beta__prompts as module

        return module.AsyncBetaPrompts(self._core)

    @cached_property
    def skills(self) -> _res_beta__skills.AsyncBetaSkills:
        """The `beta.skills` operations; their module is imported on first use."""
        from . import beta__skills as module

        return module.AsyncBetaSkills(self._core)

    @cached_property
    def conversations(self) -> _res_beta__conversations.AsyncBetaConversations:
        """The `beta.conversations` operations; their module is imported on first use."""
        from . import beta__conversations as module

        return module.AsyncBetaConversations(self._core)

    @cached_property
    def agents(self) -> _res_beta__agents.AsyncBetaAgents:
        """The `beta.agents` operations; their module is imported on first use."""
        from . import beta__agents as module

        return module.AsyncBetaAgents(self._core)

    @cached_property
    def libraries(self) -> _res_beta__libraries.AsyncBetaLibraries:
        """The `beta.libraries` operations; their module is imported on first use."""
        from . import beta__libraries as module

        return module.AsyncBetaLibraries(self._core)

    @cached_property
    def observability(self) -> _res_beta__observability.AsyncBetaObservability:
        """The `beta.observability` operations; their module is imported on first use."""
        from . import beta__observability as module

        return module.AsyncBetaObservability(self._core)

    @cached_property
    def connectors(self) -> _res_beta__connectors.AsyncBetaConnectors:
        """The `beta.connectors` operations; their module is imported on first use."""
        from . import beta__connectors as module

        return module.AsyncBetaConnectors(self._core)

    @cached_property
    def rag(self) -> _res_beta__rag.AsyncBetaRag:
        """The `beta.rag` operations; their module is imported on first use."""
        from . import beta__rag as module

        return module.AsyncBetaRag(self._core)

    @cached_property
    def users(self) -> _res_beta__users.AsyncBetaUsers:
        """The `beta.users` operations; their module is imported on first use."""
        from . import beta__users as module

        return module.AsyncBetaUsers(self._core)

    @cached_property
    def admin(self) -> _res_beta__admin.AsyncBetaAdmin:
        """The `beta.admin` operations; their module is imported on first use."""
        from . import beta__admin as module

        return module.AsyncBetaAdmin(self._core)
