"""Generated code cut into statements, and what black's layout of them depends on.

- black lays out each logical line on its own. A line that fits in the line length and has no magic trailing
  comma is printed on one line, with whitespace chosen from its tokens and their syntax alone. So whether black
  keeps such a line depends only on its *shape* (shape_of): the line with every identifier (not keywords or soft
  keywords) replaced by one placeholder and every plain double-quoted string without backslashes (which black
  never changes) by another.
- the blank lines black puts before a line depend only on that line's kind (decorator, def, class, import,
  docstring, comment, block opener and its keyword, flow control, other), its depth, the blank lines written
  before it and the lines just before it: the piece's *skeleton* holds exactly that.
- a docstring is checked with black's own docstring rules (its indentation fix and its closing-quote rule);
  a string that is not in a docstring's place is kept by black when it is plain or triple-quoted without
  backslashes.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from dataclasses import dataclass

LINE_LENGTH = 88
STRING_LITERAL = re.compile(r'''[A-Za-z]{0,2}(?:"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')''', re.DOTALL)
_STRING_OR_COMMENT = re.compile(r"#[^\n]*|" + STRING_LITERAL.pattern, re.DOTALL)
_WORD = re.compile(r"(?<![\w.])\d[\w.]*|\.\d[\w.]*|[A-Za-z_]\w*")
_PLAIN_STRING = re.compile(r'"[^"\\\n\x80-\U0010ffff]*"')  # a plain ASCII string that black keeps as it is
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # str.splitlines() breaks there too
_UNICODE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[uUxN]")  # an odd run of backslashes before u, U, x or N
_BACKSLASH_LINE_END = re.compile(r"\\\s*\n")  # black/linegen.py's test for a docstring it does not touch
_MASKED_STRING = re.compile(r'"s*"')
_KEEP = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"type", "_"}
_OPENERS = frozenset("([{")
_CLOSERS = frozenset(")]}")
_FLOW = frozenset({"return", "raise", "break", "continue", "pass", "del", "assert", "global", "nonlocal"})
_NEEDS_ARGUMENT = frozenset({"del", "assert", "global", "nonlocal"})
_CANONICAL_COMMENT = re.compile(r"#( [^ \n]([^\n]*[^ \n])?)?")  # black keeps it (pragmas excluded below)
_DOCSTRING_MARK = '"""D"""'  # a lone triple-quoted string that black keeps, docstring or not
_LONE_STRING_MARK = '"D"'  # the same for a lone plain string
MARKS = {_DOCSTRING_MARK: '"""d"""', _LONE_STRING_MARK: '"d"'}
_FILLER = "\x00"  # stands for a line inside a docstring in the masked text


@dataclass
class Statement:
    """One logical line: physical lines `first`..`last` (exclusive) of the piece, `blank` lines before it."""

    masked: str  # its first line without indentation; plain strings as "sss" (same length); a lone string a mark
    indent: int
    blank: int
    first: int
    last: int
    opens_block: bool = False  # it ends with `:` (a def, class, if, ... header)

    def keeps_shape(self, shapes: dict[str, bool]) -> bool:
        """Whether black keeps it because it is one short line of a shape black keeps."""
        one_line = self.last - self.first == 1 and width(self.masked) + self.indent <= LINE_LENGTH
        return one_line and shapes.get(shape_of(self.masked), False)


@dataclass
class Piece:
    lines: list[str]  # the physical lines, as written
    masked_lines: list[str]
    statements: list[Statement]
    skeleton: str


def width(text: str) -> int:
    """At least the columns black counts for `text`: it counts one per ASCII character, 0 to 2 per other one."""
    return len(text) if text.isascii() else len(text) + sum(1 for char in text if not char.isascii())


def parse_piece(piece: str) -> Piece | None:
    """The piece cut into statements, or None when it holds anything this module does not decide."""
    if not piece.endswith("\n") or piece.endswith("\n\n") or piece.startswith("\n") or _LINE_BREAKS.search(piece):
        return None
    if "\t" in piece or "\r" in piece or "\f" in piece:
        return None
    masked = _mask(piece)
    if masked is None or "\\\n" in masked:  # a backslash continuation (lone strings are masked by now)
        return None
    lines, masked_lines = piece[:-1].split("\n"), masked[:-1].split("\n")
    statements: list[Statement] = []
    blank, number, indents, opens_block = 0, 0, [0], False
    while number < len(masked_lines):
        text = masked_lines[number]
        if not text:
            blank, number = blank + 1, number + 1
            continue
        stripped = text.lstrip(" ")
        indent = len(text) - len(stripped)
        if stripped.startswith("#"):
            statements.append(Statement(stripped, indent, blank, number, number + 1))
            blank, number = 0, number + 1
            continue
        if opens_block:
            if indent != indents[-1] + 4:
                return None
            indents.append(indent)
        while indents[-1] > indent:
            indents.pop()
        if indents[-1] != indent:
            return None
        first, depth = number, open_brackets(stripped)
        number += 1
        while depth > 0 and number < len(masked_lines):
            depth, number = depth + open_brackets(masked_lines[number]), number + 1
        while number < len(masked_lines) and masked_lines[number] == _FILLER:
            number += 1
        if depth != 0 or any(line.endswith(" ") or line.lstrip().startswith("#") for line in lines[first + 1:number]):
            return None
        opens_block = STRING_LITERAL.sub('""', "\n".join(masked_lines[first:number])).endswith(":")
        statements.append(Statement(stripped, indent, blank, first, number, opens_block))
        blank = 0
    if opens_block or not statements or not _comments_placed(statements):
        return None
    return Piece(lines, masked_lines, statements, _skeleton(statements))


def _docstring_position(piece: str, start: int) -> bool:
    """Whether a statement starting at `start` (a line start) is where black treats a string as a docstring: first
    in the piece (a module docstring when formatted alone) or first in a block. Unsure is True (the stricter)."""
    end = start - 1
    while end > 0:
        begin = piece.rfind("\n", 0, end) + 1
        code = piece[begin:end].strip()
        if code and not code.startswith("#"):
            return code.endswith(":")
        end = begin - 1
    return True


def _comments_placed(statements: list[Statement]) -> bool:
    """Whether each own-line comment is at the indentation of the statement after it (where black puts it)."""
    following = None
    for statement in reversed(statements):
        if statement.masked.startswith("#"):
            if following is None or statement.indent != following:
                return False
        else:
            following = statement.indent
    return True


def _mask(piece: str) -> str | None:
    """Plain strings as "sss" (same length), lone strings as a mark; None at a string black may change."""
    failed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal failed
        text = match.group()
        start = piece.rfind("\n", 0, match.start()) + 1
        indent = piece[start:match.start()]
        if text.startswith("#"):
            failed = failed or bool(indent.strip(" ")) or not _CANONICAL_COMMENT.fullmatch(text) \
                or any(pragma in text for pragma in ("fmt:", "yapf:", "type:"))
            return text
        lone = not indent.strip(" ") and piece[match.end()] == "\n"
        docstring = lone and _docstring_position(piece, start)
        if lone and text.startswith('"""'):
            failed = failed or _escape_black_changes(text) or docstring and not _docstring_is_stable(text, indent)
            return _DOCSTRING_MARK + ("\n" + _FILLER) * text.count("\n")
        if lone and _PLAIN_STRING.fullmatch(text):
            body = text[1:-1]
            failed = failed or docstring and (not body or body != body.strip())
            return _LONE_STRING_MARK
        if lone or "\n" in text:  # any other lone string (black may treat it as a docstring), or one over lines
            failed = True
        if _PLAIN_STRING.fullmatch(text):
            return '"' + "s" * (len(text) - 2) + '"'
        return text

    masked = _STRING_OR_COMMENT.sub(replace, piece)
    return None if failed else masked


