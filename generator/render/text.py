"""Spec text made safe for generated source: docstrings and string literals."""

from __future__ import annotations

import textwrap
import unicodedata

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def _escape_char(char: str) -> str:
    if char in "\n\t":
        return char
    if unicodedata.category(char) in _UNSAFE_CATEGORIES:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


def docstring(text: str) -> str:
    """Text that can stand between triple double quotes and reads back as `text` (modulo layout)."""
    text = text.replace("\r\n", "\n")
    text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    text = text.replace("\\", "\\\\")
    if not text.replace("\n", "").replace("\t", "").isprintable():  # the fast path skips the per-character walk
        text = "".join(_escape_char(c) for c in text)
    text = text.replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    return text


def indent_doc(text: str, indent: int) -> str:
    """Indent the continuation lines of an (already escaped) docstring body."""
    pad = " " * indent
    lines = text.split("\n")
    return "\n".join([lines[0]] + [pad + line if line else "" for line in lines[1:]])


def doc_lines(text: str, width: int = 88) -> list[str]:
    """Escaped docstring text wrapped to lines (for `Args:` entries)."""
    out: list[str] = []
    for paragraph in docstring(text).split("\n"):
        out.extend(wrap(paragraph, width) or [""])
    return out


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap at spaces only: a long word (or an escape sequence in it) is never cut."""
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)
