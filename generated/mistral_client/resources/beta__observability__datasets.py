"""The `beta.observability.datasets` operations: (beta) Observability API - datasets.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

if TYPE_CHECKING:
    from . import (
        beta__observability__datasets__records as _res_beta__observability__datasets__records,
    )

__all__ = ["AsyncBetaObservabilityDatasets", "BetaObservabilityDatasets"]


class BetaObservabilityDatasets:
    """(beta) Observability API - datasets."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def records(
        self,
    ) -> _res_beta__observability__datasets__records.BetaObservabilityDatasetsRecords:
        """The `beta.observability.datasets.records` operations; their module is imported on first use."""
        from . import beta__observability__datasets__records as module

        return module.BetaObservabilityDatasetsRecords(self._core)

    def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetsResponse:
        """List existing datasets"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/observability/datasets",
                query={"page_size": page_size, "page": page, "q": q},
            ),
            {"200": _rt.Returns("json", _m.ListDatasetsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetsResponse:
        """List existing datasets

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(await self._core.async_twin()).list(
            page_size=page_size,
            page=page,
            q=q,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Dataset:
        """Create a new empty dataset"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/datasets",
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"201": _rt.Returns("json", _m.Dataset.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        description: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Dataset:
        """Create a new empty dataset

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).create(
            name=name,
            description=description,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetPreview:
        """Get dataset by id"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}",
                    {"dataset_id": dataset_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.DatasetPreview.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def fetch_async(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetPreview:
        """Get dataset by id

        `fetch` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).fetch(
            dataset_id=dataset_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a dataset"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}",
                    {"dataset_id": dataset_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
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
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a dataset

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).delete(
            dataset_id=dataset_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        dataset_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetPreview:
        """Patch dataset"""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"200": _rt.Returns("json", _m.DatasetPreview.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_async(
        self,
        *,
        dataset_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetPreview:
        """Patch dataset

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).update(
            dataset_id=dataset_id,
            name=name,
            description=description,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_records(
        self,
        *,
        dataset_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetRecordsResponse:
        """List existing records in the dataset"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/records",
                    {"dataset_id": dataset_id},
                ),
                query={"page_size": page_size, "page": page},
            ),
            {"200": _rt.Returns("json", _m.ListDatasetRecordsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_records_async(
        self,
        *,
        dataset_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetRecordsResponse:
        """List existing records in the dataset

        `list_records` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).list_records(
            dataset_id=dataset_id,
            page_size=page_size,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_record(
        self,
        *,
        dataset_id: str,
        payload: Mapping[str, Any],
        properties: Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetRecord:
        """Add a record to the dataset

        Args:
            payload: Caller-authored input object stored on a dataset record."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/records",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"payload": payload, "properties": properties}),
            ),
            {"201": _rt.Returns("json", _m.DatasetRecord.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_record_async(
        self,
        *,
        dataset_id: str,
        payload: Mapping[str, Any],
        properties: Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetRecord:
        """Add a record to the dataset

        `create_record` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).create_record(
            dataset_id=dataset_id,
            payload=payload,
            properties=properties,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def post_records_from_campaign(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from a campaign"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-campaign",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"campaign_id": campaign_id}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def post_records_from_campaign_async(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from a campaign

        `post_records_from_campaign` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).post_records_from_campaign(
            dataset_id=dataset_id,
            campaign_id=campaign_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def post_records_from_explorer(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from the explorer"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-explorer",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"completion_event_ids": completion_event_ids}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def post_records_from_explorer_async(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from the explorer

        `post_records_from_explorer` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).post_records_from_explorer(
            dataset_id=dataset_id,
            completion_event_ids=completion_event_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def import_from_file(
        self,
        *,
        dataset_id: str,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from an uploaded file"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-file",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"file_id": file_id}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def import_from_file_async(
        self,
        *,
        dataset_id: str,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from an uploaded file

        `import_from_file` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).import_from_file(
            dataset_id=dataset_id,
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def import_from_playground(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from playground conversations"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-playground",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"conversation_ids": conversation_ids}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def import_from_playground_async(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from playground conversations

        `import_from_playground` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).import_from_playground(
            dataset_id=dataset_id,
            conversation_ids=conversation_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def import_from_dataset_records(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from another dataset"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-dataset",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"dataset_record_ids": dataset_record_ids}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def import_from_dataset_records_async(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from another dataset

        `import_from_dataset_records` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).import_from_dataset_records(
            dataset_id=dataset_id,
            dataset_record_ids=dataset_record_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def export_to_jsonl(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/exports/to-jsonl",
                    {"dataset_id": dataset_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ExportDatasetResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def export_to_jsonl_async(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file

        `export_to_jsonl` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).export_to_jsonl(
            dataset_id=dataset_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch_task(
        self,
        *,
        dataset_id: str,
        task_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Get status of a dataset import task"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/tasks/{task_id}",
                    {"dataset_id": dataset_id, "task_id": task_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def fetch_task_async(
        self,
        *,
        dataset_id: str,
        task_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Get status of a dataset import task

        `fetch_task` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).fetch_task(
            dataset_id=dataset_id,
            task_id=task_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_tasks(
        self,
        *,
        dataset_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetImportTasksResponse:
        """List import tasks for the given dataset"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/tasks",
                    {"dataset_id": dataset_id},
                ),
                query={"page_size": page_size, "page": page},
            ),
            {"200": _rt.Returns("json", _m.ListDatasetImportTasksResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_tasks_async(
        self,
        *,
        dataset_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetImportTasksResponse:
        """List import tasks for the given dataset

        `list_tasks` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasets(
            await self._core.async_twin()
        ).list_tasks(
            dataset_id=dataset_id,
            page_size=page_size,
            page=page,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityDatasets:
    """(beta) Observability API - datasets."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def records(
        self,
    ) -> (
        _res_beta__observability__datasets__records.AsyncBetaObservabilityDatasetsRecords
    ):
        """The `beta.observability.datasets.records` operations; their module is imported on first use."""
        from . import beta__observability__datasets__records as module

        return module.AsyncBetaObservabilityDatasetsRecords(self._core)

    async def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetsResponse:
        """List existing datasets"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/observability/datasets",
                query={"page_size": page_size, "page": page, "q": q},
            ),
            {"200": _rt.Returns("json", _m.ListDatasetsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        description: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Dataset:
        """Create a new empty dataset"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/datasets",
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"201": _rt.Returns("json", _m.Dataset.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def fetch(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetPreview:
        """Get dataset by id"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}",
                    {"dataset_id": dataset_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.DatasetPreview.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a dataset"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}",
                    {"dataset_id": dataset_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetPreview:
        """Patch dataset"""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"200": _rt.Returns("json", _m.DatasetPreview.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_records(
        self,
        *,
        dataset_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetRecordsResponse:
        """List existing records in the dataset"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/records",
                    {"dataset_id": dataset_id},
                ),
                query={"page_size": page_size, "page": page},
            ),
            {"200": _rt.Returns("json", _m.ListDatasetRecordsResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_record(
        self,
        *,
        dataset_id: str,
        payload: Mapping[str, Any],
        properties: Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetRecord:
        """Add a record to the dataset

        Args:
            payload: Caller-authored input object stored on a dataset record."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/records",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"payload": payload, "properties": properties}),
            ),
            {"201": _rt.Returns("json", _m.DatasetRecord.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def post_records_from_campaign(
        self,
        *,
        dataset_id: str,
        campaign_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from a campaign"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-campaign",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"campaign_id": campaign_id}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def post_records_from_explorer(
        self,
        *,
        dataset_id: str,
        completion_event_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from the explorer"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-explorer",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"completion_event_ids": completion_event_ids}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def import_from_file(
        self,
        *,
        dataset_id: str,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from an uploaded file"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-file",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"file_id": file_id}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def import_from_playground(
        self,
        *,
        dataset_id: str,
        conversation_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from playground conversations"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-playground",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"conversation_ids": conversation_ids}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def import_from_dataset_records(
        self,
        *,
        dataset_id: str,
        dataset_record_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Populate the dataset with records from another dataset"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/imports/from-dataset",
                    {"dataset_id": dataset_id},
                ),
                json=_rt.encode_json({"dataset_record_ids": dataset_record_ids}),
            ),
            {"202": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def export_to_jsonl(
        self,
        *,
        dataset_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ExportDatasetResponse:
        """Export to the Files API and retrieve presigned URL to download the resulting JSONL file"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/exports/to-jsonl",
                    {"dataset_id": dataset_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ExportDatasetResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def fetch_task(
        self,
        *,
        dataset_id: str,
        task_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetImportTask:
        """Get status of a dataset import task"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/tasks/{task_id}",
                    {"dataset_id": dataset_id, "task_id": task_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.DatasetImportTask.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_tasks(
        self,
        *,
        dataset_id: str,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDatasetImportTasksResponse:
        """List import tasks for the given dataset"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/datasets/{dataset_id}/tasks",
                    {"dataset_id": dataset_id},
                ),
                query={"page_size": page_size, "page": page},
            ),
            {"200": _rt.Returns("json", _m.ListDatasetImportTasksResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
