"""String literals as black writes them, decided without black.

black rewrites each string literal: its prefix (lowercase `f`/`b`, no `u`, `r` first), the hex digits of its
`\\x`/`\\u`/`\\U` escapes (lowercase) and `\\N{...}` names (uppercase), and its quotes (double quotes unless
that needs more backslashes; backslashes before the other quote dropped). This module implements those rules
for the forms generated code holds, scanning each literal escape by escape. Where a form is not covered (a
`'''` string holding a quote or a backslash, an f-string holding a backslash) the answer is None: the caller
then asks black.
"""

from __future__ import annotations

import re

PREFIX_CHARS = "fturbFTURB"
_UNICODE_ESCAPE = re.compile(r"(\\+)(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[a-zA-Z0-9 \-]{2,}\})")


def normalize_string_quotes(literal: str) -> str | None:
    """`literal` with the quotes black chooses for it; None where this module does not decide."""
    body_start = len(literal) - len(literal.lstrip(PREFIX_CHARS))
    prefix, quoted = literal[:body_start], literal[body_start:]
    if quoted.startswith('"""'):
        return literal
    if quoted.startswith("'''"):
        body = quoted[3:-3]
        return None if '"' in body or "\\" in body else f'{prefix}"""{body}"""'
    old = quoted[0]
    new = "'" if old == '"' else '"'
    body = quoted[1:-1]
    if "\\" not in body:  # no escape to add or drop: double quotes unless the body holds one
        return literal if old == '"' or '"' in body else f'{prefix}"{body}"'
    if "f" in prefix.lower() or "t" in prefix.lower():
        return None  # black leaves backslashes in replacement fields alone: not decided here
    if "r" in prefix.lower():  # a raw string keeps its backslashes
        return literal if _has_bare(body, new) else _choose(prefix, old, new, body, body)
    body = _map_escapes(body, {"\\" + new: new})
    changed = _map_escapes(_map_escapes(body, {"\\" + old: old}), {new: "\\" + new})
    return _choose(prefix, old, new, body, changed)


def _choose(prefix: str, old: str, new: str, body: str, changed: str) -> str:
    """The literal in the new quotes unless that needs more backslashes (or as many, from double quotes)."""
    before, after = body.count("\\"), changed.count("\\")
    if after > before or (after == before and old == '"'):
        return f"{prefix}{old}{body}{old}"
    return f"{prefix}{new}{changed}{new}"


def _units(body: str) -> list[str]:
    """The body cut into escapes (a backslash and the character after it) and single characters."""
    units = []
    position = 0
    while position < len(body):
        size = 2 if body[position] == "\\" else 1
        units.append(body[position:position + size])
        position += size
    return units


def _map_escapes(body: str, replacements: dict[str, str]) -> str:
    return "".join(replacements.get(unit, unit) for unit in _units(body))


def _has_bare(body: str, quote: str) -> bool:
    """Whether `quote` occurs in the body without a backslash escaping it."""
    return quote in _units(body)


def is_black_string(literal: str) -> bool | None:
    """Whether black writes this string literal exactly as it is (None: not decided here)."""
    body_start = len(literal) - len(literal.lstrip(PREFIX_CHARS))
    prefix = literal[:body_start]
    if prefix != _normal_prefix(prefix):
        return False
    if "f" in prefix.lower() and "\\" in literal:
        return None  # black skips an f-string with a backslash in a replacement field
    if "r" not in prefix.lower() and any(_escape_changes(m) for m in _UNICODE_ESCAPE.finditer(literal)):
        return False
    quoted = normalize_string_quotes(literal)
    return None if quoted is None else quoted == literal


def _normal_prefix(prefix: str) -> str:
    """black's string prefix: `f` and `b` lowercase, `u` dropped, `r` (either case) first."""
    normal = prefix.replace("F", "f").replace("B", "b").replace("U", "").replace("u", "")
    return normal[::-1] if len(normal) == 2 and normal[0] not in "rR" else normal


def _escape_changes(match: re.Match[str]) -> bool:
    """Whether black rewrites this escape's hex digits or character name (an escaped backslash is no escape)."""
    if len(match.group(1)) % 2 == 0:
        return False
    escape = match.group(2)
    if escape[0] == "N":
        return escape != escape.upper()
    return escape[1:] != escape[1:].lower()
