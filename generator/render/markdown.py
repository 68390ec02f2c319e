"""Spec text made inert for a generated README (Markdown, as GitHub, PyPI and editors render it).

A hostile description could otherwise put raw HTML (`<script>`, `<img onerror=...>`, `<details>`), links and
images (`[Sign in](https://phish.example)`, reference definitions), autolinks (`<https://...>`, and GFM's bare
`https://...`, `www.` and e-mail links), math (`$...$`), headings, tables and fences into the README, or hide
text with bidi controls. So:

- `inline(text)` gives one line to go after other text (`paragraph(text)`: a line of its own, whose start
  could make a list, a quote or a heading, is escaped too): whitespace collapsed, every character Markdown gives a meaning to escaped with a
  backslash (CommonMark: any ASCII punctuation can be), and each word that a renderer could turn into a link
  (`://`, `www.`, `@`, a scheme such as `mailto:`) set in a code span, where nothing is interpreted;
- `code(text)` gives a code span, with a backtick run longer than any inside;
- `block(text)` gives a fenced block (`~~~~text`), its fence longer than any run of tildes or backticks inside;
- every control, format (bidi), separator, surrogate, private-use or unassigned character is shown as `U+XXXX`.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
# ASCII punctuation that means something anywhere in a line (emphasis, code, links, HTML, entities, tables,
# strikethrough, math, heading closers); any other at the start of a line (lists, quotes, headings) is escaped too
_SPECIAL = frozenset("\\`*_{}[]<>#|~&$")
_LINE_START = re.compile(r"^(?:[!-/:-@\[-`{-~]|\d+[.)])")
_LINKISH = re.compile(r"://|www\.|@|^[A-Za-z][A-Za-z0-9+.-]*:[^\s]", re.IGNORECASE)
MAX_INLINE_CHARS = 200


def visible(text: str, keep: str = "") -> str:
    """`text` with each unsafe character (see above) shown as `U+XXXX`; characters in `keep` stay."""
    if text.isprintable() and not any(unicodedata.category(c) in _UNSAFE_CATEGORIES for c in text):
        return text
    return "".join(c if c in keep or unicodedata.category(c) not in _UNSAFE_CATEGORIES else f"U+{ord(c):04X}"
                   for c in text)


def inline(text: str, limit: int = MAX_INLINE_CHARS) -> str:
    """One line of inert Markdown showing `text` (cut at `limit` characters, with an ellipsis)."""
    words = visible(" ".join(text.split())).split(" ")
    shown: list[str] = []
    length = 0
    for word in words:
        if not word:
            continue
        if length + len(word) > limit and shown:
            shown.append("…")
            break
        length += len(word) + 1
        shown.append(code(word) if _LINKISH.search(word) else _escape(word))
    return " ".join(shown)


def paragraph(text: str, limit: int = MAX_INLINE_CHARS) -> str:
    """`inline(text)` for a line of its own: a start that would make a list, quote or heading is escaped too."""
    line = inline(text, limit)
    start = _LINE_START.match(line)
    if start is not None and not line.startswith(("\\", "`")):  # escaped, or a code span, already
        cut = start.end() - 1
        line = line[:cut] + "\\" + line[cut:]
    return line


def _escape(word: str) -> str:
    return "".join("\\" + c if c in _SPECIAL else c for c in word)


def code(text: str) -> str:
    """A code span showing `text` on one line: nothing inside is interpreted."""
    text = visible(" ".join(text.split()))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def block(text: str) -> str:
    """A fenced block showing `text` line by line: nothing inside is interpreted."""
    text = visible(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"), keep="\n\t")
    longest = max((len(run) for run in re.findall(r"~+|`+", text)), default=0)
    fence = "~" * max(4, longest + 1)
    return f"{fence}text\n{text}\n{fence}"
