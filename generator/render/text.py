"""Spec text made safe for generated source: docstrings and string literals."""

from __future__ import annotations

import textwrap
import unicodedata
from functools import lru_cache

from .docstrings import fix_multiline_docstring
from .statements import LINE_LENGTH

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def _escape_char(char: str) -> str:
    if char in "\n\t":
        return char
    category = unicodedata.category(char)
    if category == "Cs":  # a lone surrogate: no class docstring can hold one (CPython encodes it), so show it
        return f"\\\\u{ord(char):04x}"
    if category in _UNSAFE_CATEGORIES:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


@lru_cache(maxsize=1 << 15)  # the same descriptions come back (ids, timestamps, `object` fields)
def docstring(text: str) -> str:
    """Text that can stand between triple double quotes and reads back as `text` (modulo layout)."""
    text = text.replace("\r\n", "\n")
    text = text.strip()
    if "\n" in text:  # (one line has no trailing blanks left to strip)
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = text.replace("\\", "\\\\")
    if not text.replace("\n", "").replace("\t", "").isprintable():  # the fast path skips the per-character walk
        text = "".join(_escape_char(c) for c in text)
    text = text.replace('"""', '\\"\\"\\"')
    if _ends_with_bare_quote(text):  # it would merge with the closing quotes
        text = text[:-1] + '\\"'
    while "\n\n\n" in text:  # blank lines: at most one in a row (three newlines only ever separate definitions)
        text = text.replace("\n\n\n", "\n\n")
    return text


def _ends_with_bare_quote(text: str) -> bool:
    """True when `text` ends with a `"` that no backslash escapes (backslashes come in pairs, each escaped)."""
    if not text.endswith('"'):
        return False
    backslashes = len(text) - 1 - len(text[:-1].rstrip("\\"))
    return backslashes % 2 == 0


def indent_doc(text: str, indent: int) -> str:
    """Indent the continuation lines of an (already escaped) docstring body."""
    pad = " " * indent
    lines = text.split("\n")
    return "\n".join([lines[0]] + [pad + line if line else "" for line in lines[1:]])


def docstring_body(text: str, indent: int) -> str:
    """`indent_doc`, for a docstring black sees as one (first in a module, class or def): its closing quotes go
    on their own line where black puts them there (the last line and the quotes would pass the line length).

    Only where black's docstring handling leaves the text otherwise as it is (no backslash, tab or trailing
    quote; the indentation already black's); black formats any other docstring itself, as before."""
    body = indent_doc(text, indent)
    last = body.rpartition("\n")[2]
    if "\n" not in body or len(last) + 3 <= LINE_LENGTH or "\\" in body or "\t" in body or body.endswith('"') \
            or fix_multiline_docstring(body, " " * indent) != body:
        return body
    return body + "\n" + " " * indent


def doc_lines(text: str, width: int = 88) -> list[str]:
    """Escaped docstring text wrapped to lines (for `Args:` entries)."""
    out: list[str] = []
    for paragraph in docstring(text).split("\n"):
        out.extend(wrap(paragraph, width) or [""])
    return out


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap at spaces only: a long word (or an escape sequence in it) is never cut."""
    return list(_wrapped(text, width, first, rest))


@lru_cache(maxsize=1 << 14)  # the same argument descriptions come back across operations
def _wrapped(text: str, width: int, first: str, rest: str) -> tuple[str, ...]:
    return tuple(textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                               break_long_words=False, break_on_hyphens=False))
