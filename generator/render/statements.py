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

import ast
import keyword
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .docstrings import docstring_is_stable, escape_black_changes

LINE_LENGTH = 88
# A quoted string; each body is a run of plain characters, then escapes or lone quotes each followed by such a run
# (faster for the regex engine than one character at a time, and the same strings).
_QUOTED = (r'''(?:"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""|\'\'\'[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*\'\'\''''
           r'''|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\\\n]*(?:\\.[^'\\\n]*)*')''')
STRING_LITERAL = re.compile("[A-Za-z]{0,2}" + _QUOTED, re.DOTALL)
_QUOTED_STRING = re.compile(_QUOTED, re.DOTALL)
_COMMENT = r"#[^\n]*"
_STRING_OR_COMMENT = re.compile(_COMMENT + "|" + STRING_LITERAL.pattern, re.DOTALL)
_QUOTED_OR_COMMENT = re.compile(_COMMENT + "|" + _QUOTED, re.DOTALL)  # the same from the quote on: found faster
# The same, or a quote no string starts at, each after the text before it (a run the regex engine skips faster
# than it searches; every quote and `#` starts a match, so the matches are those of a search). Group 1: the match.
_TOKEN_OR_QUOTE = re.compile(f"[^#'\"]*+(?:({_QUOTED_OR_COMMENT.pattern}|[\"'])|\\Z)", re.DOTALL)
_QUOTE_CHARS = frozenset("'\"")
_PREFIX_LETTERS = frozenset(string.ascii_letters)
_WORD = re.compile(r"(?<![\w.])\d[\w.]*|\.\d[\w.]*|[A-Za-z_]\w*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # code cut into words (odd places) and what is between them
_NOT_WORD = re.compile(r"[^\w@]")
_PLAIN_STRING = re.compile(r'"[\x00-\x09\x0b-\x21\x23-\x5b\x5d-\x7f]*"')  # ASCII but " \ newline: black keeps it
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines() breaks there too
_UNDECIDED_ASCII = "\t\r" + _LINE_BREAKS[:5]  # with tabs and carriage returns: what _undecided looks for
_UNDECIDED = re.compile(f"[{_UNDECIDED_ASCII}{_LINE_BREAKS[5:]}]")
_MASKED_STRING = re.compile(r'"s*"')
_KEEP = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"type", "_"}
_FLOW = frozenset({"return", "raise", "break", "continue", "pass", "del", "assert", "global", "nonlocal"})
_NEEDS_ARGUMENT = frozenset({"del", "assert", "global", "nonlocal"})
_CANONICAL_COMMENT = re.compile(r"#( [^ \n]([^\n]*[^ \n])?)?")  # black keeps it (pragmas excluded below)
_DOCSTRING_MARK = '"""D"""'  # a lone triple-quoted string that black keeps, docstring or not
_LONE_STRING_MARK = '"D"'  # the same for a lone plain string
MARKS = {_DOCSTRING_MARK: '"""d"""', _LONE_STRING_MARK: '"d"'}
_FILLER = "\x00"  # stands for a line inside a docstring in the masked text


@dataclass(slots=True)
class Statement:
    """One logical line: physical lines `first`..`last` (exclusive) of the piece, `blank` lines before it."""

    masked: str  # its first line without indentation; plain strings as "sss" (same length); a lone string a mark
    indent: int
    blank: int
    first: int
    last: int
    opens_block: bool = False  # it ends with `:` (a def, class, if, ... header)
    shape: str | None = None  # its shape when it is one short line of code (not a comment, not a lone string)


@dataclass
class Piece:
    lines: list[str]  # the physical lines, as written
    masked_lines: list[str]
    statements: list[Statement]
    skeleton: str


