"""The `beta.observability.datasets.records` operations: (beta) Observability API - dataset records.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaObservabilityDatasetsRecords", "BetaObservabilityDatasetsRecords"]


class BetaObservabilityDatasetsRecords:
    """(beta) Observability API - dataset records."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def fetch(
        self,
        *,
        dataset_record_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetRecord:
        """Get the content of a given dataset record"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}",
                    {"dataset_record_id": dataset_record_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.DatasetRecord.from_dict)},
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
        dataset_record_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetRecord:
        """Get the content of a given dataset record

        `fetch` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasetsRecords(
            await self._core.async_twin()
        ).fetch(
            dataset_record_id=dataset_record_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        dataset_record_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a record from a dataset"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}",
                    {"dataset_record_id": dataset_record_id},
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
        dataset_record_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a record from a dataset

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasetsRecords(
            await self._core.async_twin()
        ).delete(
            dataset_record_id=dataset_record_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete multiple records from datasets"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/dataset-records/bulk-delete",
                json=_rt.encode_json({"dataset_record_ids": dataset_record_ids}),
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

    async def bulk_delete_async(
        self,
        *,
        dataset_record_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete multiple records from datasets

        `bulk_delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasetsRecords(
            await self._core.async_twin()
        ).bulk_delete(
            dataset_record_ids=dataset_record_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def judge(
        self,
        *,
        dataset_record_id: str,
        judge_definition: _m.CreateJudgeRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run Judge on a dataset record based on the given options"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}/live-judging",
                    {"dataset_record_id": dataset_record_id},
                ),
                json=_rt.encode_json({"judge_definition": judge_definition}),
            ),
            {"200": _rt.Returns("json", _m.JudgeOutput.from_dict)},
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

    async def judge_async(
        self,
        *,
        dataset_record_id: str,
        judge_definition: _m.CreateJudgeRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run Judge on a dataset record based on the given options

        `judge` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasetsRecords(
            await self._core.async_twin()
        ).judge(
            dataset_record_id=dataset_record_id,
            judge_definition=judge_definition,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_payload(
        self,
        *,
        dataset_record_id: str,
        payload: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update a dataset record payload

        Args:
            payload: Caller-authored input object stored on a dataset record."""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}/payload",
                    {"dataset_record_id": dataset_record_id},
                ),
                json=_rt.encode_json({"payload": payload}),
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

    async def update_payload_async(
        self,
        *,
        dataset_record_id: str,
        payload: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update a dataset record payload

        `update_payload` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasetsRecords(
            await self._core.async_twin()
        ).update_payload(
            dataset_record_id=dataset_record_id,
            payload=payload,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_properties(
        self,
        *,
        dataset_record_id: str,
        properties: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update dataset record properties"""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}/properties",
                    {"dataset_record_id": dataset_record_id},
                ),
                json=_rt.encode_json({"properties": properties}),
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

    async def update_properties_async(
        self,
        *,
        dataset_record_id: str,
        properties: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update dataset record properties

        `update_properties` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityDatasetsRecords(
            await self._core.async_twin()
        ).update_properties(
            dataset_record_id=dataset_record_id,
            properties=properties,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityDatasetsRecords:
    """(beta) Observability API - dataset records."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def fetch(
        self,
        *,
        dataset_record_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DatasetRecord:
        """Get the content of a given dataset record"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}",
                    {"dataset_record_id": dataset_record_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.DatasetRecord.from_dict)},
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
        dataset_record_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a record from a dataset"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}",
                    {"dataset_record_id": dataset_record_id},
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

    async def bulk_delete(
        self,
        *,
        dataset_record_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete multiple records from datasets"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/dataset-records/bulk-delete",
                json=_rt.encode_json({"dataset_record_ids": dataset_record_ids}),
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

    async def judge(
        self,
        *,
        dataset_record_id: str,
        judge_definition: _m.CreateJudgeRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run Judge on a dataset record based on the given options"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}/live-judging",
                    {"dataset_record_id": dataset_record_id},
                ),
                json=_rt.encode_json({"judge_definition": judge_definition}),
            ),
            {"200": _rt.Returns("json", _m.JudgeOutput.from_dict)},
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

    async def update_payload(
        self,
        *,
        dataset_record_id: str,
        payload: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update a dataset record payload

        Args:
            payload: Caller-authored input object stored on a dataset record."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}/payload",
                    {"dataset_record_id": dataset_record_id},
                ),
                json=_rt.encode_json({"payload": payload}),
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

    async def update_properties(
        self,
        *,
        dataset_record_id: str,
        properties: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update dataset record properties"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/observability/dataset-records/{dataset_record_id}/properties",
                    {"dataset_record_id": dataset_record_id},
                ),
                json=_rt.encode_json({"properties": properties}),
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
