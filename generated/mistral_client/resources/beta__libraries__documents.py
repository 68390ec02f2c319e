"""The `beta.libraries.documents` operations: (beta) Libraries API - manage documents in a library.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any, cast

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaLibrariesDocuments", "BetaLibrariesDocuments"]


class BetaLibrariesDocuments:
    """(beta) Libraries API - manage documents in a library."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        library_id: str,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        filters_attributes: str | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_order: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDocumentsResponse:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Args:
            filters_attributes: Deprecated: this parameter will be removed in a future
                version."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents", {"library_id": library_id}
                ),
                query={
                    "search": search,
                    "page_size": page_size,
                    "page": page,
                    "filters_attributes": filters_attributes,
                    "sort_by": sort_by,
                    "sort_order": sort_order,
                },
            ),
            {"200": _rt.Returns("json", _m.ListDocumentsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        filters_attributes: str | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_order: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDocumentsResponse:
        """List documents in a given library.

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(await self._core.async_twin()).list(
            library_id=library_id,
            search=search,
            page_size=page_size,
            page=page,
            filters_attributes=filters_attributes,
            sort_by=sort_by,
            sort_order=sort_order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def upload(
        self,
        *,
        library_id: str,
        file: _rt.FileContent,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it
        status will change it has been processed. The processing has to be completed in order be
        discoverable for the library search

        Args:
            file: The File object (not file name) to be uploaded. To upload a file and
                specify a custom file name you should format your request as such:
                ```bash file=@path/to/your/file.jsonl;filename=custom_name.jsonl ```
                Otherwise, you can just keep the original file name: ```bash
                file=@path/to/your/file.jsonl ```"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents", {"library_id": library_id}
                ),
                **_rt.multipart({"file": file}),
            ),
            {
                "201": _rt.Returns("json", _m.Document.from_dict),
                "200": _rt.Returns("json", _m.Document.from_dict),
            },
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        file: _rt.FileContent,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Upload a new document.

        `upload` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(await self._core.async_twin()).upload(
            library_id=library_id,
            file=file,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that
        document."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.Document.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Retrieve the metadata of a specific document.

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(await self._core.async_twin()).get(
            library_id=library_id,
            document_id=document_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def libraries_documents_update_v1(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        attributes: (
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | _dt.datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        expires_at: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        Deprecated.
        Use the PATCH method instead. This PUT endpoint will be removed in a future version.

        Args:
            expires_at: If set, the document will be automatically deleted after this
                date."""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
                json=_rt.encode_json(
                    {"name": name, "attributes": attributes, "expires_at": expires_at}
                ),
            ),
            {"200": _rt.Returns("json", _m.Document.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def libraries_documents_update_v1_async(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        attributes: (
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | _dt.datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        expires_at: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Update the metadata of a specific document.

        `libraries_documents_update_v1` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(
            await self._core.async_twin()
        ).libraries_documents_update_v1(
            library_id=library_id,
            document_id=document_id,
            name=name,
            attributes=attributes,
            expires_at=expires_at,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will
        be deleted from the library and the search index."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a document.

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(await self._core.async_twin()).delete(
            library_id=library_id,
            document_id=document_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        attributes: (
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | _dt.datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        expires_at: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of
        that document.

        Args:
            expires_at: If set, the document will be automatically deleted after this
                date."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
                json=_rt.encode_json(
                    {"name": name, "attributes": attributes, "expires_at": expires_at}
                ),
            ),
            {"200": _rt.Returns("json", _m.Document.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        attributes: (
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | _dt.datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        expires_at: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Update the metadata of a specific document.

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(await self._core.async_twin()).update(
            library_id=library_id,
            document_id=document_id,
            name=name,
            attributes=attributes,
            expires_at=expires_at,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def text_content(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: int | None | _rt.Unset = _rt.UNSET,
        page_end: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DocumentTextContent:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of
        that document if it exists. For documents like pdf, docx and pptx the text content
        results from our processing using Mistral OCR."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/text_content",
                    {"library_id": library_id, "document_id": document_id},
                ),
                query={"page_start": page_start, "page_end": page_end},
            ),
            {"200": _rt.Returns("json", _m.DocumentTextContent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def text_content_async(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: int | None | _rt.Unset = _rt.UNSET,
        page_end: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DocumentTextContent:
        """Retrieve the text content of a specific document.

        `text_content` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(
            await self._core.async_twin()
        ).text_content(
            library_id=library_id,
            document_id=document_id,
            page_start=page_start,
            page_end=page_end,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def status(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ProcessingStatus:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that
        document."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/status",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ProcessingStatus.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def status_async(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ProcessingStatus:
        """Retrieve the processing status of a specific document.

        `status` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(await self._core.async_twin()).status(
            library_id=library_id,
            document_id=document_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_signed_url(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> str:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific
        document.The url will expire after 30 minutes and can be accessed by anyone with the
        link."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/signed-url",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", lambda data: cast("str", data))},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> str:
        """Retrieve the signed URL of a specific document.

        `get_signed_url` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(
            await self._core.async_twin()
        ).get_signed_url(
            library_id=library_id,
            document_id=document_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def extracted_text_signed_url(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> str:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text
        extracted. For documents that are sent to the OCR this returns the result of the OCR
        queries."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", lambda data: cast("str", data))},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def extracted_text_signed_url_async(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> str:
        """Retrieve the signed URL of text extracted from a given document.

        `extracted_text_signed_url` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(
            await self._core.async_twin()
        ).extracted_text_signed_url(
            library_id=library_id,
            document_id=document_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def reprocess(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be
        billed again."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/reprocess",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def reprocess_async(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Reprocess a document.

        `reprocess` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibrariesDocuments(
            await self._core.async_twin()
        ).reprocess(
            library_id=library_id,
            document_id=document_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaLibrariesDocuments:
    """(beta) Libraries API - manage documents in a library."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        library_id: str,
        search: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        filters_attributes: str | None | _rt.Unset = _rt.UNSET,
        sort_by: str | None | _rt.Unset = _rt.UNSET,
        sort_order: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListDocumentsResponse:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Args:
            filters_attributes: Deprecated: this parameter will be removed in a future
                version."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents", {"library_id": library_id}
                ),
                query={
                    "search": search,
                    "page_size": page_size,
                    "page": page,
                    "filters_attributes": filters_attributes,
                    "sort_by": sort_by,
                    "sort_order": sort_order,
                },
            ),
            {"200": _rt.Returns("json", _m.ListDocumentsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        file: _rt.FileContent,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it
        status will change it has been processed. The processing has to be completed in order be
        discoverable for the library search

        Args:
            file: The File object (not file name) to be uploaded. To upload a file and
                specify a custom file name you should format your request as such:
                ```bash file=@path/to/your/file.jsonl;filename=custom_name.jsonl ```
                Otherwise, you can just keep the original file name: ```bash
                file=@path/to/your/file.jsonl ```"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents", {"library_id": library_id}
                ),
                **_rt.multipart({"file": file}),
            ),
            {
                "201": _rt.Returns("json", _m.Document.from_dict),
                "200": _rt.Returns("json", _m.Document.from_dict),
            },
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that
        document."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.Document.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def libraries_documents_update_v1(
        self,
        *,
        library_id: str,
        document_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        attributes: (
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | _dt.datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        expires_at: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        Deprecated.
        Use the PATCH method instead. This PUT endpoint will be removed in a future version.

        Args:
            expires_at: If set, the document will be automatically deleted after this
                date."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
                json=_rt.encode_json(
                    {"name": name, "attributes": attributes, "expires_at": expires_at}
                ),
            ),
            {"200": _rt.Returns("json", _m.Document.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will
        be deleted from the library and the search index."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        attributes: (
            Mapping[
                str,
                bool
                | str
                | int
                | float
                | _dt.datetime
                | Sequence[str]
                | Sequence[int]
                | Sequence[float]
                | Sequence[bool],
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        expires_at: _dt.datetime | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of
        that document.

        Args:
            expires_at: If set, the document will be automatically deleted after this
                date."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}",
                    {"library_id": library_id, "document_id": document_id},
                ),
                json=_rt.encode_json(
                    {"name": name, "attributes": attributes, "expires_at": expires_at}
                ),
            ),
            {"200": _rt.Returns("json", _m.Document.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def text_content(
        self,
        *,
        library_id: str,
        document_id: str,
        page_start: int | None | _rt.Unset = _rt.UNSET,
        page_end: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.DocumentTextContent:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of
        that document if it exists. For documents like pdf, docx and pptx the text content
        results from our processing using Mistral OCR."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/text_content",
                    {"library_id": library_id, "document_id": document_id},
                ),
                query={"page_start": page_start, "page_end": page_end},
            ),
            {"200": _rt.Returns("json", _m.DocumentTextContent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def status(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ProcessingStatus:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that
        document."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/status",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ProcessingStatus.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> str:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific
        document.The url will expire after 30 minutes and can be accessed by anyone with the
        link."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/signed-url",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", lambda data: cast("str", data))},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def extracted_text_signed_url(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> str:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text
        extracted. For documents that are sent to the OCR this returns the result of the OCR
        queries."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"200": _rt.Returns("json", lambda data: cast("str", data))},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def reprocess(
        self,
        *,
        library_id: str,
        document_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be
        billed again."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/libraries/{library_id}/documents/{document_id}/reprocess",
                    {"library_id": library_id, "document_id": document_id},
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
