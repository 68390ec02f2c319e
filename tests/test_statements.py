"""statements.py's fast paths against the plain forms they stand for (same matches, same parse, same text).

- strings_and_comments finds what `_STRING_OR_COMMENT.finditer` finds (the quote-first search and the unrolled
  string patterns are only faster), and the unrolled STRING_LITERAL matches what a one-character-at-a-time
  pattern matches; the scan of normalize_and_parse (_TOKEN_OR_QUOTE) finds the same strings and comments and
  each quote outside them;
- normalize_and_parse gives what normalize_quotes and then parse_piece give;
- shape_of (which finds strings from their quotes) gives the shape cut at STRING_LITERAL's matches.
Seeded random texts from a vocabulary of quotes, escapes, prefixes, comments, brackets and indentation.
"""

from __future__ import annotations

import random
import re
from dataclasses import astuple

from black.strings import normalize_string_quotes

from generator.render import statements
from generator.render.statements import (
    normalize_and_parse,
    normalize_quotes,
    parse_piece,
    strings_and_comments,
)

_ONE_CHARACTER_AT_A_TIME = re.compile(
    r'''[A-Za-z]{0,2}(?:"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"'''
    r"""|'(?:[^'\\\n]|\\.)*')""", re.DOTALL)
_CHARACTERS = ['"', "'", "\\", "\n", "#", "a", "b", "r", "f", " ", "(", ")", ":", '"""', "'''", "[", "}"]
_FRAGMENTS = ["x = 1", "x = 'a'", 'x = "a"', "f(\n    'a',\n)", "# c", "'''doc'''", '"""doc"""', "'it\\'s'",
              "rb'x'", "F'x'", "u'x'", "''", "'a' 'b'", "'a'\"b\"", "if x:", "    y = 'q'", "def f(", ")", "    ",
              "x = ('a'  # c\n)", '"""a\n    b\n"""', "'\"'", "x[\n", "]", "@d", "class C:", "    pass", "return 'z'",
              "x = 'a", "'", 'y = "b', "z = ''.join(x)  # it's"]


def _pieces(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = []
    for _ in range(count):
        lines = [rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 6))]
        blank = rng.choice(["", "\n"])
        pieces.append(blank.join(line + "\n" for line in lines))
    return pieces


def test_strings_and_comments_are_found_where_the_plain_pattern_finds_them() -> None:
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(0, 16)))
        assert list(strings_and_comments(text)) == [m.span() for m in statements._STRING_OR_COMMENT.finditer(text)]
        scanned = [m.span(1) for m in statements._TOKEN_OR_QUOTE.finditer(text) if m.start(1) >= 0]
        assert [(a, b) for a, b in scanned if b - a > 1 or text[a] == "#"] == \
            [m.span() for m in statements._QUOTED_OR_COMMENT.finditer(text)]
        assert [a for a, b in scanned if b - a == 1 and text[a] != "#"] == \
            [i for i, c in enumerate(text) if c in "'\"" and not any(a <= i < b for a, b in scanned if b - a > 1)]
        assert [m.span() for m in statements.STRING_LITERAL.finditer(text)] == \
            [m.span() for m in _ONE_CHARACTER_AT_A_TIME.finditer(text)]
        code = statements._STRING_OR_COMMENT.sub('""', text)
        assert statements.open_brackets(text) == sum(map(code.count, "([{")) - sum(map(code.count, ")]}"))


def _shape_at_string_literals(masked: str) -> str:
    """shape_of as it reads: words shaped between STRING_LITERAL's matches, masked plain strings as "S"."""
    parts = []
    position = 0
    for match in statements.STRING_LITERAL.finditer(masked):
        parts.append(statements._words_shaped(masked[position:match.start()]))
        parts.append('"S"' if re.fullmatch('"s*"', match.group()) else match.group())
        position = match.end()
    return "".join(parts) + statements._words_shaped(masked[position:])


def test_shape_of_cuts_at_the_string_literals() -> None:
    rng = random.Random(15)
    characters = [*_CHARACTERS, '"sss"', "x1", "1x", ".5", "if", "_", "=", ",", "rb"]
    for _ in range(20_000):
        text = "".join(rng.choice(characters) for _ in range(rng.randint(0, 12)))
        assert statements.shape_of.__wrapped__(text) == _shape_at_string_literals(text), text


def _described(item: statements.Piece | None) -> object:
    if item is None:
        return None
    return item.lines, item.masked_lines, [astuple(s) for s in item.statements], item.skeleton


def test_normalize_and_parse_is_normalize_quotes_then_parse_piece() -> None:
    for piece in _pieces(14, 5_000):
        normalized = normalize_quotes(piece, normalize_string_quotes)
        text, item = normalize_and_parse(piece, normalize_string_quotes)
        assert text == normalized
        assert _described(item) == _described(parse_piece(normalized))


def test_a_piece_with_a_tab_a_carriage_return_or_another_line_break_is_not_decided() -> None:
    for char in "\t\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
        for text in ("x = 1", 'x = "é"'):  # ASCII (looked at one character at a time) or not (the regex)
            assert parse_piece(f"{text}{char}\n") is None
            assert parse_piece(f"{text}\n") is not None
