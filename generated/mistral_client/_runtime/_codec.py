"""Small conversions used by generated models and methods: dates, path templates, identity."""

from __future__ import annotations

import base64
import datetime as _dt
import json
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import quote

from ._files import file_part, is_file
from ._types import Unset

T = TypeVar("T")

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def identity(value: T) -> T:
    """The decoder of a JSON value that needs no conversion."""
    return value


def to_none(_: object) -> None:
    """The decoder of an empty response body."""


def parse_datetime(value: Any) -> _dt.datetime:
    """RFC 3339 date-time → datetime; accepts a trailing 'Z' on every Python version."""
    if isinstance(value, _dt.datetime):
        return value
    text = str(value)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


def parse_date(value: Any) -> _dt.date:
    """RFC 3339 full-date → date."""
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value))


def _path_segment(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        value = "true" if value else "false"
    segment = quote(str(value), safe="")
    # `.` and `..` would be removed by URL normalization (moving the request up the path): keep them as data
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def format_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders of a path template with URL-quoted values (a '/' in a value is quoted, and a
    value `.` or `..` is written `%2E`/`%2E%2E`)."""
    return _PLACEHOLDER.sub(lambda m: _path_segment(values[m.group(1)]) if m.group(1) in values else m.group(0),
                            template)


def basic_auth(username: str, password: str) -> str:
    """The `Authorization` header value of HTTP basic authentication."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def _scalar(value: Any) -> Any:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return value


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def deep_object(name: str, value: Any) -> dict[str, Any]:
    """`style: deepObject` (and nested form fields): {"a": {"b": 1}} → {"name[a][b]": 1}; lists by index."""
    out: dict[str, Any] = {}
    stack: list[tuple[str, Any]] = [(name, _plain(value))]
    while stack:
        key, item = stack.pop(0)
        item = _plain(item)
        if isinstance(item, Mapping):
            stack[:0] = [(f"{key}[{k}]", v) for k, v in item.items() if not _absent(v)]
        elif isinstance(item, (list, tuple)):
            stack[:0] = [(f"{key}[{i}]", v) for i, v in enumerate(item)]
        elif not _absent(item):
            out[key] = _scalar(item)
    return out


def _absent(value: Any) -> bool:
    return value is None or isinstance(value, Unset)


def form_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """A urlencoded form body: absent values dropped, nested objects in bracket notation."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        value = _plain(value)
        if _absent(value):
            continue
        if isinstance(value, Mapping) or (
            isinstance(value, (list, tuple)) and any(isinstance(_plain(v), Mapping) for v in value)
        ):
            out.update(deep_object(key, value))
        elif isinstance(value, (list, tuple)):
            out[key] = [_scalar(v) for v in value]
        else:
            out[key] = _scalar(value)
    return out


def multipart(values: Mapping[str, Any]) -> dict[str, Any]:
    """Request keyword arguments for multipart/form-data: files (any `FileContent` form, see `file_part`) go to
    `files`, everything else to `data` (objects as JSON text, arrays of scalars as one field per item). Without
    files, httpx sends the fields urlencoded (the official Mistral SDK does the same)."""
    files: list[tuple[str, Any]] = []
    data: dict[str, Any] = {}
    for key, value in values.items():
        if _absent(value):
            continue
        items = value if isinstance(value, list) and value and all(is_file(v) for v in value) else [value]
        if all(is_file(v) for v in items):
            files.extend((key, file_part(v)) for v in items)
            continue
        value = _plain(value)
        if isinstance(value, (list, tuple)) and not any(isinstance(_plain(v), (Mapping, list, tuple)) for v in value):
            data[key] = [_scalar(_plain(v)) for v in value]  # an array of scalars: one field per item
        elif isinstance(value, (Mapping, list, tuple)):
            data[key] = json.dumps(value, separators=(",", ":"), default=_scalar)
        else:
            data[key] = _scalar(value)
    return {"data": data, "files": files or None}


def join_csv(value: Any) -> Any:
    """`explode: false` arrays (and simple-style path/header arrays) as one comma-separated value."""
    if isinstance(value, (list, tuple)):
        return ",".join(str(_scalar(v)) for v in value)
    return value
