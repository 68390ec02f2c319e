"""The `audio.voices` operations: API for voice management.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncAudioVoices", "AudioVoices"]


class AudioVoices:
    """API for voice management."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        limit: int | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        type_: _m.ListVoicesV1AudioVoicesGetType | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceListResponse:
        """List all voices

        List all voices (excluding sample data)

        Args:
            limit: Maximum number of voices to return
            offset: Offset for pagination
            type_: Filter the voices between customs and presets"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/audio/voices",
                query={"limit": limit, "offset": offset, "type": type_},
            ),
            {"200": _rt.Returns("json", _m.VoiceListResponse.from_dict)},
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
        limit: int | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        type_: _m.ListVoicesV1AudioVoicesGetType | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceListResponse:
        """List all voices

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioVoices(await self._core.async_twin()).list(
            limit=limit,
            offset=offset,
            type_=type_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: str | None | _rt.Unset = _rt.UNSET,
        languages: Sequence[str] | _rt.Unset = _rt.UNSET,
        gender: str | None | _rt.Unset = _rt.UNSET,
        age: int | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        color: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        retention_notice: int | _rt.Unset = _rt.UNSET,
        sample_filename: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Create a new voice

        Create a new voice with a base64-encoded audio sample

        Args:
            sample_audio: Base64-encoded audio file
            sample_filename: Original filename for extension detection"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/audio/voices",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "slug": slug,
                        "languages": languages,
                        "gender": gender,
                        "age": age,
                        "tags": tags,
                        "color": color,
                        "description": description,
                        "retention_notice": retention_notice,
                        "sample_audio": sample_audio,
                        "sample_filename": sample_filename,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        sample_audio: str,
        slug: str | None | _rt.Unset = _rt.UNSET,
        languages: Sequence[str] | _rt.Unset = _rt.UNSET,
        gender: str | None | _rt.Unset = _rt.UNSET,
        age: int | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        color: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        retention_notice: int | _rt.Unset = _rt.UNSET,
        sample_filename: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Create a new voice

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioVoices(await self._core.async_twin()).create(
            name=name,
            sample_audio=sample_audio,
            slug=slug,
            languages=languages,
            gender=gender,
            age=age,
            tags=tags,
            color=color,
            description=description,
            retention_notice=retention_notice,
            sample_filename=sample_filename,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Get voice details

        Get voice details (excluding sample)"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/audio/voices/{voice_id}", {"voice_id": voice_id}),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
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
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Get voice details

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioVoices(await self._core.async_twin()).get(
            voice_id=voice_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Delete a custom voice"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/audio/voices/{voice_id}", {"voice_id": voice_id}),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
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
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Delete a custom voice

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioVoices(await self._core.async_twin()).delete(
            voice_id=voice_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        voice_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        languages: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        gender: str | None | _rt.Unset = _rt.UNSET,
        age: int | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        retention_notice: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Update voice metadata

        Update voice metadata (name, gender, languages, age, tags)."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/audio/voices/{voice_id}", {"voice_id": voice_id}),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "languages": languages,
                        "gender": gender,
                        "age": age,
                        "tags": tags,
                        "description": description,
                        "retention_notice": retention_notice,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
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
        voice_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        languages: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        gender: str | None | _rt.Unset = _rt.UNSET,
        age: int | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        retention_notice: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Update voice metadata

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioVoices(await self._core.async_twin()).update(
            voice_id=voice_id,
            name=name,
            languages=languages,
            gender=gender,
            age=age,
            tags=tags,
            description=description,
            retention_notice=retention_notice,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sample_audio(
        self,
        *,
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> bytes:
        """Get voice sample audio

        Get the audio sample for a voice"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/audio/voices/{voice_id}/sample", {"voice_id": voice_id}
                ),
            ),
            {"200": _rt.Returns("bytes", bytes)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_sample_audio_async(
        self,
        *,
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> bytes:
        """Get voice sample audio

        `get_sample_audio` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncAudioVoices(await self._core.async_twin()).get_sample_audio(
            voice_id=voice_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAudioVoices:
    """API for voice management."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        limit: int | None | _rt.Unset = _rt.UNSET,
        offset: int | None | _rt.Unset = _rt.UNSET,
        type_: _m.ListVoicesV1AudioVoicesGetType | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceListResponse:
        """List all voices

        List all voices (excluding sample data)

        Args:
            limit: Maximum number of voices to return
            offset: Offset for pagination
            type_: Filter the voices between customs and presets"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/audio/voices",
                query={"limit": limit, "offset": offset, "type": type_},
            ),
            {"200": _rt.Returns("json", _m.VoiceListResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        sample_audio: str,
        slug: str | None | _rt.Unset = _rt.UNSET,
        languages: Sequence[str] | _rt.Unset = _rt.UNSET,
        gender: str | None | _rt.Unset = _rt.UNSET,
        age: int | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        color: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        retention_notice: int | _rt.Unset = _rt.UNSET,
        sample_filename: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Create a new voice

        Create a new voice with a base64-encoded audio sample

        Args:
            sample_audio: Base64-encoded audio file
            sample_filename: Original filename for extension detection"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/audio/voices",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "slug": slug,
                        "languages": languages,
                        "gender": gender,
                        "age": age,
                        "tags": tags,
                        "color": color,
                        "description": description,
                        "retention_notice": retention_notice,
                        "sample_audio": sample_audio,
                        "sample_filename": sample_filename,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
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
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Get voice details

        Get voice details (excluding sample)"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/audio/voices/{voice_id}", {"voice_id": voice_id}),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
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
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Delete a custom voice"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/audio/voices/{voice_id}", {"voice_id": voice_id}),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
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
        voice_id: str,
        name: str | None | _rt.Unset = _rt.UNSET,
        languages: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        gender: str | None | _rt.Unset = _rt.UNSET,
        age: int | None | _rt.Unset = _rt.UNSET,
        tags: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        retention_notice: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.VoiceResponse:
        """Update voice metadata

        Update voice metadata (name, gender, languages, age, tags)."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/audio/voices/{voice_id}", {"voice_id": voice_id}),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "languages": languages,
                        "gender": gender,
                        "age": age,
                        "tags": tags,
                        "description": description,
                        "retention_notice": retention_notice,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.VoiceResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_sample_audio(
        self,
        *,
        voice_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> bytes:
        """Get voice sample audio

        Get the audio sample for a voice"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/audio/voices/{voice_id}/sample", {"voice_id": voice_id}
                ),
            ),
            {"200": _rt.Returns("bytes", bytes)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
