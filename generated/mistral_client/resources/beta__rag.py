"""The `beta.rag` operations: beta.rag

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from . import (
        beta__rag__ingestion_pipeline_configurations as _res_beta__rag__ingestion_pipeline_configurations,
    )
    from . import beta__rag__search_indexes as _res_beta__rag__search_indexes

__all__ = ["AsyncBetaRag", "BetaRag"]


class BetaRag:
    """beta.rag"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def ingestion_pipeline_configurations(
        self,
    ) -> (
        _res_beta__rag__ingestion_pipeline_configurations.BetaRagIngestionPipelineConfigurations
    ):
        """The `beta.rag.ingestion_pipeline_configurations` operations; their module is imported on first use."""
        from . import beta__rag__ingestion_pipeline_configurations as module

        return module.BetaRagIngestionPipelineConfigurations(self._core)

    @cached_property
    def search_indexes(self) -> _res_beta__rag__search_indexes.BetaRagSearchIndexes:
        """The `beta.rag.search_indexes` operations; their module is imported on first use."""
        from . import beta__rag__search_indexes as module

        return module.BetaRagSearchIndexes(self._core)


class AsyncBetaRag:
    """beta.rag"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def ingestion_pipeline_configurations(
        self,
    ) -> (
        _res_beta__rag__ingestion_pipeline_configurations.AsyncBetaRagIngestionPipelineConfigurations
    ):
        """The `beta.rag.ingestion_pipeline_configurations` operations; their module is imported on first use."""
        from . import beta__rag__ingestion_pipeline_configurations as module

        return module.AsyncBetaRagIngestionPipelineConfigurations(self._core)

    @cached_property
    def search_indexes(
        self,
    ) -> _res_beta__rag__search_indexes.AsyncBetaRagSearchIndexes:
        """The `beta.rag.search_indexes` operations; their module is imported on first use."""
        from . import beta__rag__search_indexes as module

        return module.AsyncBetaRagSearchIndexes(self._core)
