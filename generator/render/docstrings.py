"""black's rules for docstrings and string escapes, for the strings statements.py decides without black."""

from __future__ import annotations

import re
from functools import lru_cache

from .formatting import LINE_LENGTH

_UNICODE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[uUxN]")  # an odd run of backslashes before u, U, x or N
_BACKSLASH_LINE_END = re.compile(r"\\\s*\n")  # black/linegen.py's test for a docstring it does not touch


def escape_black_changes(text: str) -> bool:
    """Whether the string holds an escape that black may rewrite: of all escapes, black only touches unicode
    escapes (`\\x..`, `\\u....`, `\\U........`, `\\N{...}`: their case; black/strings.py,
    normalize_unicode_escape_sequences, which skips a backslash that is itself escaped). What a docstring's
    end does to black is judged by docstring_is_stable."""
    return "\\" in text and _UNICODE_ESCAPE.search(text) is not None


@lru_cache(maxsize=1 << 13)  # the same docstrings come back in every model and method of a kind
def docstring_is_stable(text: str, indent: str) -> bool:
    """Whether black's docstring handling (black/linegen.py, visit_STRING) gives `text` back unchanged."""
    if not text.startswith('"""') or escape_black_changes(text):
        return False
    if _BACKSLASH_LINE_END.search(text):  # black leaves such a docstring as it is
        return True
    body = text[3:-3]
    if "\n" not in body:
        return bool(body) and body == body.strip() and body[0] != '"' and body[-1] != '"'
    fixed = fix_multiline_docstring(body, indent)
    if not fixed or fixed[0] == '"' or fixed[-1] == '"':
        return False
    last = fixed.splitlines()[-1] if not fixed.endswith("\n") else ""
    if len(last) + 3 > LINE_LENGTH and len(indent) + 3 <= LINE_LENGTH and not body.endswith("\n"):
        return False
    return fixed == body


def fix_multiline_docstring(docstring: str, prefix: str) -> str:
    """black.strings.fix_multiline_docstring for text without tabs (PEP 257 indentation handling)."""
    lines = re.split(r"\r\n|\r|\n", docstring)
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    trimmed = [lines[0].strip()]
    if indents:
        indent = min(indents)
        last = len(lines) - 2
        for number, line in enumerate(lines[1:]):
            stripped = line[indent:].rstrip()
            trimmed.append(prefix + stripped if stripped or number == last else "")
    return "\n".join(trimmed)
