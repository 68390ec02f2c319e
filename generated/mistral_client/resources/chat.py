"""The `chat` operations: chat

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncChat", "Chat"]

_T = TypeVar("_T")


class Chat:
    """chat"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def complete(
        self,
        *,
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionResponse:
        """Create chat completion

        Creates a model response for the given chat conversation. The endpoint accepts a list of
        messages comprising a conversation and returns a model-generated message as a response.
        Supports multi-turn conversations, function calling, JSON mode, and streaming.

        Args:
            model: ID of the model to use. You can use the Models API to see all
                available models.
            messages: A list of messages comprising the conversation so far. Each
                message has a role and content.
            temperature: Sampling temperature between 0.0 and 1.5. Higher values like
                0.7 produce more random output, while lower values like 0.2 produce more
                focused and deterministic output.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p
                probability mass. A value of 0.1 means only the top 10% of tokens are
                considered.
            max_tokens: The maximum number of tokens to generate in the chat completion.
                The total token count of the prompt plus max_tokens cannot exceed the
                model's context length.
            stop: Stop generation if this token is detected, or if one of these tokens
                is detected when providing an array.
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            tools: A list of tools the model may call. Currently only functions are
                supported as a tool.
            presence_penalty: Penalizes repetition of words or phrases. A higher value
                encourages the model to use a wider variety of words and phrases.
            frequency_penalty: Penalizes repetition based on frequency in the generated
                text. A higher value discourages repeating frequently used words.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            n: Number of completions to return for each request; input tokens are only
                billed once.
            prediction: An expected completion (for example the current version of a
                file being edited), which speeds up answers that mostly repeat it.
            parallel_tool_calls: Whether the model may call several tools in parallel.
                Set to false to force sequential tool calls.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                (Magistral) is used.
            response_format: The format the model must output. `{"type": "text"}` (the
                default) is free text; `{"type": "json_object"}` enables JSON mode
                (instruct the model to produce JSON in a message too); `{"type":
                "json_schema", "json_schema": {...}}` makes the output JSON that follows
                the schema.
            tool_choice: Controls which (if any) tool is called by the model. `none`:
                the model does not call any tool and generates a message. `auto` (the
                default): the model picks between a message and tool calls. `any` or
                `required`: the model must call one or more tools. `{"type": "function",
                "function": {"name": "my_function"}}` forces a call to that tool."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/chat/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "messages": messages,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": False,
                        "stop": stop,
                        "random_seed": random_seed,
                        "tools": tools,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "prompt_mode": prompt_mode,
                        "response_format": response_format,
                        "tool_choice": tool_choice,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ChatCompletionResponse.from_dict)},
            errors={
                "400": _m.Error.from_dict,
                "401": _m.Error.from_dict,
                "429": _m.Error.from_dict,
                "422": _m.HTTPValidationError.from_dict,
            },
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
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionResponse:
        """Create chat completion

        `complete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncChat(await self._core.async_twin()).complete(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            tools=tools,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            safe_prompt=safe_prompt,
            min_tokens=min_tokens,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            prompt_mode=prompt_mode,
            response_format=response_format,
            tool_choice=tool_choice,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def parse(
        self,
        *,
        response_format: type[_T],
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.ParsedCompletion[_T]:
        """Create chat completion

        Structured output: `response_format` is a class (a dataclass, or a model with `model_json_schema` and
        `model_validate`, as pydantic's). It is sent as a strict `json_schema` response format, and each
        choice's `message.parsed` holds the answer decoded as that class. Other arguments as for `complete`.
        """
        return _rt.parse_completion(
            self.complete(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                tools=tools,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                safe_prompt=safe_prompt,
                min_tokens=min_tokens,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                prompt_mode=prompt_mode,
                response_format=_rt.response_format_for(response_format),
                tool_choice=tool_choice,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            response_format,
        )

    async def parse_async(
        self,
        *,
        response_format: type[_T],
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.ParsedCompletion[_T]:
        """Create chat completion

        `parse` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncChat(await self._core.async_twin()).parse(
            response_format=response_format,
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            tools=tools,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            safe_prompt=safe_prompt,
            min_tokens=min_tokens,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            prompt_mode=prompt_mode,
            tool_choice=tool_choice,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def stream(
        self,
        *,
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.CompletionChunk]:
        """Create chat completion

        Creates a model response for the given chat conversation. The endpoint accepts a list of
        messages comprising a conversation and returns a model-generated message as a response.
        Supports multi-turn conversations, function calling, JSON mode, and streaming.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model to use. You can use the Models API to see all
                available models.
            messages: A list of messages comprising the conversation so far. Each
                message has a role and content.
            temperature: Sampling temperature between 0.0 and 1.5. Higher values like
                0.7 produce more random output, while lower values like 0.2 produce more
                focused and deterministic output.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p
                probability mass. A value of 0.1 means only the top 10% of tokens are
                considered.
            max_tokens: The maximum number of tokens to generate in the chat completion.
                The total token count of the prompt plus max_tokens cannot exceed the
                model's context length.
            stop: Stop generation if this token is detected, or if one of these tokens
                is detected when providing an array.
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            tools: A list of tools the model may call. Currently only functions are
                supported as a tool.
            presence_penalty: Penalizes repetition of words or phrases. A higher value
                encourages the model to use a wider variety of words and phrases.
            frequency_penalty: Penalizes repetition based on frequency in the generated
                text. A higher value discourages repeating frequently used words.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            n: Number of completions to return for each request; input tokens are only
                billed once.
            prediction: An expected completion (for example the current version of a
                file being edited), which speeds up answers that mostly repeat it.
            parallel_tool_calls: Whether the model may call several tools in parallel.
                Set to false to force sequential tool calls.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                (Magistral) is used.
            response_format: The format the model must output. `{"type": "text"}` (the
                default) is free text; `{"type": "json_object"}` enables JSON mode
                (instruct the model to produce JSON in a message too); `{"type":
                "json_schema", "json_schema": {...}}` makes the output JSON that follows
                the schema.
            tool_choice: Controls which (if any) tool is called by the model. `none`:
                the model does not call any tool and generates a message. `auto` (the
                default): the model picks between a message and tool calls. `any` or
                `required`: the model must call one or more tools. `{"type": "function",
                "function": {"name": "my_function"}}` forces a call to that tool."""
        return self._core.stream(
            _rt.Request(
                "POST",
                "/chat/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "messages": messages,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": True,
                        "stop": stop,
                        "random_seed": random_seed,
                        "tools": tools,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "prompt_mode": prompt_mode,
                        "response_format": response_format,
                        "tool_choice": tool_choice,
                    }
                ),
            ),
            _m.CompletionChunk.from_dict,
            errors={
                "400": _m.Error.from_dict,
                "401": _m.Error.from_dict,
                "429": _m.Error.from_dict,
                "422": _m.HTTPValidationError.from_dict,
            },
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
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionChunk]:
        """Create chat completion

        `stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncChat(await self._core.async_twin()).stream(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            stop=stop,
            random_seed=random_seed,
            tools=tools,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            safe_prompt=safe_prompt,
            min_tokens=min_tokens,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            prompt_mode=prompt_mode,
            response_format=response_format,
            tool_choice=tool_choice,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncChat:
    """chat"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def complete(
        self,
        *,
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionResponse:
        """Create chat completion

        Creates a model response for the given chat conversation. The endpoint accepts a list of
        messages comprising a conversation and returns a model-generated message as a response.
        Supports multi-turn conversations, function calling, JSON mode, and streaming.

        Args:
            model: ID of the model to use. You can use the Models API to see all
                available models.
            messages: A list of messages comprising the conversation so far. Each
                message has a role and content.
            temperature: Sampling temperature between 0.0 and 1.5. Higher values like
                0.7 produce more random output, while lower values like 0.2 produce more
                focused and deterministic output.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p
                probability mass. A value of 0.1 means only the top 10% of tokens are
                considered.
            max_tokens: The maximum number of tokens to generate in the chat completion.
                The total token count of the prompt plus max_tokens cannot exceed the
                model's context length.
            stop: Stop generation if this token is detected, or if one of these tokens
                is detected when providing an array.
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            tools: A list of tools the model may call. Currently only functions are
                supported as a tool.
            presence_penalty: Penalizes repetition of words or phrases. A higher value
                encourages the model to use a wider variety of words and phrases.
            frequency_penalty: Penalizes repetition based on frequency in the generated
                text. A higher value discourages repeating frequently used words.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            n: Number of completions to return for each request; input tokens are only
                billed once.
            prediction: An expected completion (for example the current version of a
                file being edited), which speeds up answers that mostly repeat it.
            parallel_tool_calls: Whether the model may call several tools in parallel.
                Set to false to force sequential tool calls.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                (Magistral) is used.
            response_format: The format the model must output. `{"type": "text"}` (the
                default) is free text; `{"type": "json_object"}` enables JSON mode
                (instruct the model to produce JSON in a message too); `{"type":
                "json_schema", "json_schema": {...}}` makes the output JSON that follows
                the schema.
            tool_choice: Controls which (if any) tool is called by the model. `none`:
                the model does not call any tool and generates a message. `auto` (the
                default): the model picks between a message and tool calls. `any` or
                `required`: the model must call one or more tools. `{"type": "function",
                "function": {"name": "my_function"}}` forces a call to that tool."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/chat/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "messages": messages,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": False,
                        "stop": stop,
                        "random_seed": random_seed,
                        "tools": tools,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "prompt_mode": prompt_mode,
                        "response_format": response_format,
                        "tool_choice": tool_choice,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ChatCompletionResponse.from_dict)},
            errors={
                "400": _m.Error.from_dict,
                "401": _m.Error.from_dict,
                "429": _m.Error.from_dict,
                "422": _m.HTTPValidationError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def parse(
        self,
        *,
        response_format: type[_T],
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.ParsedCompletion[_T]:
        """Create chat completion

        Structured output: `response_format` is a class (a dataclass, or a model with `model_json_schema` and
        `model_validate`, as pydantic's). It is sent as a strict `json_schema` response format, and each
        choice's `message.parsed` holds the answer decoded as that class. Other arguments as for `complete`.
        """
        return await _rt.aparse_completion(
            self.complete(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                tools=tools,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                safe_prompt=safe_prompt,
                min_tokens=min_tokens,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                prompt_mode=prompt_mode,
                response_format=_rt.response_format_for(response_format),
                tool_choice=tool_choice,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            response_format,
        )

    async def stream(
        self,
        *,
        model: str,
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | _rt.Unset = _rt.UNSET,
        top_p: float | _rt.Unset = _rt.UNSET,
        max_tokens: int | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | _rt.Unset = _rt.UNSET,
        random_seed: int | _rt.Unset = _rt.UNSET,
        tools: Sequence[_m.Tool | Mapping[str, Any]] | _rt.Unset = _rt.UNSET,
        presence_penalty: float | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | _rt.Unset = _rt.UNSET,
        n: int | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        prompt_mode: (
            _m.ChatCompletionRequestPromptMode | str | None | _rt.Unset
        ) = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionChunk]:
        """Create chat completion

        Creates a model response for the given chat conversation. The endpoint accepts a list of
        messages comprising a conversation and returns a model-generated message as a response.
        Supports multi-turn conversations, function calling, JSON mode, and streaming.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model to use. You can use the Models API to see all
                available models.
            messages: A list of messages comprising the conversation so far. Each
                message has a role and content.
            temperature: Sampling temperature between 0.0 and 1.5. Higher values like
                0.7 produce more random output, while lower values like 0.2 produce more
                focused and deterministic output.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p
                probability mass. A value of 0.1 means only the top 10% of tokens are
                considered.
            max_tokens: The maximum number of tokens to generate in the chat completion.
                The total token count of the prompt plus max_tokens cannot exceed the
                model's context length.
            stop: Stop generation if this token is detected, or if one of these tokens
                is detected when providing an array.
            random_seed: The seed to use for random sampling. If set, different calls
                will generate deterministic results.
            tools: A list of tools the model may call. Currently only functions are
                supported as a tool.
            presence_penalty: Penalizes repetition of words or phrases. A higher value
                encourages the model to use a wider variety of words and phrases.
            frequency_penalty: Penalizes repetition based on frequency in the generated
                text. A higher value discourages repeating frequently used words.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            n: Number of completions to return for each request; input tokens are only
                billed once.
            prediction: An expected completion (for example the current version of a
                file being edited), which speeds up answers that mostly repeat it.
            parallel_tool_calls: Whether the model may call several tools in parallel.
                Set to false to force sequential tool calls.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                (Magistral) is used.
            response_format: The format the model must output. `{"type": "text"}` (the
                default) is free text; `{"type": "json_object"}` enables JSON mode
                (instruct the model to produce JSON in a message too); `{"type":
                "json_schema", "json_schema": {...}}` makes the output JSON that follows
                the schema.
            tool_choice: Controls which (if any) tool is called by the model. `none`:
                the model does not call any tool and generates a message. `auto` (the
                default): the model picks between a message and tool calls. `any` or
                `required`: the model must call one or more tools. `{"type": "function",
                "function": {"name": "my_function"}}` forces a call to that tool."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/chat/completions",
                json=_rt.encode_json(
                    {
                        "model": model,
                        "messages": messages,
                        "temperature": temperature,
                        "top_p": top_p,
                        "max_tokens": max_tokens,
                        "stream": True,
                        "stop": stop,
                        "random_seed": random_seed,
                        "tools": tools,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "prompt_mode": prompt_mode,
                        "response_format": response_format,
                        "tool_choice": tool_choice,
                    }
                ),
            ),
            _m.CompletionChunk.from_dict,
            errors={
                "400": _m.Error.from_dict,
                "401": _m.Error.from_dict,
                "429": _m.Error.from_dict,
                "422": _m.HTTPValidationError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
