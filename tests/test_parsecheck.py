"""parsecheck.ParseCheck gives parses(program) for every statement program, through shaped forms where it may.

- on every statement program of the golden files and the vendored Mistral client (their pieces cut and planned
  as the oracle cuts them), the verdict is parses(program), and a shaped form that parses belongs to a program
  that parses;
- programs whose shaped form parses although they do not (a NUL or a non-ASCII character hidden in a plain
  string or a name, an invalid escape) are compiled themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from black.strings import normalize_string_quotes

from generator.render.formatting import split_top_level
from generator.render.parsecheck import ParseCheck
from generator.render.stability import _alone
from generator.render.statements import normalize_and_parse, parses

ROOT = Path(__file__).resolve().parent.parent
TREES = sorted([*(ROOT / "tests" / "golden").glob("*/expected"), ROOT / "generated" / "mistral_client"])


def programs(source: str) -> Iterator[tuple[str, str]]:
    """Each statement's program and its shaped form, for the statements of `source` that can stand alone."""
    for piece in split_top_level(source):
        _, item = normalize_and_parse(piece, normalize_string_quotes)
        if item is None:
            continue
        for statement in item.statements:
            if statement.masked.startswith("#"):
                continue
            alone = _alone(item.lines, item.masked_lines, statement)
            if alone is not None:
                yield alone


def test_the_verdict_is_parses_on_every_written_statement() -> None:
    check = ParseCheck()
    seen = 0
    for tree in TREES:
        for path in sorted(tree.rglob("*.py*")):
            if "_runtime" in path.parts:
                continue
            for program, shaped in programs(path.read_text(encoding="utf-8")):
                check.note(program, shaped)
                expected = parses(program)
                assert check.parses(program) == expected, program
                assert expected or not parses(shaped), program
                seen += 1
    assert seen > 1000
    assert len(check.verdicts) < seen / 2  # shaped forms repeat: fewer compiles than programs


@pytest.mark.parametrize(("source", "shape_parses"), [
    ('x = f(\n    "a\x00b",\n)\n', True),  # a NUL in a plain string
    ("x = f(\n    a\u00b2,\n)\n", True),  # a name with a character no name may hold (`\w` matches it)
    ('x = f(\n    "\\N{no such name}",\n)\n', False),  # an escape Python rejects (kept in the shape)
    ("x = f(\n    a,\n    a b,\n)\n", False),  # plainly invalid: the shaped form does not parse either
])
def test_a_program_that_does_not_parse_is_never_taken_for_one_that_does(source: str, shape_parses: bool) -> None:
    program, shaped = next(programs(source))
    check = ParseCheck()
    check.note(program, shaped)
    assert parses(shaped) == shape_parses
    assert not parses(program)
    assert not check.parses(program)


def test_a_program_that_parses_is_judged_by_its_shape_once() -> None:
    check = ParseCheck()
    first, second = (next(programs(f"x = call(\n    {name},\n    'text',\n)\n")) for name in ("alpha", "beta"))
    assert first[1] == second[1]  # one shaped form for both
    for program, shaped in (first, second):
        check.note(program, shaped)
        assert check.parses(program)
    assert check.verdicts == {first[1]: True}
