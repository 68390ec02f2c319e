"""The `beta.observability` operations: beta.observability

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from . import beta__observability__campaigns as _res_beta__observability__campaigns
    from . import (
        beta__observability__chat_completion_events as _res_beta__observability__chat_completion_events,
    )
    from . import beta__observability__datasets as _res_beta__observability__datasets
    from . import beta__observability__judges as _res_beta__observability__judges
    from . import beta__observability__logs as _res_beta__observability__logs
    from . import beta__observability__spans as _res_beta__observability__spans
    from . import beta__observability__traces as _res_beta__observability__traces

__all__ = ["AsyncBetaObservability", "BetaObservability"]


class BetaObservability:
    """beta.observability"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def chat_completion_events(
        self,
    ) -> (
        _res_beta__observability__chat_completion_events.BetaObservabilityChatCompletionEvents
    ):
        """The `beta.observability.chat_completion_events` operations; their module is imported on first use."""
        from . import beta__observability__chat_completion_events as module

        return module.BetaObservabilityChatCompletionEvents(self._core)

    @cached_property
    def judges(self) -> _res_beta__observability__judges.BetaObservabilityJudges:
        """The `beta.observability.judges` operations; their module is imported on first use."""
        from . import beta__observability__judges as module

        return module.BetaObservabilityJudges(self._core)

    @cached_property
    def campaigns(
        self,
    ) -> _res_beta__observability__campaigns.BetaObservabilityCampaigns:
        """The `beta.observability.campaigns` operations; their module is imported on first use."""
        from . import beta__observability__campaigns as module

        return module.BetaObservabilityCampaigns(self._core)

    @cached_property
    def datasets(self) -> _res_beta__observability__datasets.BetaObservabilityDatasets:
        """The `beta.observability.datasets` operations; their module is imported on first use."""
        from . import beta__observability__datasets as module

        return module.BetaObservabilityDatasets(self._core)

    @cached_property
    def logs(self) -> _res_beta__observability__logs.BetaObservabilityLogs:
        """The `beta.observability.logs` operations; their module is imported on first use."""
        from . import beta__observability__logs as module

        return module.BetaObservabilityLogs(self._core)

    @cached_property
    def traces(self) -> _res_beta__observability__traces.BetaObservabilityTraces:
        """The `beta.observability.traces` operations; their module is imported on first use."""
        from . import beta__observability__traces as module

        return module.BetaObservabilityTraces(self._core)

    @cached_property
    def spans(self) -> _res_beta__observability__spans.BetaObservabilitySpans:
        """The `beta.observability.spans` operations; their module is imported on first use."""
        from . import beta__observability__spans as module

        return module.BetaObservabilitySpans(self._core)


class AsyncBetaObservability:
    """beta.observability"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def chat_completion_events(
        self,
    ) -> (
        _res_beta__observability__chat_completion_events.AsyncBetaObservabilityChatCompletionEvents
    ):
        """The `beta.observability.chat_completion_events` operations; their module is imported on first use."""
        from . import beta__observability__chat_completion_events as module

        return module.AsyncBetaObservabilityChatCompletionEvents(self._core)

    @cached_property
    def judges(self) -> _res_beta__observability__judges.AsyncBetaObservabilityJudges:
        """The `beta.observability.judges` operations; their module is imported on first use."""
        from . import beta__observability__judges as module

        return module.AsyncBetaObservabilityJudges(self._core)

    @cached_property
    def campaigns(
        self,
    ) -> _res_beta__observability__campaigns.AsyncBetaObservabilityCampaigns:
        """The `beta.observability.campaigns` operations; their module is imported on first use."""
        from . import beta__observability__campaigns as module

        return module.AsyncBetaObservabilityCampaigns(self._core)

    @cached_property
    def datasets(
        self,
    ) -> _res_beta__observability__datasets.AsyncBetaObservabilityDatasets:
        """The `beta.observability.datasets` operations; their module is imported on first use."""
        from . import beta__observability__datasets as module

        return module.AsyncBetaObservabilityDatasets(self._core)

    @cached_property
    def logs(self) -> _res_beta__observability__logs.AsyncBetaObservabilityLogs:
        """The `beta.observability.logs` operations; their module is imported on first use."""
        from . import beta__observability__logs as module

        return module.AsyncBetaObservabilityLogs(self._core)

    @cached_property
    def traces(self) -> _res_beta__observability__traces.AsyncBetaObservabilityTraces:
        """The `beta.observability.traces` operations; their module is imported on first use."""
        from . import beta__observability__traces as module

        return module.AsyncBetaObservabilityTraces(self._core)

    @cached_property
    def spans(self) -> _res_beta__observability__spans.AsyncBetaObservabilitySpans:
        """The `beta.observability.spans` operations; their module is imported on first use."""
        from . import beta__observability__spans as module

        return module.AsyncBetaObservabilitySpans(self._core)
