"""The `batch` operations: Batch API

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from . import batch__jobs as _res_batch__jobs

__all__ = ["AsyncBatch", "Batch"]


class Batch:
    """Batch API"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def jobs(self) -> _res_batch__jobs.BatchJobs:
        """The `batch.jobs` operations; their module is imported on first use."""
        from . import batch__jobs as module

        return module.BatchJobs(self._core)


class AsyncBatch:
    """Batch API"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def jobs(self) -> _res_batch__jobs.AsyncBatchJobs:
        """The `batch.jobs` operations; their module is imported on first use."""
        from . import batch__jobs as module

        return module.AsyncBatchJobs(self._core)
