"""Import lines for generated modules: offer every candidate, keep the ones the module body uses."""

from __future__ import annotations

import re

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


_STRINGS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # docstrings (spec text only ever appears escaped inside them)
    r'|(cast\(|TypeAlias = )?("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'  # one-line literals
)
_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*")


def _blank_strings(match: re.Match[str]) -> str:
    """Drop a string literal, except the type strings of `cast("...")` and `X: TypeAlias = "..."`."""
    return match.group(1) + match.group(2)[1:-1] if match.group(1) else '""'


def names_used(source: str) -> set[str]:
    """Every name the module's code refers to (not attributes), with strings and docstrings left out."""
    return set(_NAME.findall(_STRINGS.sub(_blank_strings, source)))


def used_imports(candidates: tuple[str, ...], body: str) -> list[str]:
    """Candidate lines narrowed to the names `body` uses; blank lines separate groups as given."""
    used = names_used(body)
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
