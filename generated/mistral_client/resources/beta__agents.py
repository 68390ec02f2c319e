"""The `beta.agents` operations: (beta) Agents API

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaAgents", "BetaAgents"]


class BetaAgents:
    """(beta) Agents API"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.Agent]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features
        such as agent sharing are not supported by this endpoint. Use the cursor-paginated `GET
        /v1/agents/pages` instead.

        Deprecated.
        Some features such as agent sharing are not supported by this endpoint.

        Args:
            page: Page number (0-indexed)
            page_size: Number of agents per page
            name: Filter by agent name
            search: Search agents by name or ID"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/agents",
                query={
                    "page": page,
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                },
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: [_m.Agent.from_dict(v0) for v0 in data]
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
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.Agent]:
        """List agent entities.

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).list(
            page=page,
            page_size=page_size,
            deployment_chat=deployment_chat,
            sources=sources,
            name=name,
            search=search,
            id=id,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        model: str,
        name: str,
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
            | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        handoffs: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        version_message: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then
        available to be used as a regular assistant in a conversation or as part of an agent
        pool from which it can be used.

        Args:
            instructions: Instruction prompt the model will follow during the
                conversation.
            tools: List of tools which are available to the model during the
                conversation.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/agents",
                json=_rt.encode_json(
                    {
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "model": model,
                        "name": name,
                        "description": description,
                        "handoffs": handoffs,
                        "metadata": metadata,
                        "version_message": version_message,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
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
        model: str,
        name: str,
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
            | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        handoffs: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        version_message: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Create a agent that can be used within a conversation.

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).create(
            model=model,
            name=name,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            description=description,
            handoffs=handoffs,
            metadata=metadata,
            version_message=version_message,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_pages(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AgentListPage:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint
        paginates by opaque cursor and honors per-agent sharing, returning only agents the
        caller is authorized to see.

        Args:
            page_size: Number of agents per page
            name: Filter by agent name
            search: Search agents by name or ID
            page_token: Opaque cursor from a previous response's next_page_token. When
                set, results page forward from the cursor."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/agents/pages",
                query={
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                    "page_token": page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.AgentListPage.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_pages_async(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AgentListPage:
        """List agent entities, cursor-paginated.

        `list_pages` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).list_pages(
            page_size=page_size,
            deployment_chat=deployment_chat,
            sources=sources,
            name=name,
            search=search,
            id=id,
            metadata=metadata,
            page_token=page_token,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_pages_pages(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.SyncPage[_m.Agent, _m.AgentListPage]:
        """List agent entities, cursor-paginated.

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_pages`; the pager fills in `page_token` (the cursor)."""
        return _rt.SyncPage.fetch(
            self._core,
            _rt.Request(
                "GET",
                "/v1/agents/pages",
                query={
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                    "page_token": page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.AgentListPage.from_dict)},
            _rt.Paging(
                "cursor",
                _m.Agent.from_dict,
                results=("data",),
                cursor=("query", "page_token"),
                next_cursor=("next_page_token",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_pages_pages_async(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.Agent, _m.AgentListPage]:
        """List agent entities, cursor-paginated.

        `list_pages_pages` for async code: `await` the pager for the first page, or `async for` over
        it for every item; nothing is sent before either."""
        return _rt.AsyncPager(
            self._core.async_twin,
            _rt.Request(
                "GET",
                "/v1/agents/pages",
                query={
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                    "page_token": page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.AgentListPage.from_dict)},
            _rt.Paging(
                "cursor",
                _m.Agent.from_dict,
                results=("data",),
                cursor=("query", "page_token"),
                next_cursor=("next_page_token",),
            ),
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get(
        self,
        *,
        agent_id: str,
        agent_version: int | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version
        parameter can be an integer version number or a string alias."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/agents/{agent_id}", {"agent_id": agent_id}),
                query={"agent_version": agent_version},
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
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
        agent_id: str,
        agent_version: int | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Retrieve an agent entity.

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).get(
            agent_id=agent_id,
            agent_version=agent_version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete an agent entity."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/agents/{agent_id}", {"agent_id": agent_id}),
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
        agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete an agent entity.

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).delete(
            agent_id=agent_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        agent_id: str,
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
            | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        handoffs: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        version_message: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        Args:
            instructions: Instruction prompt the model will follow during the
                conversation.
            tools: List of tools which are available to the model during the
                conversation.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/agents/{agent_id}", {"agent_id": agent_id}),
                json=_rt.encode_json(
                    {
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "model": model,
                        "name": name,
                        "description": description,
                        "handoffs": handoffs,
                        "deployment_chat": deployment_chat,
                        "metadata": metadata,
                        "version_message": version_message,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
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
        agent_id: str,
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
            | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        handoffs: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        version_message: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Update an agent entity.

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).update(
            agent_id=agent_id,
            instructions=instructions,
            tools=tools,
            completion_args=completion_args,
            guardrails=guardrails,
            model=model,
            name=name,
            description=description,
            handoffs=handoffs,
            deployment_chat=deployment_chat,
            metadata=metadata,
            version_message=version_message,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_version(
        self,
        *,
        agent_id: str,
        version: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Update an agent version.

        Switch the version of an agent."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/agents/{agent_id}/version", {"agent_id": agent_id}
                ),
                query={"version": version},
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_version_async(
        self,
        *,
        agent_id: str,
        version: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Update an agent version.

        `update_version` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).update_version(
            agent_id=agent_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_versions(
        self,
        *,
        agent_id: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.Agent]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Args:
            page: Page number (0-indexed)
            page_size: Number of versions per page"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/agents/{agent_id}/versions", {"agent_id": agent_id}
                ),
                query={"page": page, "page_size": page_size},
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: [_m.Agent.from_dict(v0) for v0 in data]
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

    async def list_versions_async(
        self,
        *,
        agent_id: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.Agent]:
        """List all versions of an agent.

        `list_versions` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).list_versions(
            agent_id=agent_id,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_version(
        self,
        *,
        agent_id: str,
        version: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/agents/{agent_id}/versions/{version}",
                    {"agent_id": agent_id, "version": version},
                ),
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_version_async(
        self,
        *,
        agent_id: str,
        version: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Retrieve a specific version of an agent.

        `get_version` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(await self._core.async_twin()).get_version(
            agent_id=agent_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_version_aliases(
        self,
        *,
        agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.AgentAliasResponse]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/agents/{agent_id}/aliases", {"agent_id": agent_id}
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [_m.AgentAliasResponse.from_dict(v0) for v0 in data],
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

    async def list_version_aliases_async(
        self,
        *,
        agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.AgentAliasResponse]:
        """List all aliases for an agent.

        `list_version_aliases` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(
            await self._core.async_twin()
        ).list_version_aliases(
            agent_id=agent_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AgentAliasResponse:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases
        are unique per agent and can be reassigned to different versions."""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/agents/{agent_id}/aliases", {"agent_id": agent_id}
                ),
                query={"alias": alias, "version": version},
            ),
            {"200": _rt.Returns("json", _m.AgentAliasResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AgentAliasResponse:
        """Create or update an agent version alias.

        `create_version_alias` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(
            await self._core.async_twin()
        ).create_version_alias(
            agent_id=agent_id,
            alias=alias,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete an agent version alias.

        Delete an existing alias for an agent."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/agents/{agent_id}/aliases", {"agent_id": agent_id}
                ),
                query={"alias": alias},
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

    async def delete_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete an agent version alias.

        `delete_version_alias` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaAgents(
            await self._core.async_twin()
        ).delete_version_alias(
            agent_id=agent_id,
            alias=alias,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaAgents:
    """(beta) Agents API"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.Agent]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features
        such as agent sharing are not supported by this endpoint. Use the cursor-paginated `GET
        /v1/agents/pages` instead.

        Deprecated.
        Some features such as agent sharing are not supported by this endpoint.

        Args:
            page: Page number (0-indexed)
            page_size: Number of agents per page
            name: Filter by agent name
            search: Search agents by name or ID"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/agents",
                query={
                    "page": page,
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                },
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: [_m.Agent.from_dict(v0) for v0 in data]
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

    async def create(
        self,
        *,
        model: str,
        name: str,
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
            | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        handoffs: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        version_message: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then
        available to be used as a regular assistant in a conversation or as part of an agent
        pool from which it can be used.

        Args:
            instructions: Instruction prompt the model will follow during the
                conversation.
            tools: List of tools which are available to the model during the
                conversation.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/agents",
                json=_rt.encode_json(
                    {
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "model": model,
                        "name": name,
                        "description": description,
                        "handoffs": handoffs,
                        "metadata": metadata,
                        "version_message": version_message,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_pages(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AgentListPage:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint
        paginates by opaque cursor and honors per-agent sharing, returning only agents the
        caller is authorized to see.

        Args:
            page_size: Number of agents per page
            name: Filter by agent name
            search: Search agents by name or ID
            page_token: Opaque cursor from a previous response's next_page_token. When
                set, results page forward from the cursor."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/agents/pages",
                query={
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                    "page_token": page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.AgentListPage.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_pages_pages(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        sources: Sequence[_m.RequestSource | str] | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        id: str | None | _rt.Unset = _rt.UNSET,
        metadata: Any | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _rt.AsyncPager[_m.Agent, _m.AgentListPage]:
        """List agent entities, cursor-paginated.

        Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.
        Arguments as for `list_pages`; the pager fills in `page_token` (the cursor)."""
        return _rt.AsyncPager(
            self._core,
            _rt.Request(
                "GET",
                "/v1/agents/pages",
                query={
                    "page_size": page_size,
                    "deployment_chat": deployment_chat,
                    "sources": sources,
                    "name": name,
                    "search": search,
                    "id": id,
                    "metadata": metadata,
                    "page_token": page_token,
                },
            ),
            {"200": _rt.Returns("json", _m.AgentListPage.from_dict)},
            _rt.Paging(
                "cursor",
                _m.Agent.from_dict,
                results=("data",),
                cursor=("query", "page_token"),
                next_cursor=("next_page_token",),
            ),
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
        agent_id: str,
        agent_version: int | str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version
        parameter can be an integer version number or a string alias."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path("/v1/agents/{agent_id}", {"agent_id": agent_id}),
                query={"agent_version": agent_version},
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
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
        agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete an agent entity."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path("/v1/agents/{agent_id}", {"agent_id": agent_id}),
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

    async def update(
        self,
        *,
        agent_id: str,
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
            | _rt.Unset
        ) = _rt.UNSET,
        completion_args: _m.CompletionArgs | Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        guardrails: (
            Sequence[_m.GuardrailConfig | Mapping[str, Any]] | None | _rt.Unset
        ) = _rt.UNSET,
        model: str | None | _rt.Unset = _rt.UNSET,
        name: str | None | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        handoffs: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        deployment_chat: bool | None | _rt.Unset = _rt.UNSET,
        metadata: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        version_message: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        Args:
            instructions: Instruction prompt the model will follow during the
                conversation.
            tools: List of tools which are available to the model during the
                conversation.
            completion_args: Completion arguments that will be used to generate
                assistant responses. Can be overridden at each message request."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path("/v1/agents/{agent_id}", {"agent_id": agent_id}),
                json=_rt.encode_json(
                    {
                        "instructions": instructions,
                        "tools": tools,
                        "completion_args": completion_args,
                        "guardrails": guardrails,
                        "model": model,
                        "name": name,
                        "description": description,
                        "handoffs": handoffs,
                        "deployment_chat": deployment_chat,
                        "metadata": metadata,
                        "version_message": version_message,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_version(
        self,
        *,
        agent_id: str,
        version: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Update an agent version.

        Switch the version of an agent."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/agents/{agent_id}/version", {"agent_id": agent_id}
                ),
                query={"version": version},
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_versions(
        self,
        *,
        agent_id: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.Agent]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Args:
            page: Page number (0-indexed)
            page_size: Number of versions per page"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/agents/{agent_id}/versions", {"agent_id": agent_id}
                ),
                query={"page": page, "page_size": page_size},
            ),
            {
                "200": _rt.Returns(
                    "json", lambda data: [_m.Agent.from_dict(v0) for v0 in data]
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

    async def get_version(
        self,
        *,
        agent_id: str,
        version: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Agent:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/agents/{agent_id}/versions/{version}",
                    {"agent_id": agent_id, "version": version},
                ),
            ),
            {"200": _rt.Returns("json", _m.Agent.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_version_aliases(
        self,
        *,
        agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.AgentAliasResponse]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/agents/{agent_id}/aliases", {"agent_id": agent_id}
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [_m.AgentAliasResponse.from_dict(v0) for v0 in data],
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

    async def create_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AgentAliasResponse:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases
        are unique per agent and can be reassigned to different versions."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/agents/{agent_id}/aliases", {"agent_id": agent_id}
                ),
                query={"alias": alias, "version": version},
            ),
            {"200": _rt.Returns("json", _m.AgentAliasResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete an agent version alias.

        Delete an existing alias for an agent."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/agents/{agent_id}/aliases", {"agent_id": agent_id}
                ),
                query={"alias": alias},
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
