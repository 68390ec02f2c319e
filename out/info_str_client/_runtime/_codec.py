"""Small conversions used by generated models and methods: dates, path templates, identity."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import quote

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
    return quote(str(value), safe="")


def format_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders of a path template with URL-quoted values (a '/' in a value is quoted)."""
    return _PLACEHOLDER.sub(lambda m: _path_segment(values[m.group(1)]) if m.group(1) in values else m.group(0),
                            template)


def basic_auth(username: str, password: str) -> str:
    """The `Authorization` header value of HTTP basic authentication."""
    import base64

    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"
