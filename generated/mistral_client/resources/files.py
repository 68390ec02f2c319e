"""The `files` operations: Files API

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncFiles", "Files"]


class Files:
    """Files API"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        include_total: bool | None | _rt.Unset = _rt.UNSET,
        sample_type: Sequence[_m.SampleType | str] | None | _rt.Unset = _rt.UNSET,
        source: Sequence[_m.Source | str] | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        purpose: _m.FilePurpose | str | None | _rt.Unset = _rt.UNSET,
        mimetypes: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListFilesResponse:
        """List Files

        Returns a list of files that belong to the user's organization."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/files",
                query={
                    "page": page,
                    "page_size": page_size,
                    "include_total": include_total,
                    "sample_type": sample_type,
                    "source": source,
                    "search": search,
                    "purpose": purpose,
                    "mimetypes": mimetypes,
                },
            ),
            {"200": _rt.Returns("json", _m.ListFilesResponse.from_dict)},
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
        include_total: bool | None | _rt.Unset = _rt.UNSET,
        sample_type: Sequence[_m.SampleType | str] | None | _rt.Unset = _rt.UNSET,
        source: Sequence[_m.Source | str] | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        purpose: _m.FilePurpose | str | None | _rt.Unset = _rt.UNSET,
        mimetypes: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListFilesResponse:
        """List Files

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFiles(await self._core.async_twin()).list(
            page=page,
            page_size=page_size,
            include_total=include_total,
            sample_type=sample_type,
            source=source,
            search=search,
            purpose=purpose,
            mimetypes=mimetypes,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def upload(
        self,
        *,
        file: _rt.FileContent,
        expiry: int | None | _rt.Unset = _rt.UNSET,
        visibility: (
            _m.FilesApiRoutesUploadFileRequestVisibility | str | _rt.Unset
        ) = _rt.UNSET,
        purpose: _m.FilePurpose | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CreateFileResponse:
        """Upload File

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only
        supports .jsonl files.

        Please contact us if you need to increase these storage limits.

        Args:
            file: The File object (not file name) to be uploaded. To upload a file and
                specify a custom file name you should format your request as such:
                ```bash file=@path/to/your/file.jsonl;filename=custom_name.jsonl ```
                Otherwise, you can just keep the original file name: ```bash
                file=@path/to/your/file.jsonl ```"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/files",
                **_rt.multipart(
                    {
                        "expiry": expiry,
                        "visibility": visibility,
                        "purpose": purpose,
                        "file": file,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.CreateFileResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def upload_async(
        self,
        *,
        file: _rt.FileContent,
        expiry: int | None | _rt.Unset = _rt.UNSET,
        visibility: (
            _m.FilesApiRoutesUploadFileRequestVisibility | str | _rt.Unset
        ) = _rt.UNSET,
        purpose: _m.FilePurpose | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CreateFileResponse:
        """Upload File

        `upload` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFiles(await self._core.async_twin()).upload(
            file=file,
            expiry=expiry,
            visibility=visibility,
            purpose=purpose,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetFileResponse:
        """Retrieve File

        Returns information about a specific file."""
        return self._core.request(
            _rt.Request(
                "GET", _rt.format_path("/v1/files/{file_id}", {"file_id": file_id})
            ),
            {"200": _rt.Returns("json", _m.GetFileResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve_async(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetFileResponse:
        """Retrieve File

        `retrieve` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFiles(await self._core.async_twin()).retrieve(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteFileResponse:
        """Delete File

        Delete a file."""
        return self._core.request(
            _rt.Request(
                "DELETE", _rt.format_path("/v1/files/{file_id}", {"file_id": file_id})
            ),
            {"200": _rt.Returns("json", _m.DeleteFileResponse.from_dict)},
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
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteFileResponse:
        """Delete File

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFiles(await self._core.async_twin()).delete(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def download(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> bytes:
        """Download File

        Download a file"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/files/{file_id}/content", {"file_id": file_id}),
            ),
            {"200": _rt.Returns("bytes", bytes)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def download_async(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> bytes:
        """Download File

        `download` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFiles(await self._core.async_twin()).download(
            file_id=file_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_signed_url(
        self,
        *,
        file_id: str,
        expiry: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSignedUrlResponse:
        """Get Signed Url

        Args:
            expiry: Number of hours before the URL becomes invalid. Defaults to 24h.
                Must be between 1h and 168h."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/files/{file_id}/url", {"file_id": file_id}),
                query={"expiry": expiry},
            ),
            {"200": _rt.Returns("json", _m.GetSignedUrlResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_signed_url_async(
        self,
        *,
        file_id: str,
        expiry: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSignedUrlResponse:
        """Get Signed Url

        `get_signed_url` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFiles(await self._core.async_twin()).get_signed_url(
            file_id=file_id,
            expiry=expiry,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFiles:
    """Files API"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        include_total: bool | None | _rt.Unset = _rt.UNSET,
        sample_type: Sequence[_m.SampleType | str] | None | _rt.Unset = _rt.UNSET,
        source: Sequence[_m.Source | str] | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        purpose: _m.FilePurpose | str | None | _rt.Unset = _rt.UNSET,
        mimetypes: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListFilesResponse:
        """List Files

        Returns a list of files that belong to the user's organization."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/files",
                query={
                    "page": page,
                    "page_size": page_size,
                    "include_total": include_total,
                    "sample_type": sample_type,
                    "source": source,
                    "search": search,
                    "purpose": purpose,
                    "mimetypes": mimetypes,
                },
            ),
            {"200": _rt.Returns("json", _m.ListFilesResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def upload(
        self,
        *,
        file: _rt.FileContent,
        expiry: int | None | _rt.Unset = _rt.UNSET,
        visibility: (
            _m.FilesApiRoutesUploadFileRequestVisibility | str | _rt.Unset
        ) = _rt.UNSET,
        purpose: _m.FilePurpose | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CreateFileResponse:
        """Upload File

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only
        supports .jsonl files.

        Please contact us if you need to increase these storage limits.

        Args:
            file: The File object (not file name) to be uploaded. To upload a file and
                specify a custom file name you should format your request as such:
                ```bash file=@path/to/your/file.jsonl;filename=custom_name.jsonl ```
                Otherwise, you can just keep the original file name: ```bash
                file=@path/to/your/file.jsonl ```"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/files",
                **_rt.multipart(
                    {
                        "expiry": expiry,
                        "visibility": visibility,
                        "purpose": purpose,
                        "file": file,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.CreateFileResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetFileResponse:
        """Retrieve File

        Returns information about a specific file."""
        return await self._core.request(
            _rt.Request(
                "GET", _rt.format_path("/v1/files/{file_id}", {"file_id": file_id})
            ),
            {"200": _rt.Returns("json", _m.GetFileResponse.from_dict)},
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
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DeleteFileResponse:
        """Delete File

        Delete a file."""
        return await self._core.request(
            _rt.Request(
                "DELETE", _rt.format_path("/v1/files/{file_id}", {"file_id": file_id})
            ),
            {"200": _rt.Returns("json", _m.DeleteFileResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def download(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> bytes:
        """Download File

        Download a file"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/files/{file_id}/content", {"file_id": file_id}),
            ),
            {"200": _rt.Returns("bytes", bytes)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_signed_url(
        self,
        *,
        file_id: str,
        expiry: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.GetSignedUrlResponse:
        """Get Signed Url

        Args:
            expiry: Number of hours before the URL becomes invalid. Defaults to 24h.
                Must be between 1h and 168h."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/files/{file_id}/url", {"file_id": file_id}),
                query={"expiry": expiry},
            ),
            {"200": _rt.Returns("json", _m.GetSignedUrlResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
