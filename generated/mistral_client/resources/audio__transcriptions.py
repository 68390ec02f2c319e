"""The `audio.transcriptions` operations: API for audio transcription.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncAudioTranscriptions", "AudioTranscriptions"]


class AudioTranscriptions:
    """API for audio transcription."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def complete(
        self,
        *,
        model: str,
        file: _rt.FileContent | _rt.Unset = _rt.UNSET,
        file_url: str | None | _rt.Unset = _rt.UNSET,
        file_id: str | None | _rt.Unset = _rt.UNSET,
        language: str | None | _rt.Unset = _rt.UNSET,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        diarize: bool | _rt.Unset = _rt.UNSET,
        context_bias: Sequence[str] | _rt.Unset = _rt.UNSET,
        timestamp_granularities: (
            Sequence[_m.TimestampGranularity | str] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.TranscriptionResponse:
        """Create Transcription

        Args:
            model: ID of the model to be used.
            file_url: Url of a file to be transcribed
            file_id: ID of a file uploaded to /v1/files
            language: Language of the audio, e.g. 'en'. Providing the language can boost
                accuracy.
            timestamp_granularities: Granularities of timestamps to include in the
                response."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/audio/transcriptions",
                **_rt.multipart(
                    {
                        "model": model,
                        "file": file,
                        "file_url": file_url,
                        "file_id": file_id,
                        "language": language,
                        "temperature": temperature,
                        "stream": stream,
                        "diarize": diarize,
                        "context_bias": context_bias,
                        "timestamp_granularities": timestamp_granularities,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.TranscriptionResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def complete_async(
        self,
        *,
        model: str,
        file: _rt.FileContent | _rt.Unset = _rt.UNSET,
        file_url: str | None | _rt.Unset = _rt.UNSET,
        file_id: str | None | _rt.Unset = _rt.UNSET,
        language: str | None | _rt.Unset = _rt.UNSET,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        diarize: bool | _rt.Unset = _rt.UNSET,
        context_bias: Sequence[str] | _rt.Unset = _rt.UNSET,
        timestamp_granularities: (
            Sequence[_m.TimestampGranularity | str] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.TranscriptionResponse:
        """Create Transcription

        `complete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioTranscriptions(await self._core.async_twin()).complete(
            model=model,
            file=file,
            file_url=file_url,
            file_id=file_id,
            language=language,
            temperature=temperature,
            stream=stream,
            diarize=diarize,
            context_bias=context_bias,
            timestamp_granularities=timestamp_granularities,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream(
        self,
        *,
        model: str,
        file: _rt.FileContent | _rt.Unset = _rt.UNSET,
        file_url: str | None | _rt.Unset = _rt.UNSET,
        file_id: str | None | _rt.Unset = _rt.UNSET,
        language: str | None | _rt.Unset = _rt.UNSET,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        diarize: bool | _rt.Unset = _rt.UNSET,
        context_bias: Sequence[str] | _rt.Unset = _rt.UNSET,
        timestamp_granularities: (
            Sequence[_m.TimestampGranularity | str] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.TranscriptionStreamEvents]:
        """Create Streaming Transcription (SSE)

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            file_url: Url of a file to be transcribed
            file_id: ID of a file uploaded to /v1/files
            language: Language of the audio, e.g. 'en'. Providing the language can boost
                accuracy.
            timestamp_granularities: Granularities of timestamps to include in the
                response."""
        return self._core.stream(
            _rt.Request(
                "POST",
                "/v1/audio/transcriptions",
                **_rt.multipart(
                    {
                        "model": model,
                        "file": file,
                        "file_url": file_url,
                        "file_id": file_id,
                        "language": language,
                        "temperature": temperature,
                        "stream": True,
                        "diarize": diarize,
                        "context_bias": context_bias,
                        "timestamp_granularities": timestamp_granularities,
                    }
                ),
            ),
            _m.TranscriptionStreamEvents.from_dict,
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            require_done=False,
            whole_event=True,
        )

    async def stream_async(
        self,
        *,
        model: str,
        file: _rt.FileContent | _rt.Unset = _rt.UNSET,
        file_url: str | None | _rt.Unset = _rt.UNSET,
        file_id: str | None | _rt.Unset = _rt.UNSET,
        language: str | None | _rt.Unset = _rt.UNSET,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        diarize: bool | _rt.Unset = _rt.UNSET,
        context_bias: Sequence[str] | _rt.Unset = _rt.UNSET,
        timestamp_granularities: (
            Sequence[_m.TimestampGranularity | str] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.TranscriptionStreamEvents]:
        """Create Streaming Transcription (SSE)

        `stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioTranscriptions(await self._core.async_twin()).stream(
            model=model,
            file=file,
            file_url=file_url,
            file_id=file_id,
            language=language,
            temperature=temperature,
            diarize=diarize,
            context_bias=context_bias,
            timestamp_granularities=timestamp_granularities,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAudioTranscriptions:
    """API for audio transcription."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def complete(
        self,
        *,
        model: str,
        file: _rt.FileContent | _rt.Unset = _rt.UNSET,
        file_url: str | None | _rt.Unset = _rt.UNSET,
        file_id: str | None | _rt.Unset = _rt.UNSET,
        language: str | None | _rt.Unset = _rt.UNSET,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        diarize: bool | _rt.Unset = _rt.UNSET,
        context_bias: Sequence[str] | _rt.Unset = _rt.UNSET,
        timestamp_granularities: (
            Sequence[_m.TimestampGranularity | str] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.TranscriptionResponse:
        """Create Transcription

        Args:
            model: ID of the model to be used.
            file_url: Url of a file to be transcribed
            file_id: ID of a file uploaded to /v1/files
            language: Language of the audio, e.g. 'en'. Providing the language can boost
                accuracy.
            timestamp_granularities: Granularities of timestamps to include in the
                response."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/audio/transcriptions",
                **_rt.multipart(
                    {
                        "model": model,
                        "file": file,
                        "file_url": file_url,
                        "file_id": file_id,
                        "language": language,
                        "temperature": temperature,
                        "stream": stream,
                        "diarize": diarize,
                        "context_bias": context_bias,
                        "timestamp_granularities": timestamp_granularities,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.TranscriptionResponse.from_dict)},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def stream(
        self,
        *,
        model: str,
        file: _rt.FileContent | _rt.Unset = _rt.UNSET,
        file_url: str | None | _rt.Unset = _rt.UNSET,
        file_id: str | None | _rt.Unset = _rt.UNSET,
        language: str | None | _rt.Unset = _rt.UNSET,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        diarize: bool | _rt.Unset = _rt.UNSET,
        context_bias: Sequence[str] | _rt.Unset = _rt.UNSET,
        timestamp_granularities: (
            Sequence[_m.TimestampGranularity | str] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.TranscriptionStreamEvents]:
        """Create Streaming Transcription (SSE)

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            file_url: Url of a file to be transcribed
            file_id: ID of a file uploaded to /v1/files
            language: Language of the audio, e.g. 'en'. Providing the language can boost
                accuracy.
            timestamp_granularities: Granularities of timestamps to include in the
                response."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/v1/audio/transcriptions",
                **_rt.multipart(
                    {
                        "model": model,
                        "file": file,
                        "file_url": file_url,
                        "file_id": file_id,
                        "language": language,
                        "temperature": temperature,
                        "stream": True,
                        "diarize": diarize,
                        "context_bias": context_bias,
                        "timestamp_granularities": timestamp_granularities,
                    }
                ),
            ),
            _m.TranscriptionStreamEvents.from_dict,
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            require_done=False,
            whole_event=True,
        )
