"""The `audio` operations: audio

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _runtime as _rt

if TYPE_CHECKING:
    from . import audio__speech as _res_audio__speech
    from . import audio__transcriptions as _res_audio__transcriptions
    from . import audio__voices as _res_audio__voices

__all__ = ["AsyncAudio", "Audio"]


class Audio:
    """audio"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def speech(self) -> _res_audio__speech.AudioSpeech:
        """The `audio.speech` operations; their module is imported on first use."""
        from . import audio__speech as module

        return module.AudioSpeech(self._core)

    @cached_property
    def transcriptions(self) -> _res_audio__transcriptions.AudioTranscriptions:
        """The `audio.transcriptions` operations; their module is imported on first use."""
        from . import audio__transcriptions as module

        return module.AudioTranscriptions(self._core)

    @cached_property
    def voices(self) -> _res_audio__voices.AudioVoices:
        """The `audio.voices` operations; their module is imported on first use."""
        from . import audio__voices as module

        return module.AudioVoices(self._core)


class AsyncAudio:
    """audio"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def speech(self) -> _res_audio__speech.AsyncAudioSpeech:
        """The `audio.speech` operations; their module is imported on first use."""
        from . import audio__speech as module

        return module.AsyncAudioSpeech(self._core)

    @cached_property
    def transcriptions(self) -> _res_audio__transcriptions.AsyncAudioTranscriptions:
        """The `audio.transcriptions` operations; their module is imported on first use."""
        from . import audio__transcriptions as module

        return module.AsyncAudioTranscriptions(self._core)

    @cached_property
    def voices(self) -> _res_audio__voices.AsyncAudioVoices:
        """The `audio.voices` operations; their module is imported on first use."""
        from . import audio__voices as module

        return module.AsyncAudioVoices(self._core)
