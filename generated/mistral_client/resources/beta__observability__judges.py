"""The `beta.observability.judges` operations: (beta) Observability API - judges.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .. import _runtime as _rt
from .. import models as _m

__all__ = ["AsyncBetaObservabilityJudges", "BetaObservabilityJudges"]


class BetaObservabilityJudges:
    """(beta) Observability API - judges."""

    def __init__(self, core: _rt.SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        type_filter: Sequence[_m.JudgeOutputType | str] | None | _rt.Unset = _rt.UNSET,
        model_filter: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListJudgesResponse:
        """Get judges with optional filtering and search

        Args:
            type_filter: Filter by judge output types
            model_filter: Filter by model names"""
        return self._core.request(
            _rt.Request(
                "GET",
                "/v1/observability/judges",
                query={
                    "type_filter": type_filter,
                    "model_filter": model_filter,
                    "page_size": page_size,
                    "page": page,
                    "q": q,
                },
            ),
            {"200": _rt.Returns("json", _m.ListJudgesResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        type_filter: Sequence[_m.JudgeOutputType | str] | None | _rt.Unset = _rt.UNSET,
        model_filter: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListJudgesResponse:
        """Get judges with optional filtering and search

        `list` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityJudges(await self._core.async_twin()).list(
            type_filter=type_filter,
            model_filter=model_filter,
            page_size=page_size,
            page=page,
            q=q,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: (
            _m.JudgeClassificationOutput | _m.JudgeRegressionOutput | Mapping[str, Any]
        ),
        instructions: str,
        tools: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Judge:
        """Create a new judge"""
        return self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/judges",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "model_name": model_name,
                        "output": output,
                        "instructions": instructions,
                        "tools": tools,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.Judge.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        description: str,
        model_name: str,
        output: (
            _m.JudgeClassificationOutput | _m.JudgeRegressionOutput | Mapping[str, Any]
        ),
        instructions: str,
        tools: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Judge:
        """Create a new judge

        `create` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityJudges(await self._core.async_twin()).create(
            name=name,
            description=description,
            model_name=model_name,
            output=output,
            instructions=instructions,
            tools=tools,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def fetch(
        self,
        *,
        judge_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Judge:
        """Get judge by id"""
        return self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}", {"judge_id": judge_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.Judge.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def fetch_async(
        self,
        *,
        judge_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Judge:
        """Get judge by id

        `fetch` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityJudges(await self._core.async_twin()).fetch(
            judge_id=judge_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        *,
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: (
            _m.JudgeClassificationOutput | _m.JudgeRegressionOutput | Mapping[str, Any]
        ),
        instructions: str,
        tools: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update a judge"""
        return self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}", {"judge_id": judge_id}
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "model_name": model_name,
                        "output": output,
                        "instructions": instructions,
                        "tools": tools,
                    }
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: (
            _m.JudgeClassificationOutput | _m.JudgeRegressionOutput | Mapping[str, Any]
        ),
        instructions: str,
        tools: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update a judge

        `update` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityJudges(await self._core.async_twin()).update(
            judge_id=judge_id,
            name=name,
            description=description,
            model_name=model_name,
            output=output,
            instructions=instructions,
            tools=tools,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        *,
        judge_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a judge"""
        return self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}", {"judge_id": judge_id}
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        judge_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a judge

        `delete` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityJudges(await self._core.async_twin()).delete(
            judge_id=judge_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )

    def judge_conversation(
        self,
        *,
        judge_id: str,
        messages: Sequence[Mapping[str, Any]],
        properties: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run a saved judge on a conversation"""
        return self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}/live-judging",
                    {"judge_id": judge_id},
                ),
                json=_rt.encode_json({"messages": messages, "properties": properties}),
            ),
            {"200": _rt.Returns("json", _m.JudgeOutput.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def judge_conversation_async(
        self,
        *,
        judge_id: str,
        messages: Sequence[Mapping[str, Any]],
        properties: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run a saved judge on a conversation

        `judge_conversation` for async code: awaits the async client's call, with the same arguments.
        """
        return await AsyncBetaObservabilityJudges(
            await self._core.async_twin()
        ).judge_conversation(
            judge_id=judge_id,
            messages=messages,
            properties=properties,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBetaObservabilityJudges:
    """(beta) Observability API - judges."""

    def __init__(self, core: _rt.AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        type_filter: Sequence[_m.JudgeOutputType | str] | None | _rt.Unset = _rt.UNSET,
        model_filter: Sequence[str] | None | _rt.Unset = _rt.UNSET,
        page_size: int | None | _rt.Unset = _rt.UNSET,
        page: int | None | _rt.Unset = _rt.UNSET,
        q: str | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.ListJudgesResponse:
        """Get judges with optional filtering and search

        Args:
            type_filter: Filter by judge output types
            model_filter: Filter by model names"""
        return await self._core.request(
            _rt.Request(
                "GET",
                "/v1/observability/judges",
                query={
                    "type_filter": type_filter,
                    "model_filter": model_filter,
                    "page_size": page_size,
                    "page": page,
                    "q": q,
                },
            ),
            {"200": _rt.Returns("json", _m.ListJudgesResponse.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        description: str,
        model_name: str,
        output: (
            _m.JudgeClassificationOutput | _m.JudgeRegressionOutput | Mapping[str, Any]
        ),
        instructions: str,
        tools: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Judge:
        """Create a new judge"""
        return await self._core.request(
            _rt.Request(
                "POST",
                "/v1/observability/judges",
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "model_name": model_name,
                        "output": output,
                        "instructions": instructions,
                        "tools": tools,
                    }
                ),
            ),
            {"201": _rt.Returns("json", _m.Judge.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def fetch(
        self,
        *,
        judge_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.Judge:
        """Get judge by id"""
        return await self._core.request(
            _rt.Request(
                "GET",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}", {"judge_id": judge_id}
                ),
            ),
            {"200": _rt.Returns("json", _m.Judge.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        judge_id: str,
        name: str,
        description: str,
        model_name: str,
        output: (
            _m.JudgeClassificationOutput | _m.JudgeRegressionOutput | Mapping[str, Any]
        ),
        instructions: str,
        tools: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Update a judge"""
        return await self._core.request(
            _rt.Request(
                "PUT",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}", {"judge_id": judge_id}
                ),
                json=_rt.encode_json(
                    {
                        "name": name,
                        "description": description,
                        "model_name": model_name,
                        "output": output,
                        "instructions": instructions,
                        "tools": tools,
                    }
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
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
        judge_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> None:
        """Delete a judge"""
        return await self._core.request(
            _rt.Request(
                "DELETE",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}", {"judge_id": judge_id}
                ),
            ),
            {"204": _rt.Returns("empty", _rt.to_none)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def judge_conversation(
        self,
        *,
        judge_id: str,
        messages: Sequence[Mapping[str, Any]],
        properties: Mapping[str, Any] | None | _rt.Unset = _rt.UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET,
        max_retries: int | _rt.Unset = _rt.UNSET,
    ) -> _m.JudgeOutput:
        """Run a saved judge on a conversation"""
        return await self._core.request(
            _rt.Request(
                "POST",
                _rt.format_path(
                    "/v1/observability/judges/{judge_id}/live-judging",
                    {"judge_id": judge_id},
                ),
                json=_rt.encode_json({"messages": messages, "properties": properties}),
            ),
            {"200": _rt.Returns("json", _m.JudgeOutput.from_dict)},
            errors={
                "400": _m.ObservabilityError.from_dict,
                "404": _m.ObservabilityError.from_dict,
                "408": _m.ObservabilityError.from_dict,
                "409": _m.ObservabilityError.from_dict,
                "422": _m.ObservabilityError.from_dict,
            },
            options=_rt.RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
