"""Import lines for generated modules: offer every candidate, keep the ones the module body uses."""

from __future__ import annotations

import re
from functools import lru_cache

MODELS_IMPORTS = (
    "import dataclasses as _dc",
    "import datetime as _dt",
    "from collections.abc import Mapping",
    "from typing import Any, ClassVar, TypeAlias, cast",
    "",
    "from . import _runtime as _rt",
    "from ._runtime import UNSET, OpenIntEnum, OpenStrEnum, Unset",
)
RESOURCE_IMPORTS = (
    "import builtins",
    "import datetime as _dt",
    "from collections.abc import Mapping, Sequence",
    "from functools import cached_property",
    "from typing import IO, TYPE_CHECKING, Any, TypeVar, cast",
    "",
    "import httpx",
    "",
    "from .. import _runtime as _rt",
    "from .. import models as _m",
)
CLIENT_IMPORTS = (
    "import os",
    "from collections.abc import Mapping",
    "from functools import cached_property",
    "from typing import TYPE_CHECKING",
    "",
    "import httpx",
    "",
    "from . import _runtime as _rt",
)


def _bound_names(line: str) -> list[str]:
    """The names an import line binds: `import a as b` → b; `from x import a, b` → a, b."""
    if " import " in line and line.startswith("from "):
        names = line.split(" import ", 1)[1]
    else:
        names = line[len("import "):]
    return [part.split(" as ")[-1].strip() for part in names.split(",") if part.strip()]


_ONE_LINE = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\\\n]*(?:\\.[^\'\\\n]*)*\''
# Every alternative starts with a fixed character (", ', c, T), so the regex engine skips to those characters in C.
_STRINGS = re.compile(
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'  # docstrings (spec text only ever appears escaped inside them)
    r"|" + _ONE_LINE  # one-line literals
    + r"|cast\((" + _ONE_LINE + r")|TypeAlias = (" + _ONE_LINE + r")"  # type strings, kept (without quotes)
)


def _blank_strings(match: re.Match[str]) -> str:
    """Drop a string literal, except the type strings of `cast("...")` and `X: TypeAlias = "..."`."""
    cast, alias = match.group(1, 2)
    if cast:
        return "cast(" + cast[1:-1]
    return "TypeAlias = " + alias[1:-1] if alias else '""'


def code_without_strings(source: str) -> str:
    """The module's code with strings and docstrings blanked out (type strings of casts and aliases kept)."""
    return _STRINGS.sub(_blank_strings, source)


def uses_name(code: str, name: str) -> bool:
    """Whether `code` (see code_without_strings) refers to `name` itself (not an attribute, not a longer name)."""
    return _name_pattern(name).search(code) is not None


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """`name` (an identifier) neither after a word character or a dot nor before a word character (`\\w` is what
    isalnum() or `_` accept). The name comes first, so the search skips to its occurrences in C."""
    escaped = re.escape(name)
    return re.compile(escaped + r"(?<![\w.]" + escaped + r")(?!\w)")


def used_imports(candidates: tuple[str, ...], body: str) -> list[str]:
    """Candidate lines narrowed to the names `body` uses; blank lines separate groups as given."""
    code = code_without_strings(body)
    used = {name for line in candidates for name in _bound_names(line) if uses_name(code, name)}
    kept: list[str] = []
    for line in candidates:
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        if not line.startswith("from "):
            if set(_bound_names(line)) & used:
                kept.append(line)
            continue
        head, names = line.split(" import ", 1)
        parts = [p.strip() for p in names.split(",") if p.strip().split(" as ")[-1] in used]
        if parts:
            kept.append(f"{head} import {', '.join(parts)}")
    while kept and not kept[-1]:
        kept.pop()
    return kept