def open_brackets(masked_line: str) -> int:
    """How many brackets the line opens and does not close (strings left out)."""
    code = _STRING_OR_COMMENT.sub('""', masked_line)
    return sum(code.count(c) for c in _OPENERS) - sum(code.count(c) for c in _CLOSERS)


def shape_of(masked: str) -> str:
    """The line with identifiers as N and plain strings as "S"; other strings (and what is in them) as written."""
    parts = []
    position = 0
    for match in STRING_LITERAL.finditer(masked):
        parts.append(_WORD.sub(_word_shape, masked[position:match.start()]))
        text = match.group()
        parts.append('"S"' if _MASKED_STRING.fullmatch(text) else text)
        position = match.end()
    parts.append(_WORD.sub(_word_shape, masked[position:]))
    return "".join(parts)


def _word_shape(match: re.Match[str]) -> str:
    word = match.group()
    return word if word in _KEEP or not (word[0].isalpha() or word[0] == "_") else "N"


def _skeleton(lines: list[Statement]) -> str:
    """One representative line per line, with the same indentation and blank lines.

    black's blank lines before a line depend on that line, the one or two before it and the open definitions.
    So where a line, or a pair of lines, repeats more than twice in a row (no blank lines, no block opened),
    the skeleton keeps two repetitions: every run of three consecutive lines of the piece is still in it."""
    items = [(line.blank, line.indent, _representative(line.masked, line.opens_block)) for line in lines]
    out: list[str] = []
    number = 0
    while number < len(items):
        if _repeats(items, number, 2):
            number += 2
            continue
        if _repeats(items, number, 1):
            number += 1
            continue
        blank, indent, representative = items[number]
        out.append("\n" * blank + " " * indent + representative + "\n")
        number += 1
    return "".join(out)


