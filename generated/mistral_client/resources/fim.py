"""The `fim` operations: Fill-in-the-middle code completion with Codestral.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncFim", "Fim"]


class Fim:
    """Fill-in-the-middle code completion with Codestral."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def complete(
        self,
        *,
        model: str,
        prompt: str,
        suffix: str | _rt.Unset = _rt.UNSET,
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FIMCompletionResponse:
        """Create FIM completion

        Fill-in-the-middle code completion: the model generates the code between `prompt` and
        `suffix`. Use a Codestral model. With "stream": true the answer is a stream of
        server-sent events, terminated by `data: [DONE]`.

        Args:
            model: ID of the model with FIM to use (`codestral-latest`,
                `codestral-2508`, ...).
            prompt: The text/code to complete.
            suffix: Text/code that follows the completion. Given a prompt and a suffix,
                the model fills what is between them; without a suffix it simply
                continues the prompt.
            temperature: Sampling temperature; we recommend between 0.0 and 0.7. The
                default depends on the model.
            top_p: Nucleus sampling; we recommend altering this or temperature but not
                both.
            max_tokens: The maximum number of tokens to generate in the completion.
            min_tokens: The minimum number of tokens to generate in the completion.
            stop: Stop generation if this token is detected, or one of these tokens when
                an array.
            random_seed: The seed to use for random sampling; the same seed gives the
                same results."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "prompt": prompt,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "min_tokens": min_tokens,
                        "stream": False,
                        "stop": stop,
                        "random_seed": random_seed,
                    }
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: _m.ChatCompletionResponse.from_dict(data)
                )
            },
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
        model: str,
        prompt: str,
        suffix: str | _rt.Unset = _rt.UNSET,
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FIMCompletionResponse:
        """Create FIM completion

        `complete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFim(await self._core.async_twin()).complete(
            model=model,
            prompt=prompt,
            suffix=suffix,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            min_tokens=min_tokens,
            stop=stop,
            random_seed=random_seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream(
        self,
        *,
        model: str,
        prompt: str,
        suffix: str | _rt.Unset = _rt.UNSET,
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.CompletionChunk]:
        """Create FIM completion

        Fill-in-the-middle code completion: the model generates the code between `prompt` and
        `suffix`. Use a Codestral model. With "stream": true the answer is a stream of
        server-sent events, terminated by `data: [DONE]`.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model with FIM to use (`codestral-latest`,
                `codestral-2508`, ...).
            prompt: The text/code to complete.
            suffix: Text/code that follows the completion. Given a prompt and a suffix,
                the model fills what is between them; without a suffix it simply
                continues the prompt.
            temperature: Sampling temperature; we recommend between 0.0 and 0.7. The
                default depends on the model.
            top_p: Nucleus sampling; we recommend altering this or temperature but not
                both.
            max_tokens: The maximum number of tokens to generate in the completion.
            min_tokens: The minimum number of tokens to generate in the completion.
            stop: Stop generation if this token is detected, or one of these tokens when
                an array.
            random_seed: The seed to use for random sampling; the same seed gives the
                same results."""
        return self._core.stream(
            _rt.Request(
                "POST",
                "/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "prompt": prompt,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "min_tokens": min_tokens,
                        "stream": True,
                        "stop": stop,
                        "random_seed": random_seed,
                    }
                ),
            ),
            _m.CompletionChunk.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def stream_async(
        self,
        *,
        model: str,
        prompt: str,
        suffix: str | _rt.Unset = _rt.UNSET,
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionChunk]:
        """Create FIM completion

        `stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFim(await self._core.async_twin()).stream(
            model=model,
            prompt=prompt,
            suffix=suffix,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            min_tokens=min_tokens,
            stop=stop,
            random_seed=random_seed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFim:
    """Fill-in-the-middle code completion with Codestral."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def complete(
        self,
        *,
        model: str,
        prompt: str,
        suffix: str | _rt.Unset = _rt.UNSET,
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FIMCompletionResponse:
        """Create FIM completion

        Fill-in-the-middle code completion: the model generates the code between `prompt` and
        `suffix`. Use a Codestral model. With "stream": true the answer is a stream of
        server-sent events, terminated by `data: [DONE]`.

        Args:
            model: ID of the model with FIM to use (`codestral-latest`,
                `codestral-2508`, ...).
            prompt: The text/code to complete.
            suffix: Text/code that follows the completion. Given a prompt and a suffix,
                the model fills what is between them; without a suffix it simply
                continues the prompt.
            temperature: Sampling temperature; we recommend between 0.0 and 0.7. The
                default depends on the model.
            top_p: Nucleus sampling; we recommend altering this or temperature but not
                both.
            max_tokens: The maximum number of tokens to generate in the completion.
            min_tokens: The minimum number of tokens to generate in the completion.
            stop: Stop generation if this token is detected, or one of these tokens when
                an array.
            random_seed: The seed to use for random sampling; the same seed gives the
                same results."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "prompt": prompt,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "min_tokens": min_tokens,
                        "stream": False,
                        "stop": stop,
                        "random_seed": random_seed,
                    }
                ),
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: _m.ChatCompletionResponse.from_dict(data)
                )
            },
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
        model: str,
        prompt: str,
        suffix: str | _rt.Unset = _rt.UNSET,
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionChunk]:
        """Create FIM completion

        Fill-in-the-middle code completion: the model generates the code between `prompt` and
        `suffix`. Use a Codestral model. With "stream": true the answer is a stream of
        server-sent events, terminated by `data: [DONE]`.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model with FIM to use (`codestral-latest`,
                `codestral-2508`, ...).
            prompt: The text/code to complete.
            suffix: Text/code that follows the completion. Given a prompt and a suffix,
                the model fills what is between them; without a suffix it simply
                continues the prompt.
            temperature: Sampling temperature; we recommend between 0.0 and 0.7. The
                default depends on the model.
            top_p: Nucleus sampling; we recommend altering this or temperature but not
                both.
            max_tokens: The maximum number of tokens to generate in the completion.
            min_tokens: The minimum number of tokens to generate in the completion.
            stop: Stop generation if this token is detected, or one of these tokens when
                an array.
            random_seed: The seed to use for random sampling; the same seed gives the
                same results."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "prompt": prompt,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "min_tokens": min_tokens,
                        "stream": True,
                        "stop": stop,
                        "random_seed": random_seed,
                    }
                ),
            ),
            _m.CompletionChunk.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
