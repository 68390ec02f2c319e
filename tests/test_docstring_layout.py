"""Docstrings are written the way black writes them, so that black has nothing to change in their piece.

black puts a multi-line docstring's closing quotes on their own line when the last line and the quotes would pass
the line length; generator/render/text.py `docstring_body` does the same, and leaves every other docstring to
black as before (black formats the piece, the bytes are the same)."""

from __future__ import annotations

import black
import pytest

from generator.render.formatting import black_mode
from generator.render.text import docstring, docstring_body, indent_doc

WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod", "tempor"]


def _texts() -> list[str]:
    """Two-line texts whose last line ends around the line length, and a few that black changes otherwise."""
    texts = []
    for length in range(70, 95):
        last = " ".join(WORDS * 10)[:length].rstrip()
        texts += [f"Summary.\n{last}", f"Summary.\n\n{last}", f"Summary.\n  {last}", f"Summary.\n{last}\\ end",
                  f'Summary.\n{last}"', f"Summary.\n{last}\tx"]
    return texts


def _block(body: str, indent: int) -> str:
    """A docstring at `indent` in black's docstring place: first in a class (indent 4) or in a method (indent 8)."""
    head = "class C:\n" + ("    def f(self):\n" if indent == 8 else "")
    after = "" if indent == 8 else "\n"  # black's blank line after a class docstring
    return head + " " * indent + f'"""{body}"""\n' + after + " " * indent + "x = 1\n"


@pytest.mark.parametrize("indent", [4, 8])
def test_closing_quotes_go_where_black_puts_them(indent: int) -> None:
    moved = 0
    for text in _texts():
        escaped = docstring(text)
        before, after = _block(indent_doc(escaped, indent), indent), _block(docstring_body(escaped, indent), indent)
        formatted = black.format_str(before, mode=black_mode())
        assert black.format_str(after, mode=black_mode()) == formatted  # the same bytes as before
        if after != before:
            moved += 1
            assert formatted == after  # and black keeps them as written
    assert moved > 10


def test_a_one_line_docstring_keeps_its_quotes_on_its_line() -> None:
    long_line = "x" * 100
    assert docstring_body(long_line, 4) == long_line


def test_a_short_last_line_keeps_the_closing_quotes() -> None:
    assert docstring_body("Summary.\nshort", 4) == "Summary.\n    short"