def _repeats(items: list[tuple[int, int, str]], start: int, period: int) -> bool:
    """Whether the `period` items from `start` repeat the two periods before them, with no blank line or block."""
    if start < 2 * period or start + period > len(items):
        return False
    here = items[start:start + period]
    plain = all(blank == 0 and not text.endswith(":") and not text.startswith(("@", "#")) for blank, _, text in here)
    return plain and here == items[start - period:start] == items[start - 2 * period:start - period]


def _representative(masked: str, opens_block: bool) -> str:
    if masked in MARKS:
        return MARKS[masked]
    if masked.startswith("..."):
        return "..."
    if masked.startswith("#"):
        return "# c"
    first = re.split(r"[^\w@]", masked, maxsplit=1)[0]
    if masked.startswith("@"):
        return "@d"
    if first == "async":
        second = (masked.split(" ", 2) + [""])[1]
        return {"def": "async def f():", "for": "async for x in x:", "with": "async with x:"}.get(second, "x")
    if opens_block:
        bare = masked == first + ":"
        return {"def": "def f():", "class": "class C:", "for": "for x in x:", "else": "else:", "try": "try:",
                "finally": "finally:", "except": "except:" if bare else "except x:"}.get(first, f"{first} x:")
    if first in ("import", "from"):
        return "import x"
    if first in _FLOW:
        return first + (" x" if first in _NEEDS_ARGUMENT or masked != first else "")
    return "x"


def _escape_black_changes(text: str) -> bool:
    """Whether the string holds an escape that black may rewrite: of all escapes, black only touches unicode
    escapes (`\\x..`, `\\u....`, `\\U........`, `\\N{...}`: their case; black/strings.py,
    normalize_unicode_escape_sequences, which skips a backslash that is itself escaped). What a docstring's
    end does to black is judged by _docstring_is_stable."""
    return _UNICODE_ESCAPE.search(text) is not None


def _docstring_is_stable(text: str, indent: str) -> bool:
    """Whether black's docstring handling (black/linegen.py, visit_STRING) gives `text` back unchanged."""
    if not text.startswith('"""') or _escape_black_changes(text):
        return False
    if _BACKSLASH_LINE_END.search(text):  # black leaves such a docstring as it is
        return True
    body = text[3:-3]
    if "\n" not in body:
        return bool(body) and body == body.strip() and body[0] != '"' and body[-1] != '"'
    fixed = _fix_multiline_docstring(body, indent)
    if not fixed or fixed[0] == '"' or fixed[-1] == '"':
        return False
    last = fixed.splitlines()[-1] if not fixed.endswith("\n") else ""
    if len(last) + 3 > LINE_LENGTH and len(indent) + 3 <= LINE_LENGTH and not body.endswith("\n"):
        return False
    return fixed == body


def _fix_multiline_docstring(docstring: str, prefix: str) -> str:
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




def normalize_quotes(source: str, normalize: Callable[[str], str]) -> str:
    """`source` with each string literal (not f-strings) quoted as black quotes it (`normalize`: black's rules).

    black normalizes every string before it measures or splits a line, so this changes nothing in its output;
    it only lets more pieces be stable as written."""

    def replace(match: re.Match[str]) -> str:
        text = match.group()
        if text[0] == "#":
            return text
        prefix = text[:min(i for i in (text.find('"'), text.find("'")) if i >= 0)]
        if not prefix.islower() and prefix or "f" in prefix or "u" in prefix:
            return text
        return normalize(text)

    return _STRING_OR_COMMENT.sub(replace, source)
