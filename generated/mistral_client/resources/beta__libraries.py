"""The `beta.libraries` operations: (beta) Libraries API to create and manage libraries - index your documents to enhance agent capabilities.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

if TYPE_CHECKING:
    from . import beta__libraries__accesses as _res_beta__libraries__accesses
    from . import beta__libraries__documents as _res_beta__libraries__documents

__all__ = ["AsyncBetaLibraries", "BetaLibraries"]


class BetaLibraries:
    """(beta) Libraries API to create and manage libraries - index your documents to enhance agent capabilities."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    @cached_property
    def documents(self) -> _res_beta__libraries__documents.BetaLibrariesDocuments:
        """The `beta.libraries.documents` operations; their module is imported on first use."""
        from . import beta__libraries__documents as module

        return module.BetaLibrariesDocuments(self._core)

    @cached_property
    def accesses(self) -> _res_beta__libraries__accesses.BetaLibrariesAccesses:
        """The `beta.libraries.accesses` operations; their module is imported on first use."""
        from . import beta__libraries__accesses as module

        return module.BetaLibrariesAccesses(self._core)

    def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        filter_owned_by_me: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListLibrariesResponse:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Args:
            page_token: Continuation token from a previous response's next_page_token.
                Preferred over `page`.
            page: Deprecated: use page_token. Offset paging re-scans earlier pages and
                is being phased out.
            search: Case-insensitive search on the library name.
            filter_owned_by_me: Deprecated: this parameter will be removed in a future
                version."""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/libraries",
                query={
                    "page_size": page_size,
                    "page_token": page_token,
                    "page": page,
                    "search": search,
                    "filter_owned_by_me": filter_owned_by_me,
                },
            ),
            {"200": _rt.Returns("json", _m.ListLibrariesResponse.from_dict)},
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
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        filter_owned_by_me: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListLibrariesResponse:
        """List all libraries you have access to.

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibraries(await self._core.async_twin()).list(
            page_size=page_size,
            page_token=page_token,
            page=page,
            search=search,
            filter_owned_by_me=filter_owned_by_me,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        description: str | None | _rt.Unset = _rt.UNSET,
        chunk_size: int | None | _rt.Unset = _rt.UNSET,
        owner_type: (
            _m.CreateLibraryRequestOwnerType1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the
        possibility to share it with others. When first created this will only be accessible by
        you.

        Args:
            chunk_size: The size of the chunks (in characters) to split document text
                into. Must be between 256 and 32768.
            owner_type: Determines who owns the created library. 'User' creates a
                private library accessible only to its owner. 'Workspace' creates a
                library shared with the workspace. Defaults to 'Workspace' for API key
                sessions. Only API keys with the 'Private and shared connectors'
                connector access scope can create private, user-owned libraries."""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/libraries",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "chunk_size": chunk_size,
                        "owner_type": owner_type,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.Library.from_dict)},
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
        description: str | None | _rt.Unset = _rt.UNSET,
        chunk_size: int | None | _rt.Unset = _rt.UNSET,
        owner_type: (
            _m.CreateLibraryRequestOwnerType1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Create a new Library.

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibraries(await self._core.async_twin()).create(
            name=name,
            description=description,
            chunk_size=chunk_size,
            owner_type=owner_type,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        *,
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library."""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.Library.from_dict)},
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
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Detailed information about a specific Library.

        `get` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibraries(await self._core.async_twin()).get(
            library_id=library_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def libraries_update_v1(
        self,
        *,
        library_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Update a library.

        Given a library id, you can update the name and description.

        Deprecated.
        Use the PATCH method instead. This PUT endpoint will be removed in a future version.
        """
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"200": _rt.Returns("json", _m.Library.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def libraries_update_v1_async(
        self,
        *,
        library_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Update a library.

        `libraries_update_v1` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibraries(
            await self._core.async_twin()
        ).libraries_update_v1(
            library_id=library_id,
            name=name,
            description=description,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library | None:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to
        that library. Warning: the response will change from 200 (returning the deleted library)
        to 204 No Content in a future version."""
        responses: dict[str, _rt.Returns[_m.Library | None]] = {
            "200": _rt.Returns("json", _m.Library.from_dict),
            "204": _rt.Returns("empty", _rt.to_none),
        }
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
            ),
            responses,
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
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library | None:
        """Delete a library and all of it's document.

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibraries(await self._core.async_twin()).delete(
            library_id=library_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        library_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Update a library.

        Given a library id, you can update the name and description."""
        return self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"200": _rt.Returns("json", _m.Library.from_dict)},
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
        library_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Update a library.

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaLibraries(await self._core.async_twin()).update(
            library_id=library_id,
            name=name,
            description=description,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaLibraries:
    """(beta) Libraries API to create and manage libraries - index your documents to enhance agent capabilities."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    @cached_property
    def documents(self) -> _res_beta__libraries__documents.AsyncBetaLibrariesDocuments:
        """The `beta.libraries.documents` operations; their module is imported on first use."""
        from . import beta__libraries__documents as module

        return module.AsyncBetaLibrariesDocuments(self._core)

    @cached_property
    def accesses(self) -> _res_beta__libraries__accesses.AsyncBetaLibrariesAccesses:
        """The `beta.libraries.accesses` operations; their module is imported on first use."""
        from . import beta__libraries__accesses as module

        return module.AsyncBetaLibrariesAccesses(self._core)

    async def list(
        self,
        *,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page_token: str | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        search: str | None | _rt.Unset = _rt.UNSET,
        filter_owned_by_me: bool | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListLibrariesResponse:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Args:
            page_token: Continuation token from a previous response's next_page_token.
                Preferred over `page`.
            page: Deprecated: use page_token. Offset paging re-scans earlier pages and
                is being phased out.
            search: Case-insensitive search on the library name.
            filter_owned_by_me: Deprecated: this parameter will be removed in a future
                version."""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/libraries",
                query={
                    "page_size": page_size,
                    "page_token": page_token,
                    "page": page,
                    "search": search,
                    "filter_owned_by_me": filter_owned_by_me,
                },
            ),
            {"200": _rt.Returns("json", _m.ListLibrariesResponse.from_dict)},
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
        description: str | None | _rt.Unset = _rt.UNSET,
        chunk_size: int | None | _rt.Unset = _rt.UNSET,
        owner_type: (
            _m.CreateLibraryRequestOwnerType1 | str | None | _rt.Unset
        ) = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the
        possibility to share it with others. When first created this will only be accessible by
        you.

        Args:
            chunk_size: The size of the chunks (in characters) to split document text
                into. Must be between 256 and 32768.
            owner_type: Determines who owns the created library. 'User' creates a
                private library accessible only to its owner. 'Workspace' creates a
                library shared with the workspace. Defaults to 'Workspace' for API key
                sessions. Only API keys with the 'Private and shared connectors'
                connector access scope can create private, user-owned libraries."""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/libraries",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "chunk_size": chunk_size,
                        "owner_type": owner_type,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.Library.from_dict)},
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
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library."""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.Library.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def libraries_update_v1(
        self,
        *,
        library_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Update a library.

        Given a library id, you can update the name and description.

        Deprecated.
        Use the PATCH method instead. This PUT endpoint will be removed in a future version.
        """
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"200": _rt.Returns("json", _m.Library.from_dict)},
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
        library_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library | None:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to
        that library. Warning: the response will change from 200 (returning the deleted library)
        to 204 No Content in a future version."""
        responses: dict[str, _rt.Returns[_m.Library | None]] = {
            "200": _rt.Returns("json", _m.Library.from_dict),
            "204": _rt.Returns("empty", _rt.to_none),
        }
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
            ),
            responses,
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
        library_id: str,
        name: str | _rt.Unset = _rt.UNSET,
        description: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Library:
        """Update a library.

        Given a library id, you can update the name and description."""
        return await self._core.request(
            _rt.Request(
                "PATCH",
                _rt.format_path(
                    "/v1/libraries/{library_id}", {"library_id": library_id}
                ),
                json=_rt.encode_json({"name": name, "description": description}),
            ),
            {"200": _rt.Returns("json", _m.Library.from_dict)},
            errors={"422": _m.HTTPValidationError.from_dict},
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
