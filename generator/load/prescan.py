"""Limits checked on YAML text before any YAML library sees it.

libyaml's scanner looks ahead over a whole flow collection (`[[[[...`) before it hands out the first event, so a
limit enforced on events comes too late: depending on the PyYAML build it crashes (6.0.3's C loader segfaults on
100,000 nested `[`) or stops with its own message (6.0.4). `flow_depth_line` finds the line where flow nesting
first goes deeper than the limit by scanning the text itself, so the reader's message and behaviour are the same
whatever PyYAML is installed.

The scan follows YAML's rules closely enough to never count brackets that are text: quoted scalars and comments
are skipped, and in block context `[`/`{` opens a collection only where a node starts (at the start of a line, or
after `- `, `: `, `? `). Inside a flow collection every unquoted bracket is an indicator.
"""

from __future__ import annotations

import re

_INTERESTING = re.compile(r"[\[\]{}'\"#]")
_SINGLE_QUOTED = re.compile(r"'(?:[^']|'')*'")
_DOUBLE_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BLOCK_INDICATORS = "-:?"
_FLOW_STARTERS = "[{,:?"


def _previous(text: str, pos: int) -> tuple[str, bool]:
    """The nearest character before `pos` that is not a space or tab ("\\n" at the start of the text), and whether
    blanks stood between them."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return (text[j] if j >= 0 else "\n"), j < pos - 1


def _starts_node(text: str, pos: int, in_flow: bool) -> bool:
    """Whether a node (collection or quoted scalar) may start at `pos`."""
    prev, spaced = _previous(text, pos)
    if prev in "\n\r":
        return True
    if in_flow:
        return prev in _FLOW_STARTERS
    return prev in _BLOCK_INDICATORS and spaced


def flow_depth_line(text: str, limit: int) -> int | None:
    """The 1-based line where flow collections first nest deeper than `limit`, or None."""
    if text.count("[") + text.count("{") <= limit:
        return None
    depth = 0
    pos = 0
    while (match := _INTERESTING.search(text, pos)) is not None:
        start = match.start()
        char = match.group()
        pos = start + 1
        if char == "#":
            if start == 0 or text[start - 1] in " \t\r\n":
                newline = text.find("\n", start)
                pos = len(text) if newline < 0 else newline
        elif char in "'\"":
            if _starts_node(text, start, depth > 0):
                quoted = (_SINGLE_QUOTED if char == "'" else _DOUBLE_QUOTED).match(text, start)
                if quoted is None:
                    return None  # an unterminated string: the YAML parser reports it
                pos = quoted.end()
        elif char in "[{":
            if depth > 0 or _starts_node(text, start, in_flow=False):
                depth += 1
                if depth > limit:
                    return text.count("\n", 0, start) + 1
        elif depth > 0:
            depth -= 1
    return None
