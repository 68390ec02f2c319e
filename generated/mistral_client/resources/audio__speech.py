"""The `audio.speech` operations: API for speech generation.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncAudioSpeech", "AudioSpeech"]


class AudioSpeech:
    """API for speech generation."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def complete(
        self,
        *,
        input: str,
        model: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        voice_id: str | None | _rt.Unset = _rt.UNSET,
        ref_audio: str | None | _rt.Unset = _rt.UNSET,
        response_format: _m.SpeechOutputFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SpeechV1AudioSpeechPostResponse:
        """Speech

        Args:
            voice_id: The preset or custom voice to use for generating the speech.
            ref_audio: The audio reference for generating the speech.
            input: Text to generate a speech from
            response_format: Output audio format. Defaults to mp3."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/audio/speech",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "metadata": metadata,
                        "stream": False,
                        "prompt_cache_key": prompt_cache_key,
                        "voice_id": voice_id,
                        "ref_audio": ref_audio,
                        "input": input,
                        "response_format": response_format,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.SpeechV1AudioSpeechPostResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        input: str,
        model: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        voice_id: str | None | _rt.Unset = _rt.UNSET,
        ref_audio: str | None | _rt.Unset = _rt.UNSET,
        response_format: _m.SpeechOutputFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SpeechV1AudioSpeechPostResponse:
        """Speech

        `complete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioSpeech(await self._core.async_twin()).complete(
            input=input,
            model=model,
            metadata=metadata,
            prompt_cache_key=prompt_cache_key,
            voice_id=voice_id,
            ref_audio=ref_audio,
            response_format=response_format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream(
        self,
        *,
        input: str,
        model: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        voice_id: str | None | _rt.Unset = _rt.UNSET,
        ref_audio: str | None | _rt.Unset = _rt.UNSET,
        response_format: _m.SpeechOutputFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.SpeechStreamEvents]:
        """Speech

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            voice_id: The preset or custom voice to use for generating the speech.
            ref_audio: The audio reference for generating the speech.
            input: Text to generate a speech from
            response_format: Output audio format. Defaults to mp3."""
        return self._core.stream(
            _rt.Request(
                "POST",
                "/v1/audio/speech",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "metadata": metadata,
                        "stream": True,
                        "prompt_cache_key": prompt_cache_key,
                        "voice_id": voice_id,
                        "ref_audio": ref_audio,
                        "input": input,
                        "response_format": response_format,
                    }
                ),
            ),
            _m.SpeechStreamEvents.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
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
        input: str,
        model: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        voice_id: str | None | _rt.Unset = _rt.UNSET,
        ref_audio: str | None | _rt.Unset = _rt.UNSET,
        response_format: _m.SpeechOutputFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.SpeechStreamEvents]:
        """Speech

        `stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioSpeech(await self._core.async_twin()).stream(
            input=input,
            model=model,
            metadata=metadata,
            prompt_cache_key=prompt_cache_key,
            voice_id=voice_id,
            ref_audio=ref_audio,
            response_format=response_format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAudioSpeech:
    """API for speech generation."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def complete(
        self,
        *,
        input: str,
        model: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        voice_id: str | None | _rt.Unset = _rt.UNSET,
        ref_audio: str | None | _rt.Unset = _rt.UNSET,
        response_format: _m.SpeechOutputFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.SpeechV1AudioSpeechPostResponse:
        """Speech

        Args:
            voice_id: The preset or custom voice to use for generating the speech.
            ref_audio: The audio reference for generating the speech.
            input: Text to generate a speech from
            response_format: Output audio format. Defaults to mp3."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/audio/speech",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "metadata": metadata,
                        "stream": False,
                        "prompt_cache_key": prompt_cache_key,
                        "voice_id": voice_id,
                        "ref_audio": ref_audio,
                        "input": input,
                        "response_format": response_format,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.SpeechV1AudioSpeechPostResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        input: str,
        model: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        voice_id: str | None | _rt.Unset = _rt.UNSET,
        ref_audio: str | None | _rt.Unset = _rt.UNSET,
        response_format: _m.SpeechOutputFormat | str | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.SpeechStreamEvents]:
        """Speech

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            voice_id: The preset or custom voice to use for generating the speech.
            ref_audio: The audio reference for generating the speech.
            input: Text to generate a speech from
            response_format: Output audio format. Defaults to mp3."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/v1/audio/speech",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "metadata": metadata,
                        "stream": True,
                        "prompt_cache_key": prompt_cache_key,
                        "voice_id": voice_id,
                        "ref_audio": ref_audio,
                        "input": input,
                        "response_format": response_format,
                    }
                ),
            ),
            _m.SpeechStreamEvents.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            require_done=False,
            whole_event=True,
        )
