"""The flow-nesting limit checked on YAML text before PyYAML sees it (generator/load/prescan.py)."""

from __future__ import annotations

import pytest

from generator.load.prescan import flow_depth_line
from tests.corpus_path import require_corpus

LIMIT = 3


def test_deep_flow_nesting_is_found_at_its_line() -> None:
    assert flow_depth_line("a: 1\nb: [[[[x]]]]\n", LIMIT) == 2


def test_nesting_at_the_limit_passes() -> None:
    assert flow_depth_line("b: [[[x]]]\nc: {a: {b: {c: 1}}}\n", LIMIT) is None


def test_flow_collections_spanning_lines_are_followed() -> None:
    assert flow_depth_line("b: [\n  [\n    [\n      [x]]]]\n", LIMIT) == 4


@pytest.mark.parametrize(
    "text",
    [
        "a: '[[[[[['\nb: \"{{{{{{\"\n",  # quoted scalars
        "a: x  # [[[[[[ a comment\n",  # comments
        "pattern: ^[[[[[a-z]$\n",  # brackets inside a plain scalar are text
        "a: it's [[[[[\nb: [x]\n",  # an apostrophe inside a plain scalar opens no string
        "a: ['it''s [[[[', \"\\\"[[[[\"]\n",  # escapes inside quoted scalars
        "a: x#[[[[[\n",  # '#' without a blank before it is text
    ],
)
def test_brackets_that_are_text_are_not_counted(text: str) -> None:
    assert flow_depth_line(text * 5, LIMIT) is None


def test_block_sequence_entries_and_keys_open_flow_collections() -> None:
    assert flow_depth_line("- [[[[1]]]]\n", LIMIT) == 1
    assert flow_depth_line("? [[[[1]]]]\n: x\n", LIMIT) == 1


def test_no_real_spec_is_flagged() -> None:
    corpus = require_corpus()
    specs = sorted(corpus.rglob("*.yaml")) + sorted(corpus.rglob("*.yml"))
    assert specs
    flagged = {p.name: line for p in specs if (line := flow_depth_line(p.read_text(encoding="utf-8"), 100))}
    assert flagged == {}