def parses(program: str) -> bool:
    """Whether Python parses the program (black cannot format one it does not: checked before a batch)."""
    try:
        compile(program, "<program>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        return False
    return True


def width(text: str) -> int:
    """At least the columns black counts for `text`: it counts one per ASCII character, 0 to 2 per other one."""
    return len(text) if text.isascii() else len(text) + sum(1 for char in text if not char.isascii())


def parse_piece(piece: str) -> Piece | None:
    """The piece cut into statements, or None when it holds anything this module does not decide."""
    if _undecided(piece):
        return None
    masked = _mask(piece)
    if masked is None or "\\\n" in masked:  # a backslash continuation (lone strings are masked by now)
        return None
    return _cut(piece, masked)


def normalize_and_parse(piece: str, normalize: Callable[[str], str]) -> tuple[str, Piece | None]:
    """`normalize_quotes(piece, normalize)` and its parse_piece, with one look at each string where black's quotes
    for it are plain to see (_requoted), else in two passes.

    A string requoted here (its body in double quotes) keeps its length, and the normalized piece holds the same
    strings, each as requoted, as long as no quote stands outside a string or next to a requoted one: then the
    normalized piece is masked as this one is, each string as requoted."""
    scanned = None if _undecided(piece) else _normalized_and_masked(piece)
    if scanned is None:
        normalized = normalize_quotes(piece, normalize)
        return normalized, parse_piece(normalized)
    normalized, masked = scanned
    if masked is None or "\\\n" in masked:  # a backslash continuation (lone strings are masked by now)
        return normalized, None
    return normalized, _cut(normalized, masked)


def _normalized_and_masked(piece: str) -> tuple[str, str | None] | None:
    """The piece normalized and masked in one pass over its strings and comments (where strings_and_comments
    finds them); the masked text None where the mask leaves a string to black. None where a string's quotes are
    not plain to see (_requoted), a quote stands outside a string before a string or comment, or next to a
    requoted string.

    _requoted, inlined: comments, and strings in double quotes without backslashes, stay; strings in single
    quotes without backslashes or double quotes (not triple-quoted) are requoted; strings with a prefix that is
    not all lowercase or holds an f or u stay; any other string is not plain to see. A one-line string (no
    prefix, no backslash) is plain (_PLAIN_STRING) exactly when it is ASCII."""
    normal: list[str] = []
    masked: list[str] = []
    failed = False  # at a string the mask leaves to black
    kept = position = 0  # the end of the last requoted string, of the last string or comment
    quote_outside = False
    for match in _TOKEN_OR_QUOTE.finditer(piece):
        start, end = match.span(1)
        if start < 0:  # the end of the piece
            break
        if quote_outside:
            return None
        first = piece[start]
        if end - start == 1 and first != "#":
            quote_outside = True  # no string starts at this quote (after the last string, it is not looked at)
            continue
        quoted = ""  # the string as requoted, where it is looked at here
        one_line = False  # a string in quotes of one kind, not triple-quoted, without a prefix
        if start > position and first != "#" and piece[start - 1] in _PREFIX_LETTERS:
            quote = start
            start -= 1
            if start > position and piece[start - 1] in _PREFIX_LETTERS:
                start -= 1
            prefix = piece[start:quote]
            if prefix.islower() and "f" not in prefix and "u" not in prefix:
                return None
        elif first == "'":
            text = piece[start:end]
            if "\\" in text or '"' in text or text.startswith("\'\'\'") \
                    or piece[start - 1:start] in _QUOTE_CHARS or piece[end:end + 1] in _QUOTE_CHARS:
                return None
            quoted = '"' + text[1:-1] + '"'
            normal += piece[kept:start], quoted
            kept = end
            one_line = True
        elif first == '"':
            quoted = piece[start:end]
            if "\\" in quoted:
                return None
            one_line = not quoted.startswith('"""')
        if not failed:
            if one_line and (piece[end] != "\n" or start and piece[start - 1] not in " \n"):
                # not alone on its line: _masked_token's answer (plain exactly when ASCII)
                replacement: str | None = '"' + "s" * (end - start - 2) + '"' if quoted.isascii() else quoted
            else:
                replacement = _masked_token(piece, quoted or piece[start:end], start, end)
                failed = replacement is None
            masked += piece[position:start], replacement or ""
        position = end
    normalized = "".join(normal) + piece[kept:] if normal else piece
    return normalized, None if failed else "".join(masked) + piece[position:]


def _undecided(piece: str) -> bool:
    """Whether the piece holds text this module does not decide (beyond its strings)."""
    if not piece.endswith("\n") or piece.endswith("\n\n") or piece.startswith("\n"):
        return True
    if piece.isascii():  # each character looked for on its own: faster than the regex
        return any(char in piece for char in _UNDECIDED_ASCII)
    return _UNDECIDED.search(piece) is not None


def _cut(piece: str, masked: str) -> Piece | None:
    lines, masked_lines = piece[:-1].split("\n"), masked[:-1].split("\n")
    statements = _statements(lines, masked_lines)
    if not statements or not _comments_placed(statements):
        return None
    return Piece(lines, masked_lines, statements, _skeleton(statements))


def _statements(lines: list[str], masked_lines: list[str]) -> list[Statement] | None:
    """The logical lines (own-line comments apart); None where a block is not indented by 4 or a statement does
    not end (open brackets, a trailing space or a comment inside it, a block opened at the end)."""
    statements: list[Statement] = []
    append = statements.append
    blank = number = 0  # `number`: the first line not yet in a statement
    indents, opens_block, count = [0], False, len(masked_lines)
    for first, text in enumerate(masked_lines):
        if first < number:
            continue
        if not text:
            blank += 1
            continue
        stripped, indent, depth, shape, kind = _head(text)
        if kind == _COMMENT_LINE:
            append(Statement(stripped, indent, blank, first, first + 1))
            blank = 0
            continue
        if opens_block:
            if indent != indents[-1] + 4:
                return None
            indents.append(indent)
        elif indent != indents[-1]:
            while indents[-1] > indent:
                indents.pop()
            if indents[-1] != indent:
                return None
        number = first + 1
        if depth or number < count and masked_lines[number] == _FILLER:
            number = _statement_end(lines, masked_lines, number, depth)
            if number < 0:
                return None
            opens_block = masked_lines[number - 1].endswith(":")  # a string or filler line ends otherwise
            append(Statement(stripped, indent, blank, first, number, opens_block))
        else:
            opens_block = kind == _OPENER_LINE
            append(Statement(stripped, indent, blank, first, number, opens_block, shape))
        blank = 0
    return None if opens_block else statements


def _statement_end(lines: list[str], masked_lines: list[str], number: int, depth: int) -> int:
    """Where a statement that goes on after its first line (before line `number`, leaving `depth` brackets open)
    ends: after its brackets and docstring lines. -1 where it does not, or a further line ends in a space or is a
    comment."""
    first, count = number - 1, len(masked_lines)
    while depth > 0 and number < count:
        depth += _line(masked_lines[number])[2]
        number += 1
    while number < count and masked_lines[number] == _FILLER:
        number += 1
    if depth or number - first == 1 \
            or any(line.endswith(" ") or line.lstrip().startswith("#") for line in lines[first + 1:number]):
        return -1
    return number


_COMMENT_LINE, _OPENER_LINE, _OTHER_LINE = range(3)


@lru_cache(maxsize=1 << 17)
def _head(masked_line: str) -> tuple[str, int, int, str | None, int]:
    """_line's facts of a line that starts a statement (but whether it fits), its shape where it is one short line
    of code (a comment and a lone string have none), and its kind: a comment, a line ending in `:`, another."""
    stripped, indent, depth, fits = _line(masked_line)
    if stripped.startswith("#"):
        return stripped, indent, depth, None, _COMMENT_LINE
    shape = shape_of(stripped) if fits and not depth and stripped not in MARKS else None
    return stripped, indent, depth, shape, _OPENER_LINE if masked_line.endswith(":") else _OTHER_LINE


@lru_cache(maxsize=1 << 16)
def _line(masked_line: str) -> tuple[str, int, int, bool]:
    """A masked line without its indentation, the indentation, the brackets it leaves open, whether it fits."""
    stripped = masked_line.lstrip(" ")
    return stripped, len(masked_line) - len(stripped), open_brackets(stripped), width(masked_line) <= LINE_LENGTH


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
    masked: list[str] = []
    position = 0
    for start, end in strings_and_comments(piece):
        replacement = _masked_token(piece, piece[start:end], start, end)
        if replacement is None:
            return None
        masked += piece[position:start], replacement
        position = end
    masked.append(piece[position:])
    return "".join(masked)


def _masked_token(piece: str, text: str, start: int, end: int) -> str | None:
    """A string or comment of the piece as in the masked piece; None where black may change it."""
    if start and piece[start - 1] not in " \n":  # after code: an inline comment, or a string within a line
        if text.startswith("#") or "\n" in text:
            return None
        return '"' + "s" * (len(text) - 2) + '"' if _PLAIN_STRING.fullmatch(text) else text
    line_start = piece.rfind("\n", 0, start) + 1
    indent = piece[line_start:start]
    if text.startswith("#"):
        if indent.strip(" ") or not _CANONICAL_COMMENT.fullmatch(text) \
                or any(pragma in text for pragma in ("fmt:", "yapf:", "type:")):
            return None
        return text
    lone = not indent.strip(" ") and piece[end] == "\n"
    if lone:
        docstring = _docstring_position(piece, line_start)
        if text.startswith('"""'):
            if escape_black_changes(text) or docstring and not docstring_is_stable(text, indent):
                return None
            return _DOCSTRING_MARK + ("\n" + _FILLER) * text.count("\n")
        if not _PLAIN_STRING.fullmatch(text):
            return None  # any other lone string (black may treat it as a docstring)
        body = text[1:-1]
        return None if docstring and (not body or body != body.strip()) else _LONE_STRING_MARK
    if "\n" in text:  # a string over lines
        return None
    if _PLAIN_STRING.fullmatch(text):
        return '"' + "s" * (len(text) - 2) + '"'
    return text


def strings_and_comments(text: str) -> Iterator[tuple[int, int]]:
    """Where `_STRING_OR_COMMENT.finditer(text)` finds its matches, found faster: each from its quote or `#` on,
    then with the string's prefix (the up to two letters before its quote)."""
    end = 0
    for match in _QUOTED_OR_COMMENT.finditer(text):
        start = match.start()
        if start > end and text[start - 1] in _PREFIX_LETTERS and text[start] != "#":
            start -= 1
            if start > end and text[start - 1] in _PREFIX_LETTERS:
                start -= 1
        end = match.end()
        yield start, end


def open_brackets(masked_line: str) -> int:
    """How many brackets the line opens and does not close (strings left out)."""
    # strings and comments from their quote or `#` on (a string's prefix holds no bracket): found faster
    code = _QUOTED_OR_COMMENT.sub('""', masked_line) if '"' in masked_line or "'" in masked_line \
        or "#" in masked_line else masked_line
    return code.count("(") + code.count("[") + code.count("{") - code.count(")") - code.count("]") - code.count("}")


@lru_cache(maxsize=1 << 16)
def shape_of(masked: str) -> str:
    """The line with identifiers as N and plain strings as "S"; other strings (and what is in them) as written."""
    if '"' not in masked and "'" not in masked:
        return _words_shaped(masked)
    parts = []
    position = 0
    for match in _QUOTED_STRING.finditer(masked):  # STRING_LITERAL's matches, found from their quotes (faster)
        start, end = match.span()
        if start > position and masked[start - 1] in _PREFIX_LETTERS:
            start -= 1
            if start > position and masked[start - 1] in _PREFIX_LETTERS:
                start -= 1
        parts.append(_words_shaped(masked[position:start]))
        text = masked[start:end]
        parts.append('"S"' if _MASKED_STRING.fullmatch(text) else text)
        position = end
    parts.append(_words_shaped(masked[position:]))
    return "".join(parts)


def _words_shaped(code: str) -> str:
    """Code with identifiers (not keywords) as N."""
    parts = _WORD_SPLIT.split(code)
    parts[1::2] = [word if word in _KEEP or not (word[0].isalpha() or word[0] == "_") else "N" for word in parts[1::2]]
    return "".join(parts)


def _skeleton(lines: list[Statement]) -> str:
    """One representative line per line, with the same indentation and blank lines.

    black's blank lines before a line depend on that line, the one or two before it and the open definitions.
    So where a line, or a pair of lines, repeats more than twice in a row (no blank lines, no block opened),
    the skeleton keeps two repetitions: every run of three consecutive lines of the piece is still in it."""
    items = [_skeleton_line(line.blank, line.indent, line.masked, line.opens_block) for line in lines]
    out: list[str] = []
    number, count = 0, len(items)
    while number < count:
        item = items[number]
        if number >= 2 and item == items[number - 2]:  # else it repeats nothing (see _repeats)
            if _repeats(items, number, 2):
                number += 2
                continue
            if _repeats(items, number, 1):
                number += 1
                continue
        out.append(item)
        number += 1
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def _skeleton_line(blank: int, indent: int, masked: str, opens_block: bool) -> str:
    """A statement's line in the skeleton: its blank lines, its indentation, its representative line (which starts
    with no space: the same skeleton lines are the same statements' blank lines, indentation and representative)."""
    return "\n" * blank + " " * indent + _representative(masked, opens_block) + "\n"


def _repeats(items: list[str], start: int, period: int) -> bool:
    """Whether the `period` skeleton lines from `start` repeat the two periods before them, with no blank line or
    block."""
    if start < 2 * period or start + period > len(items):
        return False
    for number in range(start, start + period):
        item = items[number]
        if item != items[number - period] or item != items[number - 2 * period]:
            return False
        if item[0] == "\n" or item.endswith(":\n") or item.lstrip(" ")[0] in "@#":
            return False
    return True


def _representative(masked: str, opens_block: bool) -> str:
    if masked in MARKS:
        return MARKS[masked]
    if masked.startswith("..."):
        return "..."
    if masked.startswith("#"):
        return "# c"
    first = _NOT_WORD.split(masked, maxsplit=1)[0]
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


def normalize_quotes(source: str, normalize: Callable[[str], str]) -> str:
    """`source` with each string literal (not f-strings) quoted as black quotes it (`normalize`: black's rules).

    black normalizes every string before it measures or splits a line, so this changes nothing in its output;
    it only lets more pieces be stable as written. black keeps a string in double quotes without backslashes
    as it is: source without single quotes and backslashes is left alone."""
    if "'" not in source and "\\" not in source:
        return source
    parts: list[str] = []
    position = 0
    for start, end in strings_and_comments(source):
        text = source[start:end]
        quoted = _requoted(text)
        if quoted is None:
            quoted = normalize(text)
        if quoted != text:
            parts += source[position:start], quoted
            position = end
    parts.append(source[position:])
    return "".join(parts)


def _requoted(text: str) -> str | None:
    """A string (or comment) as black quotes it, where that is plain to see; None: black's rules decide."""
    first = text[0]
    if first == "#" or first == '"' and "\\" not in text:
        return text  # black keeps a string in double quotes without backslashes
    if first == "'" and "\\" not in text and '"' not in text and not text.startswith("\'\'\'"):
        return '"' + text[1:-1] + '"'  # the same body in double quotes
    prefix = text[:min(i for i in (text.find('"'), text.find("'")) if i >= 0)]
    if not prefix.islower() and prefix or "f" in prefix or "u" in prefix:
        return text  # not normalized here (black leaves f-strings' quotes to its own rules)
    return None
