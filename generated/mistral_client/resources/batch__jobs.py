"""The `batch.jobs` operations: batch.jobs

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBatchJobs", "BatchJobs"]


class BatchJobs:
    """batch.jobs"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        created_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        created_by_me: bool | None | _rt.Unset = _rt.UNSET,
        status: Sequence[_m.BatchJobStatus | str] | None | _rt.Unset = _rt.UNSET,
        order_by: (
            _m.JobsApiRoutesBatchGetBatchJobsOrderBy | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListBatchJobsResponse:
        """Get Batch Jobs

        Get a list of batch jobs for your organization and user."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/batch/jobs",
                query={
                    "page": page,
                    "page_size": page_size,
                    "model": model,
                    "agent_id": agent_id,
                    "metadata": metadata,
                    "created_after": created_after,
                    "created_by_me": created_by_me,
                    "status": status,
                    "order_by": order_by,
                },
            ),
            {"200": _rt.Returns("json", _m.ListBatchJobsResponse.from_dict)},
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
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        created_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        created_by_me: bool | None | _rt.Unset = _rt.UNSET,
        status: Sequence[_m.BatchJobStatus | str] | None | _rt.Unset = _rt.UNSET,
        order_by: (
            _m.JobsApiRoutesBatchGetBatchJobsOrderBy | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListBatchJobsResponse:
        """Get Batch Jobs

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBatchJobs(await self._core.async_twin()).list(
            page=page,
            page_size=page_size,
            model=model,
            agent_id=agent_id,
            metadata=metadata,
            created_after=created_after,
            created_by_me=created_by_me,
            status=status,
            order_by=order_by,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        endpoint: _m.ApiEndpoint | str,
        input_files: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        requests: (
            Sequence[_m.BatchRequest | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        timeout_hours: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Create Batch Job

        Create a new batch job, it will be queued for processing.

        Args:
            input_files: A list of `.jsonl` files for batch inference. Each line must be
                a JSON object with a `body` field containing the request payload:
                ```json {"custom_id": "0", "body": {"max_tokens": 100, "messages":
                [{"role": "user", "content": "What is the best French cheese?"}]}}
                {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role":
                "user", "content": "What is the best French wine?"}]}} ```
            endpoint: The endpoint to be used for batch inference.
            model: The model to be used for batch inference.
            agent_id: In case you want to use a specific agent from the **deprecated**
                agents api for batch inference, you can specify the agent ID here.
            metadata: The metadata of your choice to be associated with the batch
                inference job.
            timeout_hours: The timeout in hours for the batch inference job."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/batch/jobs",
                json=_rt.encode_json(
                    {
                        "input_files": input_files,
                        "requests": requests,
                        "endpoint": endpoint,
                        "model": model,
                        "agent_id": agent_id,
                        "metadata": metadata,
                        "timeout_hours": timeout_hours,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.BatchJob.from_dict)},
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
        endpoint: _m.ApiEndpoint | str,
        input_files: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        requests: (
            Sequence[_m.BatchRequest | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        timeout_hours: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Create Batch Job

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBatchJobs(await self._core.async_twin()).create(
            endpoint=endpoint,
            input_files=input_files,
            requests=requests,
            model=model,
            agent_id=agent_id,
            metadata=metadata,
            timeout_hours=timeout_hours,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        job_id: str,
        inline: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Get Batch Job

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/batch/jobs/{job_id}", {"job_id": job_id}),
                query={"inline": inline},
            ),
            {"200": _rt.Returns("json", _m.BatchJob.from_dict)},
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
        job_id: str,
        inline: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Get Batch Job

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBatchJobs(await self._core.async_twin()).get(
            job_id=job_id,
            inline=inline,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteBatchJobResponse:
        """Delete Batch Job

        Request the deletion of a batch job."""
        return self._core.request(
            _rt.Request(
                "DELETE", _rt.format_path("/v1/batch/jobs/{job_id}", {"job_id": job_id})
            ),
            {"200": _rt.Returns("json", _m.DeleteBatchJobResponse.from_dict)},
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
        job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteBatchJobResponse:
        """Delete Batch Job

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBatchJobs(await self._core.async_twin()).delete(
            job_id=job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def cancel(
        self,
        *,
        job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Cancel Batch Job

        Request the cancellation of a batch job."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path("/v1/batch/jobs/{job_id}/cancel", {"job_id": job_id}),
            ),
            {"200": _rt.Returns("json", _m.BatchJob.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def cancel_async(
        self,
        *,
        job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Cancel Batch Job

        `cancel` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBatchJobs(await self._core.async_twin()).cancel(
            job_id=job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBatchJobs:
    """batch.jobs"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        created_after: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        created_by_me: bool | None | _rt.Unset = _rt.UNSET,
        status: Sequence[_m.BatchJobStatus | str] | None | _rt.Unset = _rt.UNSET,
        order_by: (
            _m.JobsApiRoutesBatchGetBatchJobsOrderBy | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListBatchJobsResponse:
        """Get Batch Jobs

        Get a list of batch jobs for your organization and user."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/batch/jobs",
                query={
                    "page": page,
                    "page_size": page_size,
                    "model": model,
                    "agent_id": agent_id,
                    "metadata": metadata,
                    "created_after": created_after,
                    "created_by_me": created_by_me,
                    "status": status,
                    "order_by": order_by,
                },
            ),
            {"200": _rt.Returns("json", _m.ListBatchJobsResponse.from_dict)},
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
        endpoint: _m.ApiEndpoint | str,
        input_files: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        requests: (
            Sequence[_m.BatchRequest | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, str] | None | _rt.Unset = _rt.UNSET,
        timeout_hours: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Create Batch Job

        Create a new batch job, it will be queued for processing.

        Args:
            input_files: A list of `.jsonl` files for batch inference. Each line must be
                a JSON object with a `body` field containing the request payload:
                ```json {"custom_id": "0", "body": {"max_tokens": 100, "messages":
                [{"role": "user", "content": "What is the best French cheese?"}]}}
                {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role":
                "user", "content": "What is the best French wine?"}]}} ```
            endpoint: The endpoint to be used for batch inference.
            model: The model to be used for batch inference.
            agent_id: In case you want to use a specific agent from the **deprecated**
                agents api for batch inference, you can specify the agent ID here.
            metadata: The metadata of your choice to be associated with the batch
                inference job.
            timeout_hours: The timeout in hours for the batch inference job."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/batch/jobs",
                json=_rt.encode_json(
                    {
                        "input_files": input_files,
                        "requests": requests,
                        "endpoint": endpoint,
                        "model": model,
                        "agent_id": agent_id,
                        "metadata": metadata,
                        "timeout_hours": timeout_hours,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.BatchJob.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get(
        self,
        *,
        job_id: str,
        inline: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Get Batch Job

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/batch/jobs/{job_id}", {"job_id": job_id}),
                query={"inline": inline},
            ),
            {"200": _rt.Returns("json", _m.BatchJob.from_dict)},
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
        job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteBatchJobResponse:
        """Delete Batch Job

        Request the deletion of a batch job."""
        return await self._core.request(
            _rt.Request(
                "DELETE", _rt.format_path("/v1/batch/jobs/{job_id}", {"job_id": job_id})
            ),
            {"200": _rt.Returns("json", _m.DeleteBatchJobResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def cancel(
        self,
        *,
        job_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.BatchJob:
        """Cancel Batch Job

        Request the cancellation of a batch job."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path("/v1/batch/jobs/{job_id}/cancel", {"job_id": job_id}),
            ),
            {"200": _rt.Returns("json", _m.BatchJob.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
