"""What generated code hands to the core: a request, how to read its responses, per-call options."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeAlias, TypeVar
from urllib.parse import quote

import httpx

from ._types import UNSET, Unset, encode_json

__all__ = ["Request", "RequestOptions", "ResponseKind", "Returns", "TimeoutTypes", "quote_path"]

T = TypeVar("T")
ResponseKind: TypeAlias = Literal["json", "text", "bytes", "empty"]
TimeoutTypes: TypeAlias = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class Request:
    """One HTTP call as the spec describes it; `path` is already formatted (see `quote_path`)."""

    method: str
    path: str
    query: Mapping[str, Any] | None = None
    headers: Mapping[str, Any] | None = None
    cookies: Mapping[str, Any] | None = None
    json: Any = UNSET
    content: Any = None
    data: Mapping[str, Any] | None = None
    files: Any = None


@dataclass(frozen=True, slots=True)
class Returns(Generic[T]):
    """How to read one response: parse per `kind`, then apply `decode` (None: return the parsed value)."""

    kind: ResponseKind
    decode: Callable[[Any], T] | None = None


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides. A `None` value in `extra_headers` removes that header."""

    extra_headers: Mapping[str, str | None] | None = None
    extra_query: Mapping[str, Any] | None = None
    timeout: TimeoutTypes | Unset = UNSET
    max_retries: int | Unset = UNSET
    extra_body: Mapping[str, Any] | None = None


def quote_path(value: Any) -> str:
    """A path parameter as one URL-quoted segment (`/` is quoted too, and a `.` or `..` segment is written
    `%2E`/`%2E%2E`, which URL normalization leaves alone: a value can never move the request up the path)."""
    segment = quote(_scalar_str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _scalar_str(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        return value
    encoded = encode_json(value)
    if isinstance(encoded, bool):
        return "true" if encoded else "false"
    if isinstance(encoded, (dict, list)):
        return json.dumps(encoded, separators=(",", ":"), ensure_ascii=False)
    return str(encoded)


def _skip(value: Any) -> bool:
    return value is None or isinstance(value, Unset)


def build_query(*parts: Mapping[str, Any] | None) -> list[tuple[str, Any]]:
    """Query pairs; a key in a later mapping replaces it; UNSET/None dropped; lists become repeated keys."""
    merged: dict[str, list[str]] = {}
    for part in parts:
        for key, value in (part or {}).items():
            if _skip(value):
                continue
            values = value if isinstance(value, (list, tuple)) else (value,)
            merged[key] = [_scalar_str(v) for v in values if not _skip(v)]
    return [(key, value) for key, values in merged.items() for value in values]


def merge_headers(*parts: Mapping[str, Any] | None) -> dict[str, str]:
    """Case-insensitive merge, later wins; UNSET dropped, `None` removes an earlier value."""
    merged: dict[str, tuple[str, str]] = {}
    for part in parts:
        for key, value in (part or {}).items():
            if isinstance(value, Unset):
                continue
            if value is None:
                merged.pop(key.lower(), None)
            else:
                merged[key.lower()] = (key, _scalar_str(value))
    return dict(merged.values())


def build_cookies(*parts: Mapping[str, Any] | None) -> dict[str, str]:
    cookies: dict[str, str] = {}
    for part in parts:
        for key, value in (part or {}).items():
            if not _skip(value):
                cookies[key] = _scalar_str(value)
    return cookies


def json_body(value: Any, extra: Mapping[str, Any] | None) -> bytes:
    """Compact JSON bytes for a body; `extra` keys are merged into an object body."""
    body = encode_json(value)
    if extra:
        if not isinstance(body, dict):
            raise TypeError("extra_body needs a JSON object body")
        body = {**body, **encode_json(extra)}
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (JSON allows "\\udfff") has no UTF-8 form: keep it escaped
        return json.dumps(body, separators=(",", ":")).encode("ascii")


def is_replayable(req: Request) -> bool:
    """Whether the body can be sent again on a retry (one-shot iterators cannot)."""
    return req.content is None or isinstance(req.content, (bytes, str, bytearray))
