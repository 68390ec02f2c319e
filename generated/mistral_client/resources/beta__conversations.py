"""The `beta.conversations` operations: (beta) Conversations API

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaConversations", "BetaConversations"]


class BetaConversations:
    """(beta) Conversations API"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.ModelConversation | _m.AgentConversation]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/conversations",
                query={"page": page, "page_size": page_size, "metadata": metadata},
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m._decode_ModelConversation_or_AgentConversation(v0)
                        for v0 in data
                    ],
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

    async def list_async(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.ModelConversation | _m.AgentConversation]:
        """List all created conversations.

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).list(
            page=page,
            page_size=page_size,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def start(
        self,
        *,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
        ),
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | None | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRequestHandoffExecution1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        instructions: str | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.FunctionTool
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
        completion_args: (
            _m.CompletionArgs | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion
        and tool executions are run and the response is appended to the conversation.Use the
        returned conversation_id to continue the conversation."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/conversations",
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": stream,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "name": name,
                        "description": description,
                        "metadata": metadata,
                        "agent_id": agent_id,
                        "agent_version": agent_version,
                        "model": model,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def start_async(
        self,
        *,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
        ),
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | None | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRequestHandoffExecution1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        instructions: str | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.FunctionTool
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
        completion_args: (
            _m.CompletionArgs | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Create a conversation and append entries to it.

        `start` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).start(
            inputs=inputs,
            stream=stream,
            store=store,
            handoff_execution=handoff_execution,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            name=name,
            description=description,
            metadata=metadata,
            agent_id=agent_id,
            agent_version=agent_version,
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelConversation | _m.AgentConversation:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        Args:
            conversation_id: ID of the conversation from which we are fetching metadata.
        """
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_ModelConversation_or_AgentConversation(
                        data
                    ),
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

    async def get_async(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelConversation | _m.AgentConversation:
        """Retrieve a conversation information.

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).get(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def append(
        self,
        *,
        conversation_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationAppendRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_confirmations: (
            Sequence[_m.ToolCallConfirmation | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id: ID of the conversation to which we append entries.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": stream,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "tool_confirmations": tool_confirmations,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def append_async(
        self,
        *,
        conversation_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationAppendRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_confirmations: (
            Sequence[_m.ToolCallConfirmation | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Append new entries to an existing conversation.

        `append` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).append(
            conversation_id=conversation_id,
            inputs=inputs,
            stream=stream,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            tool_confirmations=tool_confirmations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        Args:
            conversation_id: ID of the conversation from which we are fetching metadata.
        """
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
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
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a conversation.

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).delete(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_history(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationHistory:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The
        entries are sorted in the order they were appended, those can be messages, connectors or
        function_call.

        Args:
            conversation_id: ID of the conversation from which we are fetching entries.
        """
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/history",
                    {"conversation_id": conversation_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationHistory.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_history_async(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationHistory:
        """Retrieve all entries in a conversation.

        `get_history` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).get_history(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_messages(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationMessages:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This
        is similar to retrieving all entries except we filter the messages only.

        Args:
            conversation_id: ID of the conversation from which we are fetching messages.
        """
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/messages",
                    {"conversation_id": conversation_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationMessages.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_messages_async(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationMessages:
        """Retrieve all messages in a conversation.

        `get_messages` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).get_messages(
            conversation_id=conversation_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restart(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRestartRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id: ID of the original conversation which is being restarted.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request.
            metadata: Custom metadata for the conversation.
            agent_version: Specific version of the agent to use when restarting. If not
                provided, uses the current version."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/restart",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": stream,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "metadata": metadata,
                        "from_entry_id": from_entry_id,
                        "agent_version": agent_version,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def restart_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRestartRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Restart a conversation starting from a given entry.

        `restart` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).restart(
            conversation_id=conversation_id,
            from_entry_id=from_entry_id,
            inputs=inputs,
            stream=stream,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            guardrails=guardrails,
            metadata=metadata,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def start_stream(
        self,
        *,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
        ),
        store: bool | None | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationStreamRequestHandoffExecution1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        instructions: str | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.FunctionTool
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
        completion_args: (
            _m.CompletionArgs | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.ConversationEvents]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion
        and tool executions are run and the response is appended to the conversation.Use the
        returned conversation_id to continue the conversation.

        Streams the response as server-sent events; iterate the returned stream for chunks.
        """
        return self._core.stream(
            _rt.Request(
                "POST",
                "/v1/conversations",
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": True,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "name": name,
                        "description": description,
                        "metadata": metadata,
                        "agent_id": agent_id,
                        "agent_version": agent_version,
                        "model": model,
                    }
                ),
            ),
            _m.ConversationEvents.from_dict,
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

    async def start_stream_async(
        self,
        *,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
        ),
        store: bool | None | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationStreamRequestHandoffExecution1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        instructions: str | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.FunctionTool
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
        completion_args: (
            _m.CompletionArgs | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.ConversationEvents]:
        """Create a conversation and append entries to it.

        `start_stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(await self._core.async_twin()).start_stream(
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            name=name,
            description=description,
            metadata=metadata,
            agent_id=agent_id,
            agent_version=agent_version,
            model=model,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def append_stream(
        self,
        *,
        conversation_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationAppendStreamRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_confirmations: (
            Sequence[_m.ToolCallConfirmation | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.ConversationEvents]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            conversation_id: ID of the conversation to which we append entries.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return self._core.stream(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": True,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "tool_confirmations": tool_confirmations,
                    }
                ),
            ),
            _m.ConversationEvents.from_dict,
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

    async def append_stream_async(
        self,
        *,
        conversation_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationAppendStreamRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_confirmations: (
            Sequence[_m.ToolCallConfirmation | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.ConversationEvents]:
        """Append new entries to an existing conversation.

        `append_stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(
            await self._core.async_twin()
        ).append_stream(
            conversation_id=conversation_id,
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            tool_confirmations=tool_confirmations,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restart_stream(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRestartStreamRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.Stream[_m.ConversationEvents]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            conversation_id: ID of the original conversation which is being restarted.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request.
            metadata: Custom metadata for the conversation.
            agent_version: Specific version of the agent to use when restarting. If not
                provided, uses the current version."""
        return self._core.stream(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/restart",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": True,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "metadata": metadata,
                        "from_entry_id": from_entry_id,
                        "agent_version": agent_version,
                    }
                ),
            ),
            _m.ConversationEvents.from_dict,
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

    async def restart_stream_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRestartStreamRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.ConversationEvents]:
        """Restart a conversation starting from a given entry.

        `restart_stream` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConversations(
            await self._core.async_twin()
        ).restart_stream(
            conversation_id=conversation_id,
            from_entry_id=from_entry_id,
            inputs=inputs,
            store=store,
            handoff_execution=handoff_execution,
            completion_args=completion_args,
            guardrails=guardrails,
            metadata=metadata,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaConversations:
    """(beta) Conversations API"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.ModelConversation | _m.AgentConversation]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/conversations",
                query={"page": page, "page_size": page_size, "metadata": metadata},
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m._decode_ModelConversation_or_AgentConversation(v0)
                        for v0 in data
                    ],
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

    async def start(
        self,
        *,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
        ),
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | None | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRequestHandoffExecution1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        instructions: str | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.FunctionTool
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
        completion_args: (
            _m.CompletionArgs | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion
        and tool executions are run and the response is appended to the conversation.Use the
        returned conversation_id to continue the conversation."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/conversations",
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": stream,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "name": name,
                        "description": description,
                        "metadata": metadata,
                        "agent_id": agent_id,
                        "agent_version": agent_version,
                        "model": model,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationResponse.from_dict)},
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
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ModelConversation | _m.AgentConversation:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        Args:
            conversation_id: ID of the conversation from which we are fetching metadata.
        """
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_ModelConversation_or_AgentConversation(
                        data
                    ),
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

    async def append(
        self,
        *,
        conversation_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationAppendRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_confirmations: (
            Sequence[_m.ToolCallConfirmation | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id: ID of the conversation to which we append entries.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": stream,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "tool_confirmations": tool_confirmations,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationResponse.from_dict)},
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
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        Args:
            conversation_id: ID of the conversation from which we are fetching metadata.
        """
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
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

    async def get_history(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationHistory:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The
        entries are sorted in the order they were appended, those can be messages, connectors or
        function_call.

        Args:
            conversation_id: ID of the conversation from which we are fetching entries.
        """
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/history",
                    {"conversation_id": conversation_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationHistory.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_messages(
        self,
        *,
        conversation_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationMessages:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This
        is similar to retrieving all entries except we filter the messages only.

        Args:
            conversation_id: ID of the conversation from which we are fetching messages.
        """
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/messages",
                    {"conversation_id": conversation_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationMessages.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def restart(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        stream: bool | _rt.Unset = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRestartRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConversationResponse:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id: ID of the original conversation which is being restarted.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request.
            metadata: Custom metadata for the conversation.
            agent_version: Specific version of the agent to use when restarting. If not
                provided, uses the current version."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/restart",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": stream,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "metadata": metadata,
                        "from_entry_id": from_entry_id,
                        "agent_version": agent_version,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.ConversationResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def start_stream(
        self,
        *,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
        ),
        store: bool | None | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationStreamRequestHandoffExecution1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        instructions: str | None | _rt.Unset = _rt.UNSET,
        tools: (
            Sequence[
                _m.FunctionTool
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
        completion_args: (
            _m.CompletionArgs | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_id: str | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.ConversationEvents]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion
        and tool executions are run and the response is appended to the conversation.Use the
        returned conversation_id to continue the conversation.

        Streams the response as server-sent events; iterate the returned stream for chunks.
        """
        return await self._core.stream(
            _rt.Request(
                "POST",
                "/v1/conversations",
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": True,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "name": name,
                        "description": description,
                        "metadata": metadata,
                        "agent_id": agent_id,
                        "agent_version": agent_version,
                        "model": model,
                    }
                ),
            ),
            _m.ConversationEvents.from_dict,
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

    async def append_stream(
        self,
        *,
        conversation_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationAppendStreamRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        tool_confirmations: (
            Sequence[_m.ToolCallConfirmation | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.ConversationEvents]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            conversation_id: ID of the conversation to which we append entries.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": True,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "tool_confirmations": tool_confirmations,
                    }
                ),
            ),
            _m.ConversationEvents.from_dict,
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

    async def restart_stream(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: (
            str
            | Sequence[
                _m.MessageInputEntry
                | _m.MessageOutputEntry
                | _m.FunctionResultEntry
                | _m.FunctionCallEntry
                | _m.ToolExecutionEntry
                | _m.AgentHandoffEntry
                | Mapping[str, Any]
            ]
            | _rt.Unset
        ) = _rt.UNSET,
        store: bool | _rt.Unset = _rt.UNSET,
        handoff_execution: (
            _m.ConversationRestartStreamRequestHandoffExecution | str | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        agent_version: str | int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncStream[_m.ConversationEvents]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Streams the response as server-sent events; iterate the returned stream for chunks.

        Args:
            conversation_id: ID of the original conversation which is being restarted.
            store: Whether to store the results into our servers or not.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request.
            metadata: Custom metadata for the conversation.
            agent_version: Specific version of the agent to use when restarting. If not
                provided, uses the current version."""
        return await self._core.stream(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/conversations/{conversation_id}/restart",
                    {"conversation_id": conversation_id},
                ),
                json=_rt.encode_json(
                    {
                        "inputs": inputs,
                        "stream": True,
                        "store": store,
                        "handoff_execution": handoff_execution,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "metadata": metadata,
                        "from_entry_id": from_entry_id,
                        "agent_version": agent_version,
                    }
                ),
            ),
            _m.ConversationEvents.from_dict,
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
