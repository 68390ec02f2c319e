"""The `chat` operations: Chat Completion API.

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
    """Chat Completion API."""

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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionResponse:
        """Chat Completion

        Args:
            model: ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see
                all of your available models, or see our [Model overview](/models) for
                model descriptions.
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
            messages: The prompt(s) to generate completions for, encoded as a list of
                dict with role and content.
            response_format: Specify the format that the model must output. By default
                it will use `{ "type": "text" }`. Setting to `{ "type": "json_object" }`
                enables JSON mode, which guarantees the message the model generates is
                in JSON. When using JSON mode you MUST also instruct the model to
                produce JSON yourself with a system or a user message. Setting to `{
                "type": "json_schema" }` enables JSON schema mode, which guarantees the
                message the model generates is in JSON and follows the schema you
                provide.
            tools: A list of tools the model may call. Use this to provide a list of
                functions the model may generate JSON inputs for.
            tool_choice: Controls which (if any) tool is called by the model. `none`
                means the model will not call any tool and instead generates a message.
                `auto` means the model can pick between generating a message or calling
                one or more tools. `any` or `required` means the model must call one or
                more tools. Specifying a particular tool via `{"type": "function",
                "function": {"name": "my_function"}}` forces the model to call that
                tool.
            presence_penalty: The `presence_penalty` determines how much the model
                penalizes the repetition of words or phrases. A higher presence penalty
                encourages the model to use a wider variety of words and phrases, making
                the output more diverse and creative.
            frequency_penalty: The `frequency_penalty` penalizes the repetition of words
                based on their frequency in the generated text. A higher frequency
                penalty discourages the model from repeating words that have already
                appeared frequently in the output, promoting diversity and reducing
                repetition.
            n: Number of completions to return for each request, input tokens are only
                billed once.
            prediction: Enable users to specify expected results, optimizing response
                times by leveraging known or predictable content. This approach is
                especially effective for updating text documents or code files with
                minimal changes, reducing latency while maintaining high-quality
                results.
            parallel_tool_calls: Whether to enable parallel function calling during tool
                use, when enabled the model can call multiple tools in parallel.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                will be used.
            service_tier: Determines whether to serve the request using priority or
                standard capacity.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            logprobs: Whether to return log probabilities of the output tokens."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/chat/completions",
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
                        "messages": messages,
                        "response_format": response_format,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "reasoning_effort": reasoning_effort,
                        "prompt_mode": prompt_mode,
                        "guardrails": guardrails,
                        "prompt_cache_key": prompt_cache_key,
                        "service_tier": service_tier,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "repetition_penalty": repetition_penalty,
                        "top_k": top_k,
                        "logprobs": logprobs,
                        "top_logprobs": top_logprobs,
                        "prompt_logprobs": prompt_logprobs,
                        "top_prompt_logprobs": top_prompt_logprobs,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ChatCompletionResponse.from_dict)},
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
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionResponse:
        """Chat Completion

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
            metadata=metadata,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            reasoning_effort=reasoning_effort,
            prompt_mode=prompt_mode,
            guardrails=guardrails,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            safe_prompt=safe_prompt,
            min_tokens=min_tokens,
            repetition_penalty=repetition_penalty,
            top_k=top_k,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prompt_logprobs=prompt_logprobs,
            top_prompt_logprobs=top_prompt_logprobs,
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.ParsedCompletion[_T]:
        """Chat Completion

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
                metadata=metadata,
                response_format=_rt.response_format_for(response_format),
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                service_tier=service_tier,
                safe_prompt=safe_prompt,
                min_tokens=min_tokens,
                repetition_penalty=repetition_penalty,
                top_k=top_k,
                logprobs=logprobs,
                top_logprobs=top_logprobs,
                prompt_logprobs=prompt_logprobs,
                top_prompt_logprobs=top_prompt_logprobs,
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.ParsedCompletion[_T]:
        """Chat Completion

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
            metadata=metadata,
            tools=tools,
            tool_choice=tool_choice,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            reasoning_effort=reasoning_effort,
            prompt_mode=prompt_mode,
            guardrails=guardrails,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            safe_prompt=safe_prompt,
            min_tokens=min_tokens,
            repetition_penalty=repetition_penalty,
            top_k=top_k,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prompt_logprobs=prompt_logprobs,
            top_prompt_logprobs=top_prompt_logprobs,
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.CompletionEvent]:
        """Chat Completion

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see
                all of your available models, or see our [Model overview](/models) for
                model descriptions.
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
            messages: The prompt(s) to generate completions for, encoded as a list of
                dict with role and content.
            response_format: Specify the format that the model must output. By default
                it will use `{ "type": "text" }`. Setting to `{ "type": "json_object" }`
                enables JSON mode, which guarantees the message the model generates is
                in JSON. When using JSON mode you MUST also instruct the model to
                produce JSON yourself with a system or a user message. Setting to `{
                "type": "json_schema" }` enables JSON schema mode, which guarantees the
                message the model generates is in JSON and follows the schema you
                provide.
            tools: A list of tools the model may call. Use this to provide a list of
                functions the model may generate JSON inputs for.
            tool_choice: Controls which (if any) tool is called by the model. `none`
                means the model will not call any tool and instead generates a message.
                `auto` means the model can pick between generating a message or calling
                one or more tools. `any` or `required` means the model must call one or
                more tools. Specifying a particular tool via `{"type": "function",
                "function": {"name": "my_function"}}` forces the model to call that
                tool.
            presence_penalty: The `presence_penalty` determines how much the model
                penalizes the repetition of words or phrases. A higher presence penalty
                encourages the model to use a wider variety of words and phrases, making
                the output more diverse and creative.
            frequency_penalty: The `frequency_penalty` penalizes the repetition of words
                based on their frequency in the generated text. A higher frequency
                penalty discourages the model from repeating words that have already
                appeared frequently in the output, promoting diversity and reducing
                repetition.
            n: Number of completions to return for each request, input tokens are only
                billed once.
            prediction: Enable users to specify expected results, optimizing response
                times by leveraging known or predictable content. This approach is
                especially effective for updating text documents or code files with
                minimal changes, reducing latency while maintaining high-quality
                results.
            parallel_tool_calls: Whether to enable parallel function calling during tool
                use, when enabled the model can call multiple tools in parallel.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                will be used.
            service_tier: Determines whether to serve the request using priority or
                standard capacity.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            logprobs: Whether to return log probabilities of the output tokens."""
        return self._core.stream(
            _rt.Request(
                "POST",
                "/v1/chat/completions",
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
                        "messages": messages,
                        "response_format": response_format,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "reasoning_effort": reasoning_effort,
                        "prompt_mode": prompt_mode,
                        "guardrails": guardrails,
                        "prompt_cache_key": prompt_cache_key,
                        "service_tier": service_tier,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "repetition_penalty": repetition_penalty,
                        "top_k": top_k,
                        "logprobs": logprobs,
                        "top_logprobs": top_logprobs,
                        "prompt_logprobs": prompt_logprobs,
                        "top_prompt_logprobs": top_prompt_logprobs,
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
        messages: Sequence[
            _m.SystemMessage
            | _m.UserMessage
            | _m.AssistantMessage
            | _m.ToolMessage
            | Mapping[str, Any]
        ],
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionEvent]:
        """Chat Completion

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
            metadata=metadata,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            n=n,
            prediction=prediction,
            parallel_tool_calls=parallel_tool_calls,
            reasoning_effort=reasoning_effort,
            prompt_mode=prompt_mode,
            guardrails=guardrails,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            safe_prompt=safe_prompt,
            min_tokens=min_tokens,
            repetition_penalty=repetition_penalty,
            top_k=top_k,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prompt_logprobs=prompt_logprobs,
            top_prompt_logprobs=top_prompt_logprobs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncChat:
    """Chat Completion API."""

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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ChatCompletionResponse:
        """Chat Completion

        Args:
            model: ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see
                all of your available models, or see our [Model overview](/models) for
                model descriptions.
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
            messages: The prompt(s) to generate completions for, encoded as a list of
                dict with role and content.
            response_format: Specify the format that the model must output. By default
                it will use `{ "type": "text" }`. Setting to `{ "type": "json_object" }`
                enables JSON mode, which guarantees the message the model generates is
                in JSON. When using JSON mode you MUST also instruct the model to
                produce JSON yourself with a system or a user message. Setting to `{
                "type": "json_schema" }` enables JSON schema mode, which guarantees the
                message the model generates is in JSON and follows the schema you
                provide.
            tools: A list of tools the model may call. Use this to provide a list of
                functions the model may generate JSON inputs for.
            tool_choice: Controls which (if any) tool is called by the model. `none`
                means the model will not call any tool and instead generates a message.
                `auto` means the model can pick between generating a message or calling
                one or more tools. `any` or `required` means the model must call one or
                more tools. Specifying a particular tool via `{"type": "function",
                "function": {"name": "my_function"}}` forces the model to call that
                tool.
            presence_penalty: The `presence_penalty` determines how much the model
                penalizes the repetition of words or phrases. A higher presence penalty
                encourages the model to use a wider variety of words and phrases, making
                the output more diverse and creative.
            frequency_penalty: The `frequency_penalty` penalizes the repetition of words
                based on their frequency in the generated text. A higher frequency
                penalty discourages the model from repeating words that have already
                appeared frequently in the output, promoting diversity and reducing
                repetition.
            n: Number of completions to return for each request, input tokens are only
                billed once.
            prediction: Enable users to specify expected results, optimizing response
                times by leveraging known or predictable content. This approach is
                especially effective for updating text documents or code files with
                minimal changes, reducing latency while maintaining high-quality
                results.
            parallel_tool_calls: Whether to enable parallel function calling during tool
                use, when enabled the model can call multiple tools in parallel.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                will be used.
            service_tier: Determines whether to serve the request using priority or
                standard capacity.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            logprobs: Whether to return log probabilities of the output tokens."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/chat/completions",
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
                        "messages": messages,
                        "response_format": response_format,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "reasoning_effort": reasoning_effort,
                        "prompt_mode": prompt_mode,
                        "guardrails": guardrails,
                        "prompt_cache_key": prompt_cache_key,
                        "service_tier": service_tier,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "repetition_penalty": repetition_penalty,
                        "top_k": top_k,
                        "logprobs": logprobs,
                        "top_logprobs": top_logprobs,
                        "prompt_logprobs": prompt_logprobs,
                        "top_prompt_logprobs": top_prompt_logprobs,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ChatCompletionResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.ParsedCompletion[_T]:
        """Chat Completion

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
                metadata=metadata,
                response_format=_rt.response_format_for(response_format),
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                service_tier=service_tier,
                safe_prompt=safe_prompt,
                min_tokens=min_tokens,
                repetition_penalty=repetition_penalty,
                top_k=top_k,
                logprobs=logprobs,
                top_logprobs=top_logprobs,
                prompt_logprobs=prompt_logprobs,
                top_prompt_logprobs=top_prompt_logprobs,
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
        temperature: float | None | _rt.Unset = _rt.UNSET,
        top_p: float | None | _rt.Unset = _rt.UNSET,
        max_tokens: int | None | _rt.Unset = _rt.UNSET,
        stop: str | Sequence[str] | None | _rt.Unset = _rt.UNSET,
        random_seed: int | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        response_format: _m.ResponseFormat | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.Tool
                | _m.WebSearchTool
                | _m.WebSearchPremiumTool
                | _m.CodeInterpreterTool
                | _m.ImageGenerationTool
                | _m.DocumentLibraryTool
                | _m.CustomConnector
                | Mapping[str, Any]
            ]
            | None
            | _rt.Unset
        ) = _rt.UNSET,
        tool_choice: (
            _m.ToolChoice | _m.ToolChoiceEnum | str | Mapping[str, Any] | _rt.Unset
        ) = _rt.UNSET,
        presence_penalty: float | None | _rt.Unset = _rt.UNSET,
        frequency_penalty: float | None | _rt.Unset = _rt.UNSET,
        n: int | None | _rt.Unset = _rt.UNSET,
        prediction: _m.Prediction | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        parallel_tool_calls: bool | _rt.Unset = _rt.UNSET,
        reasoning_effort: _m.ReasoningEffort | str | None | _rt.Unset = _rt.UNSET,
        prompt_mode: _m.MistralPromptMode | str | None | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        prompt_cache_key: str | None | _rt.Unset = _rt.UNSET,
        service_tier: _m.RequestedServiceTier | str | None | _rt.Unset = _rt.UNSET,
        safe_prompt: bool | _rt.Unset = _rt.UNSET,
        min_tokens: int | None | _rt.Unset = _rt.UNSET,
        repetition_penalty: float | None | _rt.Unset = _rt.UNSET,
        top_k: int | None | _rt.Unset = _rt.UNSET,
        logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_logprobs: int | None | _rt.Unset = _rt.UNSET,
        prompt_logprobs: bool | None | _rt.Unset = _rt.UNSET,
        top_prompt_logprobs: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.CompletionEvent]:
        """Chat Completion

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            model: ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see
                all of your available models, or see our [Model overview](/models) for
                model descriptions.
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
            messages: The prompt(s) to generate completions for, encoded as a list of
                dict with role and content.
            response_format: Specify the format that the model must output. By default
                it will use `{ "type": "text" }`. Setting to `{ "type": "json_object" }`
                enables JSON mode, which guarantees the message the model generates is
                in JSON. When using JSON mode you MUST also instruct the model to
                produce JSON yourself with a system or a user message. Setting to `{
                "type": "json_schema" }` enables JSON schema mode, which guarantees the
                message the model generates is in JSON and follows the schema you
                provide.
            tools: A list of tools the model may call. Use this to provide a list of
                functions the model may generate JSON inputs for.
            tool_choice: Controls which (if any) tool is called by the model. `none`
                means the model will not call any tool and instead generates a message.
                `auto` means the model can pick between generating a message or calling
                one or more tools. `any` or `required` means the model must call one or
                more tools. Specifying a particular tool via `{"type": "function",
                "function": {"name": "my_function"}}` forces the model to call that
                tool.
            presence_penalty: The `presence_penalty` determines how much the model
                penalizes the repetition of words or phrases. A higher presence penalty
                encourages the model to use a wider variety of words and phrases, making
                the output more diverse and creative.
            frequency_penalty: The `frequency_penalty` penalizes the repetition of words
                based on their frequency in the generated text. A higher frequency
                penalty discourages the model from repeating words that have already
                appeared frequently in the output, promoting diversity and reducing
                repetition.
            n: Number of completions to return for each request, input tokens are only
                billed once.
            prediction: Enable users to specify expected results, optimizing response
                times by leveraging known or predictable content. This approach is
                especially effective for updating text documents or code files with
                minimal changes, reducing latency while maintaining high-quality
                results.
            parallel_tool_calls: Whether to enable parallel function calling during tool
                use, when enabled the model can call multiple tools in parallel.
            prompt_mode: Allows toggling between the reasoning mode and no system
                prompt. When set to `reasoning` the system prompt for reasoning models
                will be used.
            service_tier: Determines whether to serve the request using priority or
                standard capacity.
            safe_prompt: Whether to inject a safety prompt before all conversations.
            min_tokens: The minimum number of tokens to generate in the completion.
            logprobs: Whether to return log probabilities of the output tokens."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/v1/chat/completions",
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
                        "messages": messages,
                        "response_format": response_format,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "presence_penalty": presence_penalty,
                        "frequency_penalty": frequency_penalty,
                        "n": n,
                        "prediction": prediction,
                        "parallel_tool_calls": parallel_tool_calls,
                        "reasoning_effort": reasoning_effort,
                        "prompt_mode": prompt_mode,
                        "guardrails": guardrails,
                        "prompt_cache_key": prompt_cache_key,
                        "service_tier": service_tier,
                        "safe_prompt": safe_prompt,
                        "min_tokens": min_tokens,
                        "repetition_penalty": repetition_penalty,
                        "top_k": top_k,
                        "logprobs": logprobs,
                        "top_logprobs": top_logprobs,
                        "prompt_logprobs": prompt_logprobs,
                        "top_prompt_logprobs": top_prompt_logprobs,
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
