"""The `beta.connectors` operations: (beta) Connectors API - manage your connectors

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaConnectors", "BetaConnectors"]


class BetaConnectors:
    """(beta) Connectors API - manage your connectors"""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        query_filters: (
            _m.ConnectorsQueryFilters | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.PaginatedConnectors:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/connectors",
                query={
                    "query_filters": query_filters,
                    "cursor": cursor,
                    "page_size": page_size,
                },
            ),
            {"200": _rt.Returns("json", _m.PaginatedConnectors.from_dict)},
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
        query_filters: (
            _m.ConnectorsQueryFilters | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.PaginatedConnectors:
        """List all connectors.

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).list(
            query_filters=query_filters,
            cursor=cursor,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        request: _m.CreateConnectorRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.
        """
        return self._core.request(
            _rt.Request("POST", "/v1/connectors", json=_rt.encode_json(request)),
            {"201": _rt.Returns("json", _m.Connector.from_dict)},
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
        request: _m.CreateConnectorRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Create a new connector.

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).create(
            request=request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_auth_url(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: str | None | _rt.Unset = _rt.UNSET,
        method_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        credentials_title: str | None | _rt.Unset = _rt.UNSET,
        github_installation_link: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AuthUrlResponse:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        Args:
            method_type: Auth method type to use for the authorization URL. Required
                when the connector supports multiple interactive auth methods; otherwise
                the sole method is selected automatically. Use this to pick a specific
                method (e.g. 'oauth2' vs 'github_app').
            github_installation_link: Only valid with method_type=oauth2. When true,
                returns a GitHub App installation URL
                (https://github.com/apps/<slug>/installations/new) if the connector has
                the proper configuration The Github application needs to have 'Request
                user authorization (OAuth) during installation' enabled to perform the
                proper auth loop."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/auth_url",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={
                    "app_return_url": app_return_url,
                    "method_type": method_type,
                    "credentials_name": credentials_name,
                    "credentials_title": credentials_title,
                    "github_installation_link": github_installation_link,
                },
            ),
            {"200": _rt.Returns("json", _m.AuthUrlResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_auth_url_async(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: str | None | _rt.Unset = _rt.UNSET,
        method_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        credentials_title: str | None | _rt.Unset = _rt.UNSET,
        github_installation_link: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AuthUrlResponse:
        """Get the auth URL for a connector.

        `get_auth_url` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).get_auth_url(
            connector_id_or_name=connector_id_or_name,
            app_return_url=app_return_url,
            method_type=method_type,
            credentials_name=credentials_name,
            credentials_title=credentials_title,
            github_installation_link=github_installation_link,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def share(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making
        it available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g.
        OAuth on-behalf-of) will be affected and must be reconfigured after sharing. Only the
        connector's creator can call this endpoint. Requires the ShareConnectorToWorkspace
        workspace permission."""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/share",
                    {"connector_id": connector_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def share_async(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Share a private connector to the current workspace.

        `share` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).share(
            connector_id=connector_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unshare(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector.
        Workspace-scoped connections and other members' connections are removed; the creator's
        own connection is preserved. Only the connector's creator can call this endpoint.
        Requires the ShareConnectorToWorkspace workspace permission."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/share",
                    {"connector_id": connector_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unshare_async(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Unshare a connector from the current workspace.

        `unshare` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).unshare(
            connector_id=connector_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def activate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: _m.ConnectorActivateForConsumerV1ConsumerScope | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/{consumer_scope}/activate",
                    {"connector_id": connector_id, "consumer_scope": consumer_scope},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def activate_for_consumer_async(
        self,
        *,
        connector_id: str,
        consumer_scope: _m.ConnectorActivateForConsumerV1ConsumerScope | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        `activate_for_consumer` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).activate_for_consumer(
            connector_id=connector_id,
            consumer_scope=consumer_scope,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def deactivate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: _m.ConnectorDeactivateForConsumerV1ConsumerScope | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user
        level).

        Disable a connector for the calling consumer only."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/{consumer_scope}/deactivate",
                    {"connector_id": connector_id, "consumer_scope": consumer_scope},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def deactivate_for_consumer_async(
        self,
        *,
        connector_id: str,
        consumer_scope: _m.ConnectorDeactivateForConsumerV1ConsumerScope | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user

        `deactivate_for_consumer` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).deactivate_for_consumer(
            connector_id=connector_id,
            consumer_scope=consumer_scope,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def call_tool(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        arguments: Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConnectorToolCallResponse:
        """Call Connector Tool

        Call a tool on an MCP connector."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/tools/{tool_name}/call",
                    {
                        "tool_name": tool_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
                query={"credentials_name": credentials_name},
                json=_rt.encode_json({"arguments": arguments}),
            ),
            {"200": _rt.Returns("json", _m.ConnectorToolCallResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def call_tool_async(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        arguments: Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConnectorToolCallResponse:
        """Call Connector Tool

        `call_tool` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).call_tool(
            tool_name=tool_name,
            connector_id_or_name=connector_id_or_name,
            credentials_name=credentials_name,
            arguments=arguments,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_tools(
        self,
        *,
        connector_id_or_name: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        refresh: bool | None | _rt.Unset = _rt.UNSET,
        pretty: bool | None | _rt.Unset = _rt.UNSET,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.MCPTool] | builtins.list[builtins.dict[str, Any]]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Args:
            pretty: Return a simplified payload with only name, description,
                annotations, and a compact inputSchema."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/tools",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={
                    "page": page,
                    "page_size": page_size,
                    "refresh": refresh,
                    "pretty": pretty,
                    "credentials_name": credentials_name,
                },
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_list_MCPTool_or_list_dict_str_Any(data),
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

    async def list_tools_async(
        self,
        *,
        connector_id_or_name: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        refresh: bool | None | _rt.Unset = _rt.UNSET,
        pretty: bool | None | _rt.Unset = _rt.UNSET,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.MCPTool] | builtins.list[builtins.dict[str, Any]]:
        """List tools for a connector.

        `list_tools` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).list_tools(
            connector_id_or_name=connector_id_or_name,
            page=page,
            page_size=page_size,
            refresh=refresh,
            pretty=pretty,
            credentials_name=credentials_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_authentication_methods(
        self,
        *,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported
        authentication methods and their required headers."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/authentication_methods",
                    {"connector_id_or_name": connector_id_or_name},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m.PublicAuthenticationMethod.from_dict(v0) for v0 in data
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

    async def get_authentication_methods_async(
        self,
        *,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        `get_authentication_methods` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).get_authentication_methods(
            connector_id_or_name=connector_id_or_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.
        """
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/organization/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={"auth_type": auth_type, "fetch_default": fetch_default},
            ),
            {"200": _rt.Returns("json", _m.CredentialsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_organization_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List organization credentials for a connector.

        `list_organization_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).list_organization_credentials(
            connector_id_or_name=connector_id_or_name,
            auth_type=auth_type,
            fetch_default=fetch_default,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_or_update_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        Args:
            name: Name of the credentials. Use this name to access or modify your
                credentials.
            title: Human-readable title for the credentials.
            is_default: Controls whether this credential is the default for its auth
                method. On creation: if no credential exists yet for this auth method,
                the credential is automatically set as default when is_default is true
                or omitted; setting is_default to false is rejected because a default
                must exist. If other credentials already exist, setting is_default to
                true promotes this credential (demoting the previous default); false or
                omitted creates it as non-default. On update: true promotes this
                credential, false is rejected if it is currently the default (promote
                another credential first), omitted leaves the default status unchanged.
            credentials: The credential data (headers, bearer_token)."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/organization/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "title": title,
                        "is_default": is_default,
                        "credentials": credentials,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_or_update_organization_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update organization credentials for a connector.

        `create_or_update_organization_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).create_or_update_organization_credentials(
            connector_id_or_name=connector_id_or_name,
            name=name,
            title=title,
            is_default=is_default,
            credentials=credentials,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/workspace/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={"auth_type": auth_type, "fetch_default": fetch_default},
            ),
            {"200": _rt.Returns("json", _m.CredentialsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List workspace credentials for a connector.

        `list_workspace_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).list_workspace_credentials(
            connector_id_or_name=connector_id_or_name,
            auth_type=auth_type,
            fetch_default=fetch_default,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_or_update_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        Args:
            name: Name of the credentials. Use this name to access or modify your
                credentials.
            title: Human-readable title for the credentials.
            is_default: Controls whether this credential is the default for its auth
                method. On creation: if no credential exists yet for this auth method,
                the credential is automatically set as default when is_default is true
                or omitted; setting is_default to false is rejected because a default
                must exist. If other credentials already exist, setting is_default to
                true promotes this credential (demoting the previous default); false or
                omitted creates it as non-default. On update: true promotes this
                credential, false is rejected if it is currently the default (promote
                another credential first), omitted leaves the default status unchanged.
            credentials: The credential data (headers, bearer_token)."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/workspace/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "title": title,
                        "is_default": is_default,
                        "credentials": credentials,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_or_update_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update workspace credentials for a connector.

        `create_or_update_workspace_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).create_or_update_workspace_credentials(
            connector_id_or_name=connector_id_or_name,
            name=name,
            title=title,
            is_default=is_default,
            credentials=credentials,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={"auth_type": auth_type, "fetch_default": fetch_default},
            ),
            {"200": _rt.Returns("json", _m.CredentialsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List user credentials for a connector.

        `list_user_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).list_user_credentials(
            connector_id_or_name=connector_id_or_name,
            auth_type=auth_type,
            fetch_default=fetch_default,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_or_update_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        Args:
            name: Name of the credentials. Use this name to access or modify your
                credentials.
            title: Human-readable title for the credentials.
            is_default: Controls whether this credential is the default for its auth
                method. On creation: if no credential exists yet for this auth method,
                the credential is automatically set as default when is_default is true
                or omitted; setting is_default to false is rejected because a default
                must exist. If other credentials already exist, setting is_default to
                true promotes this credential (demoting the previous default); false or
                omitted creates it as non-default. On update: true promotes this
                credential, false is rejected if it is currently the default (promote
                another credential first), omitted leaves the default status unchanged.
            credentials: The credential data (headers, bearer_token)."""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "title": title,
                        "is_default": is_default,
                        "credentials": credentials,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_or_update_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update user credentials for a connector.

        `create_or_update_user_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).create_or_update_user_credentials(
            connector_id_or_name=connector_id_or_name,
            name=name,
            title=title,
            is_default=is_default,
            credentials=credentials,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_all_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_all_user_credentials_async(
        self,
        *,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete all user credentials for a connector.

        `delete_all_user_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).delete_all_user_credentials(
            connector_id_or_name=connector_id_or_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_organization_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}",
                    {
                        "credentials_name": credentials_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_organization_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete organization credentials for a connector.

        `delete_organization_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).delete_organization_credentials(
            credentials_name=credentials_name,
            connector_id_or_name=connector_id_or_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_workspace_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}",
                    {
                        "credentials_name": credentials_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_workspace_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete workspace credentials for a connector.

        `delete_workspace_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).delete_workspace_credentials(
            credentials_name=credentials_name,
            connector_id_or_name=connector_id_or_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_user_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}",
                    {
                        "credentials_name": credentials_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_user_credentials_async(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete user credentials for a connector.

        `delete_user_credentials` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(
            await self._core.async_twin()
        ).delete_user_credentials(
            credentials_name=credentials_name,
            connector_id_or_name=connector_id_or_name,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        connector_id_or_name: str,
        fetch_user_data: bool | None | _rt.Unset = _rt.UNSET,
        fetch_customer_data: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Get a connector.

        Get a connector by its ID or name.

        Args:
            fetch_user_data: Fetch the user-level data associated with the connector
                (e.g. connection credentials).
            fetch_customer_data: Fetch the customer data associated with the connector
                (e.g. customer secrets / config)."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={
                    "fetch_user_data": fetch_user_data,
                    "fetch_customer_data": fetch_customer_data,
                },
            ),
            {"200": _rt.Returns("json", _m.Connector.from_dict)},
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
        connector_id_or_name: str,
        fetch_user_data: bool | None | _rt.Unset = _rt.UNSET,
        fetch_customer_data: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Get a connector.

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).get(
            connector_id_or_name=connector_id_or_name,
            fetch_user_data=fetch_user_data,
            fetch_customer_data=fetch_customer_data,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete a connector.

        Delete a connector by its ID."""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id}", {"connector_id": connector_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
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
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete a connector.

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).delete(
            connector_id=connector_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        connector_id: str,
        request_body: _m.UpdateConnectorRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Update a connector.

        Update a connector by its ID."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/connectors/{connector_id}", {"connector_id": connector_id}
                ),
                json=_rt.encode_json(request_body),
            ),
            {"200": _rt.Returns("json", _m.Connector.from_dict)},
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
        connector_id: str,
        request_body: _m.UpdateConnectorRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Update a connector.

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaConnectors(await self._core.async_twin()).update(
            connector_id=connector_id,
            request_body=request_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaConnectors:
    """(beta) Connectors API - manage your connectors"""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        query_filters: (
            _m.ConnectorsQueryFilters | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        cursor: str | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.PaginatedConnectors:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/connectors",
                query={
                    "query_filters": query_filters,
                    "cursor": cursor,
                    "page_size": page_size,
                },
            ),
            {"200": _rt.Returns("json", _m.PaginatedConnectors.from_dict)},
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
        request: _m.CreateConnectorRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.
        """
        return await self._core.request(
            _rt.Request("POST", "/v1/connectors", json=_rt.encode_json(request)),
            {"201": _rt.Returns("json", _m.Connector.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_auth_url(
        self,
        *,
        connector_id_or_name: str,
        app_return_url: str | None | _rt.Unset = _rt.UNSET,
        method_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        credentials_title: str | None | _rt.Unset = _rt.UNSET,
        github_installation_link: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.AuthUrlResponse:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        Args:
            method_type: Auth method type to use for the authorization URL. Required
                when the connector supports multiple interactive auth methods; otherwise
                the sole method is selected automatically. Use this to pick a specific
                method (e.g. 'oauth2' vs 'github_app').
            github_installation_link: Only valid with method_type=oauth2. When true,
                returns a GitHub App installation URL
                (https://github.com/apps/<slug>/installations/new) if the connector has
                the proper configuration The Github application needs to have 'Request
                user authorization (OAuth) during installation' enabled to perform the
                proper auth loop."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/auth_url",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={
                    "app_return_url": app_return_url,
                    "method_type": method_type,
                    "credentials_name": credentials_name,
                    "credentials_title": credentials_title,
                    "github_installation_link": github_installation_link,
                },
            ),
            {"200": _rt.Returns("json", _m.AuthUrlResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def share(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making
        it available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g.
        OAuth on-behalf-of) will be affected and must be reconfigured after sharing. Only the
        connector's creator can call this endpoint. Requires the ShareConnectorToWorkspace
        workspace permission."""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/share",
                    {"connector_id": connector_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unshare(
        self,
        *,
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector.
        Workspace-scoped connections and other members' connections are removed; the creator's
        own connection is preserved. Only the connector's creator can call this endpoint.
        Requires the ShareConnectorToWorkspace workspace permission."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/share",
                    {"connector_id": connector_id},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def activate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: _m.ConnectorActivateForConsumerV1ConsumerScope | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/{consumer_scope}/activate",
                    {"connector_id": connector_id, "consumer_scope": consumer_scope},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def deactivate_for_consumer(
        self,
        *,
        connector_id: str,
        consumer_scope: _m.ConnectorDeactivateForConsumerV1ConsumerScope | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user
        level).

        Disable a connector for the calling consumer only."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id}/{consumer_scope}/deactivate",
                    {"connector_id": connector_id, "consumer_scope": consumer_scope},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def call_tool(
        self,
        *,
        tool_name: str,
        connector_id_or_name: str,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        arguments: Mapping[str, Any] | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ConnectorToolCallResponse:
        """Call Connector Tool

        Call a tool on an MCP connector."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/tools/{tool_name}/call",
                    {
                        "tool_name": tool_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
                query={"credentials_name": credentials_name},
                json=_rt.encode_json({"arguments": arguments}),
            ),
            {"200": _rt.Returns("json", _m.ConnectorToolCallResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_tools(
        self,
        *,
        connector_id_or_name: str,
        page: int | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        refresh: bool | None | _rt.Unset = _rt.UNSET,
        pretty: bool | None | _rt.Unset = _rt.UNSET,
        credentials_name: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.MCPTool] | builtins.list[builtins.dict[str, Any]]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Args:
            pretty: Return a simplified payload with only name, description,
                annotations, and a compact inputSchema."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/tools",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={
                    "page": page,
                    "page_size": page_size,
                    "refresh": refresh,
                    "pretty": pretty,
                    "credentials_name": credentials_name,
                },
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: _m._decode_list_MCPTool_or_list_dict_str_Any(data),
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

    async def get_authentication_methods(
        self,
        *,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> builtins.list[_m.PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported
        authentication methods and their required headers."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/authentication_methods",
                    {"connector_id_or_name": connector_id_or_name},
                ),
            ),
            {
                "200": _rt.Returns(
                    "json",
                    lambda data: [
                        _m.PublicAuthenticationMethod.from_dict(v0) for v0 in data
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

    async def list_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.
        """
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/organization/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={"auth_type": auth_type, "fetch_default": fetch_default},
            ),
            {"200": _rt.Returns("json", _m.CredentialsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_or_update_organization_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        Args:
            name: Name of the credentials. Use this name to access or modify your
                credentials.
            title: Human-readable title for the credentials.
            is_default: Controls whether this credential is the default for its auth
                method. On creation: if no credential exists yet for this auth method,
                the credential is automatically set as default when is_default is true
                or omitted; setting is_default to false is rejected because a default
                must exist. If other credentials already exist, setting is_default to
                true promotes this credential (demoting the previous default); false or
                omitted creates it as non-default. On update: true promotes this
                credential, false is rejected if it is currently the default (promote
                another credential first), omitted leaves the default status unchanged.
            credentials: The credential data (headers, bearer_token)."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/organization/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "title": title,
                        "is_default": is_default,
                        "credentials": credentials,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/workspace/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={"auth_type": auth_type, "fetch_default": fetch_default},
            ),
            {"200": _rt.Returns("json", _m.CredentialsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_or_update_workspace_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        Args:
            name: Name of the credentials. Use this name to access or modify your
                credentials.
            title: Human-readable title for the credentials.
            is_default: Controls whether this credential is the default for its auth
                method. On creation: if no credential exists yet for this auth method,
                the credential is automatically set as default when is_default is true
                or omitted; setting is_default to false is rejected because a default
                must exist. If other credentials already exist, setting is_default to
                true promotes this credential (demoting the previous default); false or
                omitted creates it as non-default. On update: true promotes this
                credential, false is rejected if it is currently the default (promote
                another credential first), omitted leaves the default status unchanged.
            credentials: The credential data (headers, bearer_token)."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/workspace/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "title": title,
                        "is_default": is_default,
                        "credentials": credentials,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        auth_type: _m.OutboundAuthenticationType | str | None | _rt.Unset = _rt.UNSET,
        fetch_default: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.CredentialsResponse:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={"auth_type": auth_type, "fetch_default": fetch_default},
            ),
            {"200": _rt.Returns("json", _m.CredentialsResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_or_update_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        name: str,
        title: str | None | _rt.Unset = _rt.UNSET,
        is_default: bool | None | _rt.Unset = _rt.UNSET,
        credentials: (
            _m.ConnectionCredentials | Mapping[str, Any] | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        Args:
            name: Name of the credentials. Use this name to access or modify your
                credentials.
            title: Human-readable title for the credentials.
            is_default: Controls whether this credential is the default for its auth
                method. On creation: if no credential exists yet for this auth method,
                the credential is automatically set as default when is_default is true
                or omitted; setting is_default to false is rejected because a default
                must exist. If other credentials already exist, setting is_default to
                true promotes this credential (demoting the previous default); false or
                omitted creates it as non-default. On update: true promotes this
                credential, false is rejected if it is currently the default (promote
                another credential first), omitted leaves the default status unchanged.
            credentials: The credential data (headers, bearer_token)."""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "title": title,
                        "is_default": is_default,
                        "credentials": credentials,
                    }
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_all_user_credentials(
        self,
        *,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials",
                    {"connector_id_or_name": connector_id_or_name},
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_organization_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}",
                    {
                        "credentials_name": credentials_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_workspace_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}",
                    {
                        "credentials_name": credentials_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_user_credentials(
        self,
        *,
        credentials_name: str,
        connector_id_or_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}",
                    {
                        "credentials_name": credentials_name,
                        "connector_id_or_name": connector_id_or_name,
                    },
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
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
        connector_id_or_name: str,
        fetch_user_data: bool | None | _rt.Unset = _rt.UNSET,
        fetch_customer_data: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Get a connector.

        Get a connector by its ID or name.

        Args:
            fetch_user_data: Fetch the user-level data associated with the connector
                (e.g. connection credentials).
            fetch_customer_data: Fetch the customer data associated with the connector
                (e.g. customer secrets / config)."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/connectors/{connector_id_or_name}",
                    {"connector_id_or_name": connector_id_or_name},
                ),
                query={
                    "fetch_user_data": fetch_user_data,
                    "fetch_customer_data": fetch_customer_data,
                },
            ),
            {"200": _rt.Returns("json", _m.Connector.from_dict)},
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
        connector_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.MessageResponse:
        """Delete a connector.

        Delete a connector by its ID."""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/connectors/{connector_id}", {"connector_id": connector_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.MessageResponse.from_dict)},
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
        connector_id: str,
        request_body: _m.UpdateConnectorRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Connector:
        """Update a connector.

        Update a connector by its ID."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/connectors/{connector_id}", {"connector_id": connector_id}
                ),
                json=_rt.encode_json(request_body),
            ),
            {"200": _rt.Returns("json", _m.Connector.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
