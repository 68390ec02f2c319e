"""Whether Python parses a statement's program, decided once per shape of program where that is sound.

statements.parses compiles a program to its syntax tree, at a cost that grows with the text; the statement
programs of a run (stability.py) are many and most differ only in their names and plain strings. A program's
*shaped* form is the same program with each statement line as statements.shape_of gives it (from the masked
line): identifiers as `N` (keywords and soft keywords kept), masked plain strings as `"S"`, every other string,
number and operator as written, on the same lines with the same indentation.

When the program is ASCII and holds no backslash, no NUL and no `barry_as_FLUFL`, its shaped form is either a
program whose tokens are the program's tokens but for the text of some names (a name for a name, never a keyword)
and of some plain strings (a double-quoted str literal without escapes for another: the mask's plain strings and
lone-string marks), or one that does not parse (the lines of a multi-line docstring are NUL in the masked text).
Python's parser decides on the kinds of tokens, keywords and soft keywords, and on string literals only by their
prefixes and escapes: so where the shaped form parses, the program parses. Where it does not (or the program
holds any of the above), the program itself is compiled: the verdict is always parses(program).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .statements import parses, shape_of


@lru_cache(maxsize=1 << 16)
def shaped_line(masked_line: str) -> str:
    """A masked line as it is in a shaped program: its indentation, then its shape."""
    stripped = masked_line.lstrip(" ")
    return masked_line[:len(masked_line) - len(stripped)] + shape_of(stripped)


def _shaped_form_decides(program: str) -> bool:
    """Whether a shaped form of the program that parses shows that the program parses (see the module's text)."""
    return program.isascii() and "\\" not in program and "\x00" not in program and "barry_as_FLUFL" not in program


@dataclass
class ParseCheck:
    """parses() of programs, through the shaped form noted for a program where that decides."""

    shaped: dict[str, str] = field(default_factory=dict)  # a program's shaped form
    verdicts: dict[str, bool] = field(default_factory=dict)  # whether a shaped form parses

    def note(self, program: str, shaped: str) -> None:
        self.shaped.setdefault(program, shaped)

    def parses(self, program: str) -> bool:
        shaped = self.shaped.get(program)
        if shaped is not None and _shaped_form_decides(program):
            verdict = self.verdicts.get(shaped)
            if verdict is None:
                verdict = self.verdicts[shaped] = parses(shaped)
            if verdict:
                return True
        return parses(program)
