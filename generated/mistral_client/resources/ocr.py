"""The `ocr` operations: OCR API

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncOcr", "Ocr"]


class Ocr:
    """OCR API"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def process(
        self,
        *,
        model: str | None,
        document: (
            _m.FileChunk | _m.DocumentURLChunk | _m.ImageURLChunk | Mapping[str, Any]
        ),
        pages: str | Sequence[int] | None | _rt.Unset = _rt.UNSET,
        include_image_base64: bool | None | _rt.Unset = _rt.UNSET,
        image_limit: int | None | _rt.Unset = _rt.UNSET,
        image_min_size: int | None | _rt.Unset = _rt.UNSET,
        bbox_annotation_format: (
            _m.ResponseFormat | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        document_annotation_format: (
            _m.ResponseFormat | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        document_annotation_prompt: str | None | _rt.Unset = _rt.UNSET,
        table_format: _m.OCRRequestTableFormat1 | str | None | _rt.Unset = _rt.UNSET,
        extract_header: bool | _rt.Unset = _rt.UNSET,
        extract_footer: bool | _rt.Unset = _rt.UNSET,
        include_blocks: bool | _rt.Unset = _rt.UNSET,
        confidence_scores_granularity: (
            _m.OCRRequestConfidenceScoresGranularity1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OCRResponse:
        """OCR

        Args:
            document: Document to run OCR on
            pages: Specific pages to process. Accepts a list of integers or a string of
                comma-separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4').
                Page numbers start from 0.
            include_image_base64: Include image URLs in response
            image_limit: Max images to extract
            image_min_size: Minimum height and width of image to extract
            bbox_annotation_format: Structured output class for extracting useful
                information from each extracted bounding box / image from document. Only
                json_schema is valid for this field
            document_annotation_format: Structured output class for extracting useful
                information from the entire document. Only json_schema is valid for this
                field
            document_annotation_prompt: Optional prompt to guide the model in extracting
                structured output from the entire document. A document_annotation_format
                must be provided.
            extract_header: Extract the page header into the response's `header` field
                and remove it from the markdown content
            extract_footer: Extract the page footer into the response's `footer` field
                and remove it from the markdown content
            include_blocks: Return paragraph-level bounding boxes for all content blocks
                in the response
            confidence_scores_granularity: Granularity for confidence scores: 'page'
                (aggregate only), 'word' (per-word scores), or 'block' (per-block
                scores). Defaults to None (no confidence scores) to keep response
                payload small."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/ocr",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "document": document,
                        "pages": pages,
                        "include_image_base64": include_image_base64,
                        "image_limit": image_limit,
                        "image_min_size": image_min_size,
                        "bbox_annotation_format": bbox_annotation_format,
                        "document_annotation_format": document_annotation_format,
                        "document_annotation_prompt": document_annotation_prompt,
                        "table_format": table_format,
                        "extract_header": extract_header,
                        "extract_footer": extract_footer,
                        "include_blocks": include_blocks,
                        "confidence_scores_granularity": confidence_scores_granularity,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.OCRResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def process_async(
        self,
        *,
        model: str | None,
        document: (
            _m.FileChunk | _m.DocumentURLChunk | _m.ImageURLChunk | Mapping[str, Any]
        ),
        pages: str | Sequence[int] | None | _rt.Unset = _rt.UNSET,
        include_image_base64: bool | None | _rt.Unset = _rt.UNSET,
        image_limit: int | None | _rt.Unset = _rt.UNSET,
        image_min_size: int | None | _rt.Unset = _rt.UNSET,
        bbox_annotation_format: (
            _m.ResponseFormat | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        document_annotation_format: (
            _m.ResponseFormat | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        document_annotation_prompt: str | None | _rt.Unset = _rt.UNSET,
        table_format: _m.OCRRequestTableFormat1 | str | None | _rt.Unset = _rt.UNSET,
        extract_header: bool | _rt.Unset = _rt.UNSET,
        extract_footer: bool | _rt.Unset = _rt.UNSET,
        include_blocks: bool | _rt.Unset = _rt.UNSET,
        confidence_scores_granularity: (
            _m.OCRRequestConfidenceScoresGranularity1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OCRResponse:
        """OCR

        `process` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncOcr(await self._core.async_twin()).process(
            model=model,
            document=document,
            pages=pages,
            include_image_base64=include_image_base64,
            image_limit=image_limit,
            image_min_size=image_min_size,
            bbox_annotation_format=bbox_annotation_format,
            document_annotation_format=document_annotation_format,
            document_annotation_prompt=document_annotation_prompt,
            table_format=table_format,
            extract_header=extract_header,
            extract_footer=extract_footer,
            include_blocks=include_blocks,
            confidence_scores_granularity=confidence_scores_granularity,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncOcr:
    """OCR API"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def process(
        self,
        *,
        model: str | None,
        document: (
            _m.FileChunk | _m.DocumentURLChunk | _m.ImageURLChunk | Mapping[str, Any]
        ),
        pages: str | Sequence[int] | None | _rt.Unset = _rt.UNSET,
        include_image_base64: bool | None | _rt.Unset = _rt.UNSET,
        image_limit: int | None | _rt.Unset = _rt.UNSET,
        image_min_size: int | None | _rt.Unset = _rt.UNSET,
        bbox_annotation_format: (
            _m.ResponseFormat | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        document_annotation_format: (
            _m.ResponseFormat | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        document_annotation_prompt: str | None | _rt.Unset = _rt.UNSET,
        table_format: _m.OCRRequestTableFormat1 | str | None | _rt.Unset = _rt.UNSET,
        extract_header: bool | _rt.Unset = _rt.UNSET,
        extract_footer: bool | _rt.Unset = _rt.UNSET,
        include_blocks: bool | _rt.Unset = _rt.UNSET,
        confidence_scores_granularity: (
            _m.OCRRequestConfidenceScoresGranularity1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.OCRResponse:
        """OCR

        Args:
            document: Document to run OCR on
            pages: Specific pages to process. Accepts a list of integers or a string of
                comma-separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4').
                Page numbers start from 0.
            include_image_base64: Include image URLs in response
            image_limit: Max images to extract
            image_min_size: Minimum height and width of image to extract
            bbox_annotation_format: Structured output class for extracting useful
                information from each extracted bounding box / image from document. Only
                json_schema is valid for this field
            document_annotation_format: Structured output class for extracting useful
                information from the entire document. Only json_schema is valid for this
                field
            document_annotation_prompt: Optional prompt to guide the model in extracting
                structured output from the entire document. A document_annotation_format
                must be provided.
            extract_header: Extract the page header into the response's `header` field
                and remove it from the markdown content
            extract_footer: Extract the page footer into the response's `footer` field
                and remove it from the markdown content
            include_blocks: Return paragraph-level bounding boxes for all content blocks
                in the response
            confidence_scores_granularity: Granularity for confidence scores: 'page'
                (aggregate only), 'word' (per-word scores), or 'block' (per-block
                scores). Defaults to None (no confidence scores) to keep response
                payload small."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/ocr",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "document": document,
                        "pages": pages,
                        "include_image_base64": include_image_base64,
                        "image_limit": image_limit,
                        "image_min_size": image_min_size,
                        "bbox_annotation_format": bbox_annotation_format,
                        "document_annotation_format": document_annotation_format,
                        "document_annotation_prompt": document_annotation_prompt,
                        "table_format": table_format,
                        "extract_header": extract_header,
                        "extract_footer": extract_footer,
                        "include_blocks": include_blocks,
                        "confidence_scores_granularity": confidence_scores_granularity,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.OCRResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
