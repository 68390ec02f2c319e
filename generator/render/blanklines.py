"""Whether black keeps the blank lines of a piece's skeleton, decided without running black.

A skeleton (statements._skeleton) is a small program of representative lines: `x`, `import x`, `return x`,
`def f():`, `class C:`, `@d`, `# c`, `"d"` (or triple-quoted), `if x:` and the like, with the piece's indentation
and blank lines. black (26, stable style, not .pyi) decides the blank lines before each logical line from that
line's kind, its depth, the blank lines written before it, the lines before it and the definitions still open;
`_Tracker` works them out the same way, line by line (after black/lines.py's EmptyLineTracker). Anything outside
that vocabulary (a `...` body, `match`, a comment not placed where black keeps it, text that does not parse) is
answered None: black is asked as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .statements import parses

_PLAIN = frozenset({"x", "pass", "break", "continue", "return", "return x", "raise", "raise x", "del x",
                    "assert x", "global x", "nonlocal x"})
_STRINGS = frozenset({'"""d"""', '"d"'})
_OPENER = re.compile(r"(?:(?:if|elif|while|with|except) x|else|try|finally|except|for x in x|async for x in x"
                     r"|async with x|def f\(\)|async def f\(\)|class C):")
# Block openers that start a statement of their own: after a nested definition's body they get black's two blank
# lines at the top level; a clause (else, elif, except, finally, async ...) gets one.
_OWN_STATEMENTS = frozenset({"with", "try", "for", "while", "if", "match"})


@dataclass(frozen=True)
class _Line:
    """A skeleton line as black's empty-line tracker sees it."""

    kind: str  # plain, string, comment, decorator, import, def, class, block
    depth: int
    blank: int  # blank lines written before it
    first: str  # its first word
    docstring: bool = False  # a string in a docstring's place (first in the program or in a block)

    @property
    def opens_block(self) -> bool:
        return self.kind in ("def", "class", "block")


@dataclass
class _Block:
    """A line's blank lines as black writes them: `before` it, and `after` it (a class docstring's one)."""

    line: _Line
    previous: _Block | None
    before: int
    after: int


@dataclass
class _Tracker:
    """black's blank lines before each line, worked out in the order black works them out."""

    blocks: list[_Block] = field(default_factory=list)
    definitions: list[_Line] = field(default_factory=list)  # the open defs and classes
    leading_comment: _Block | None = None  # the first of the comments just before the current line

    def add(self, line: _Line) -> None:
        previous_block = self.blocks[-1] if self.blocks else None
        before, after = self._wanted(line, previous_block.line if previous_block else None)
        before = max(0, before - (previous_block.after if previous_block else 0))
        if self._follows_module_docstring(line):
            before = 1
        block = _Block(line, previous_block, before, after)
        previous = previous_block.line if previous_block else None
        if line.kind == "comment":
            if previous is None or (previous.kind != "decorator" and (previous.kind != "comment" or before)
                                    and (self.leading_comment is None or before)):
                self.leading_comment = block
        elif line.kind != "decorator" or before:
            self.leading_comment = None
        self.blocks.append(block)

    def blank_lines(self) -> list[int]:
        """The blank lines black writes before each line."""
        if self.blocks:
            self.blocks[-1].after = 0
        return [block.before + (block.previous.after if block.previous else 0) for block in self.blocks]

    def _wanted(self, line: _Line, previous: _Line | None) -> tuple[int, int]:
        before = min(line.blank, 2 if line.depth == 0 else 1)
        written = bool(before)
        closed = None
        while self.definitions and self.definitions[-1].depth >= line.depth:
            closed = self.definitions.pop()
        if line.kind in ("def", "class"):
            self.definitions.append(line)
        if previous is None:
            return 0, 0
        if line.docstring and previous.kind == "class":
            return 0, 1
        if line.docstring and previous.kind == "def":
            return 0, 0
        if closed is not None:
            before = self._after_definition(line, closed)
        if line.kind in ("decorator", "def", "class"):
            return self._before_definition(line, previous, before, written), 0
        if previous.kind == "import" and line.kind != "import":
            if previous.depth == 0 and line.depth == 0:
                return 1, 0
            if previous.depth == line.depth:
                return before or 1, 0
        return before, 0

    @staticmethod
    def _after_definition(line: _Line, closed: _Line) -> int:
        """The blank lines before the first line after a definition's body."""
        if line.depth:
            return 1
        if closed.depth and line.opens_block and line.first not in _OWN_STATEMENTS:
            return 1  # a clause (else, except, ...) after a nested definition
        return 2

    def _before_definition(self, line: _Line, previous: _Line, before: int, written: bool) -> int:
        if previous.kind == "decorator":
            return 0
        if previous.depth < line.depth and previous.kind in ("def", "class"):
            return 1 if written else 0
        wanted = 1 if line.depth else 2
        if previous.kind == "comment" and previous.depth == line.depth and before == 0:
            comment = self.leading_comment
            if comment is None or comment.previous is None or comment.previous.line.opens_block \
                    or comment.before > 1:
                return 0
            comment.before = max(comment.before, wanted) - comment.previous.after
            return 0
        return wanted

    def _follows_module_docstring(self, line: _Line) -> bool:
        """black's one blank line after a module docstring (before anything but a def or class)."""
        if not self.blocks or line.kind in ("def", "class"):
            return False
        last = self.blocks[-1].line
        if not (last.docstring and last.depth == 0):
            return False
        return all(block.line.kind == "comment" for block in self.blocks[:-1])


