"""The `fim` operations: Fill-in-the-middle API.

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
    """Fill-in-the-middle API."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def complete(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        suffix: str | None | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FIMCompletionResponse:
        """Fim Completion

        FIM completion.

        Args:
            model: ID of the model with FIM to use.
            temperature: What sampling temperature to use, we recommend between 0.0 and
                0.7. Higher values like 0.7 will make the output more random, while
                lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both. The default
                value varies depending on the model you are targeting. Call the
                `/models` endpoint to retrieve the appropriate value.
            top_p: Nucleus sampling, where the model considers the results of the tokens
                with `top_p` probability mass. So 0.1 means only the tokens comprising
                the top 10% probability mass are considered. We generally recommend
                altering this or `temperature` but not both.
            max_tokens: The maximum number of tokens to generate in the completion. The
                token count of your prompt plus `max_tokens` cannot exceed the model's
                context length.
            stop: Stop generation if this token is detected. Or if one of these tokens
                is detected when providing an array
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            prompt: The text/code to complete.
            suffix: Optional text/code that adds more context for the model. When given
                a `prompt` and a `suffix` the model will fill what is between them. When
                `suffix` is not provided, the model will simply execute completion
                starting with `prompt`.
            min_tokens: The minimum number of tokens to generate in the completion."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": False,
                        "stop": stop,
                        "random_seed": random_seed,
                        "metadata": metadata,
                        "prompt": prompt,
                        "suffix": suffix,
                        "min_tokens": min_tokens,
                        "prompt_cache_key": prompt_cache_key,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.FIMCompletionResponse.from_dict)},
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        suffix: str | None | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FIMCompletionResponse:
        """Fim Completion

        `complete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFim(await self._core.async_twin()).complete(
            model=model,
            prompt=prompt,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            metadata=metadata,
            suffix=suffix,
            min_tokens=min_tokens,
            prompt_cache_key=prompt_cache_key,
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        suffix: str | None | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.CompletionEvent]:
        """Fim Completion

        FIM completion.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model with FIM to use.
            temperature: What sampling temperature to use, we recommend between 0.0 and
                0.7. Higher values like 0.7 will make the output more random, while
                lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both. The default
                value varies depending on the model you are targeting. Call the
                `/models` endpoint to retrieve the appropriate value.
            top_p: Nucleus sampling, where the model considers the results of the tokens
                with `top_p` probability mass. So 0.1 means only the tokens comprising
                the top 10% probability mass are considered. We generally recommend
                altering this or `temperature` but not both.
            max_tokens: The maximum number of tokens to generate in the completion. The
                token count of your prompt plus `max_tokens` cannot exceed the model's
                context length.
            stop: Stop generation if this token is detected. Or if one of these tokens
                is detected when providing an array
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            prompt: The text/code to complete.
            suffix: Optional text/code that adds more context for the model. When given
                a `prompt` and a `suffix` the model will fill what is between them. When
                `suffix` is not provided, the model will simply execute completion
                starting with `prompt`.
            min_tokens: The minimum number of tokens to generate in the completion."""
        return self._core.stream(
            _rt.Request(
                "POST",
                "/v1/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": True,
                        "stop": stop,
                        "random_seed": random_seed,
                        "metadata": metadata,
                        "prompt": prompt,
                        "suffix": suffix,
                        "min_tokens": min_tokens,
                        "prompt_cache_key": prompt_cache_key,
                    }
                ),
            ),
            _m.CompletionEvent.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )

    async def stream_async(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        suffix: str | None | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionEvent]:
        """Fim Completion

        `stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncFim(await self._core.async_twin()).stream(
            model=model,
            prompt=prompt,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            metadata=metadata,
            suffix=suffix,
            min_tokens=min_tokens,
            prompt_cache_key=prompt_cache_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFim:
    """Fill-in-the-middle API."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def complete(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        suffix: str | None | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.FIMCompletionResponse:
        """Fim Completion

        FIM completion.

        Args:
            model: ID of the model with FIM to use.
            temperature: What sampling temperature to use, we recommend between 0.0 and
                0.7. Higher values like 0.7 will make the output more random, while
                lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both. The default
                value varies depending on the model you are targeting. Call the
                `/models` endpoint to retrieve the appropriate value.
            top_p: Nucleus sampling, where the model considers the results of the tokens
                with `top_p` probability mass. So 0.1 means only the tokens comprising
                the top 10% probability mass are considered. We generally recommend
                altering this or `temperature` but not both.
            max_tokens: The maximum number of tokens to generate in the completion. The
                token count of your prompt plus `max_tokens` cannot exceed the model's
                context length.
            stop: Stop generation if this token is detected. Or if one of these tokens
                is detected when providing an array
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            prompt: The text/code to complete.
            suffix: Optional text/code that adds more context for the model. When given
                a `prompt` and a `suffix` the model will fill what is between them. When
                `suffix` is not provided, the model will simply execute completion
                starting with `prompt`.
            min_tokens: The minimum number of tokens to generate in the completion."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": False,
                        "stop": stop,
                        "random_seed": random_seed,
                        "metadata": metadata,
                        "prompt": prompt,
                        "suffix": suffix,
                        "min_tokens": min_tokens,
                        "prompt_cache_key": prompt_cache_key,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.FIMCompletionResponse.from_dict)},
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        suffix: str | None | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionEvent]:
        """Fim Completion

        FIM completion.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model with FIM to use.
            temperature: What sampling temperature to use, we recommend between 0.0 and
                0.7. Higher values like 0.7 will make the output more random, while
                lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both. The default
                value varies depending on the model you are targeting. Call the
                `/models` endpoint to retrieve the appropriate value.
            top_p: Nucleus sampling, where the model considers the results of the tokens
                with `top_p` probability mass. So 0.1 means only the tokens comprising
                the top 10% probability mass are considered. We generally recommend
                altering this or `temperature` but not both.
            max_tokens: The maximum number of tokens to generate in the completion. The
                token count of your prompt plus `max_tokens` cannot exceed the model's
                context length.
            stop: Stop generation if this token is detected. Or if one of these tokens
                is detected when providing an array
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            prompt: The text/code to complete.
            suffix: Optional text/code that adds more context for the model. When given
                a `prompt` and a `suffix` the model will fill what is between them. When
                `suffix` is not provided, the model will simply execute completion
                starting with `prompt`.
            min_tokens: The minimum number of tokens to generate in the completion."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/v1/fim/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": True,
                        "stop": stop,
                        "random_seed": random_seed,
                        "metadata": metadata,
                        "prompt": prompt,
                        "suffix": suffix,
                        "min_tokens": min_tokens,
                        "prompt_cache_key": prompt_cache_key,
                    }
                ),
            ),
            _m.CompletionEvent.from_dict,
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            whole_event=True,
        )
