"""What a generated README may contain outside its code: used by tests/test_readme.py and the injection fuzz.

Written from the CommonMark rules, not from the generator's escaping code: fenced blocks and code spans are
taken out (nothing inside them is interpreted), then backslash escapes; what is left must not hold anything a
renderer would turn into HTML, a link, an image, an autolink, math or a hidden (bidi/control) character.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable

OWN_LINKS = ("[httpx](https://www.python-httpx.org/)",)  # the README's own text, not from a spec
_PUNCTUATION = frozenset(string.punctuation)
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_FORBIDDEN = (("<", "raw HTML or an autolink"), ("[", "a link or an image"), ("]", "a link or an image"),
              ("&", "an entity"), ("$", "math"), ("~", "strikethrough"), ("://", "a bare URL"),
              ("www.", "a bare URL"), ("@", "an e-mail autolink"))


def without_code(markdown: str) -> tuple[str, list[str]]:
    """The text outside fenced blocks and code spans, and the contents of the fenced blocks."""
    kept: list[str] = []
    blocks: list[str] = []
    fence = ""
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if opening and opening.group(1)[0] == "`" and "`" in line[opening.end():]:
            opening = None  # CommonMark: a backtick fence's info string has no backtick (this is a code span)
        if not fence and opening:
            fence = opening.group(1)
            blocks.append("")
        elif fence and line.startswith(fence[0] * len(fence)) and not line.strip(fence[0]).strip():
            fence = ""
        elif fence:
            blocks[-1] += line + "\n"
        else:
            kept.append(_drop_code_spans(line))
    assert not fence, "a fenced block is never closed"
    return "\n".join(kept), blocks


def _drop_code_spans(line: str) -> str:
    return _scan(line, lambda _: "CODE", lambda escaped: escaped)


def plain(line: str) -> str:
    """The text a renderer shows for one line of inline Markdown made of text, escapes and code spans."""
    return _scan(line, _span_text, lambda escaped: escaped[1])


def _span_text(content: str) -> str:
    both = content.startswith(" ") and content.endswith(" ") and content.strip(" ")
    return content[1:-1] if both else content


def _scan(line: str, span: Callable[[str], str], escape: Callable[[str], str]) -> str:
    """`line` with each code span replaced by span(content) and each backslash escape by escape(text)."""
    out, index = [], 0
    while index < len(line):
        if line[index] == "\\" and index + 1 < len(line) and line[index + 1] in _PUNCTUATION:
            out.append(escape(line[index:index + 2]))
            index += 2
            continue
        run = re.match(r"`+", line[index:])
        if run is None:
            out.append(line[index])
            index += 1
            continue
        start = index + len(run.group())
        closing = re.search(rf"(?<!`){run.group()}(?!`)", line[start:])
        if closing is None:  # not a code span: the backticks are text
            out.append(run.group())
            index = start
            continue
        out.append(span(line[start:start + closing.start()]))
        index = start + closing.end()
    return "".join(out)


def problems(markdown: str) -> list[str]:
    """What in `markdown` would be interpreted as more than text (empty: nothing)."""
    found = [f"U+{ord(c):04X} (a control or format character)" for c in markdown
             if c not in "\n\t" and unicodedata.category(c) in _UNSAFE]
    text, _ = without_code(markdown)
    if "\t" in text:  # a tab is text only in a fenced block: elsewhere it could start an indented code block
        found.append("a tab outside a fenced block")
    for link in OWN_LINKS:
        text = text.replace(link, "")
    text = re.sub(r"\\[!-/:-@\[-`{-~]", "", text)  # backslash escapes: the character is plain text
    for mark, meaning in _FORBIDDEN:
        if mark in text:
            line = next(line for line in text.split("\n") if mark in line)
            found.append(f"{mark!r} ({meaning}) in {line!r}")
    return found