def keeps_skeleton(skeleton: str) -> bool | None:
    """Whether black leaves the blank lines of `skeleton` as they are; None when this module cannot tell."""
    lines = _lines(skeleton)
    if lines is None:
        return None
    tracker = _Tracker()
    for line in lines:
        tracker.add(line)
    return tracker.blank_lines() == [line.blank for line in lines]


def _lines(skeleton: str) -> list[_Line] | None:
    """The skeleton's lines, or None where it holds anything this module does not decide."""
    if not skeleton.endswith("\n") or skeleton.startswith("\n") or skeleton.endswith("\n\n") or not parses(skeleton):
        return None
    lines: list[_Line] = []
    blank = 0
    for text in skeleton[:-1].split("\n"):
        if not text:
            blank += 1
            continue
        code = text.lstrip(" ")
        indent = len(text) - len(code)
        kind, first = _kind(code)
        if kind is None or indent % 4:
            return None
        lines.append(_Line(kind, indent // 4, blank, first))
        blank = 0
    return _with_docstrings(lines) if _comments_placed(lines) else None


def _kind(code: str) -> tuple[str | None, str]:
    """A line's kind and first word; None for a line outside the skeleton's vocabulary."""
    first = code.split(" ", 1)[0].rstrip(":")
    if code in _PLAIN:
        return "plain", first
    if code in _STRINGS:
        return "string", ""
    if code in ("# c", "@d", "import x"):
        return {"#": "comment", "@": "decorator", "i": "import"}[code[0]], first
    if not _OPENER.fullmatch(code):
        return None, first
    return ("def" if "def f" in code else "class" if first == "class" else "block"), first


def _comments_placed(lines: list[_Line]) -> bool:
    """Whether each comment is at the depth of the line after it (black then gives it that line's depth)."""
    following = None
    for line in reversed(lines):
        if line.kind == "comment" and line.depth != following:
            return False
        if line.kind != "comment":
            following = line.depth
    return True


def _with_docstrings(lines: list[_Line]) -> list[_Line]:
    """The lines, each string marked where black takes it for a docstring: first in the program or a block."""
    out: list[_Line] = []
    code_before: _Line | None = None
    for line in lines:
        if line.kind == "string" and (code_before is None or code_before.opens_block):
            line = _Line(line.kind, line.depth, line.blank, line.first, docstring=True)
        out.append(line)
        if line.kind != "comment":
            code_before = line
    return out
