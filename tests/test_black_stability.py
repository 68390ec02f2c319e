"""The style guarantee: black (with the generator's settings) changes nothing in any .py file we write.

Generation runs black only on the pieces and statements it may change (generator/render/stability.py); these
tests run real black, whole-file, on the written trees, so the guarantee is checked rather than assumed. The
corpus outputs are checked in tests/test_corpus.py (test_black_leaves_every_file_unchanged)."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.render.formatting import black_mode, format_sources
from generator.render.stability import StabilityOracle
from generator.render.statements import normalize_quotes

ROOT = Path(__file__).resolve().parent.parent
TREES = sorted([*(ROOT / "tests" / "golden").glob("*/expected"), ROOT / "generated" / "mistral_client"])


def black_changes(folder: Path) -> list[str]:
    """The generated .py files under `folder` that black would rewrite.

    `_runtime/` is left out: it is templates/runtime copied byte for byte, never formatted by the generator
    (and not in black's style today)."""
    changed = []
    for path in sorted(folder.rglob("*.py")):
        if "_runtime" in path.relative_to(folder).parts:
            continue
        text = path.read_text(encoding="utf-8")
        if black.format_str(text, mode=black_mode()) != text:
            changed.append(str(path.relative_to(folder)))
    return changed


@pytest.mark.parametrize("tree", TREES, ids=[t.parent.name if t.name == "expected" else t.name for t in TREES])
def test_black_leaves_every_written_file_unchanged(tree: Path) -> None:
    assert black_changes(tree) == []


SAMPLES = {
    "comment and docstring": 'class A:\n    """Doc."""\n\n    # a comment\n    x: int = 1\n',
    "long call": "def f() -> None:\n    return g(aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbb, ccccccccccccccccccccccc, ddddddddddddddddd)\n",
    "quotes": "X = 'a'\nY = 'it\\'s'\nZ = \"say \\\"hi\\\"\"\n",
    "magic comma": "x = f(a,)\ny = [\n    1,\n    2,\n]\n",
    "spacing": "def f(a = 1, *args, **kw):\n    return a+1 if a else -a ** 2\n",
    "blank lines": "import os\nclass A:\n\n\n\n    def f(self): pass\n    x = 1\n",
    "escaped backslash in docstrings": 'def f() -> None:\n    """Ends in \\\\"""\n\n\ndef g() -> None:\n    """A \\\\\n\n    b."""\n',
    "lone backslash in docstrings": 'def f() -> None:\n    """A \\u00E9, \\\\ b \\\\\\\\."""\n',
    "escaped quote at a docstring's end": 'class A:\n    """Set "x\\""""\n\n    y: str\n    """Set "y\\""""\n',
    "decorated method": "class A:\n    @property\n    def f(self, aaaaaaaaaaaaaaaaaaaaaa: int, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: int) -> int:\n        return 1\n",
}


@pytest.mark.parametrize("source", SAMPLES.values(), ids=SAMPLES.keys())
def test_pieces_come_out_as_black_formats_them(source: str) -> None:
    expected = black.format_str(source, mode=black_mode())
    assert format_sources({"m.py": source}, cache_path=None) == {"m.py": expected}


def test_a_piece_already_in_black_style_needs_no_black() -> None:
    calls: list[str] = []

    def format_source(text: str) -> str:
        calls.append(text)
        return black.format_str(text, mode=black_mode())

    piece = 'class A:\n    """Doc."""\n\n    x: int = 1\n    y: str = "s"\n\n    def f(self) -> int:\n        return self.x\n'
    oracle = StabilityOracle(format_source, black.parsing.InvalidInput)
    assert oracle.format_pieces([normalize_quotes(piece, black.strings.normalize_string_quotes)]) == [piece]
    assert oracle.untouched == 1 and oracle.whole == 0 and piece not in calls  # shapes were judged, not the piece


@pytest.mark.parametrize("docstring", ['"""A \\"quoted\\" word."""', '"""Ends in \\\\"""', '"""A \\\\\n\n    b\\\\nc."""', '"""A \\\\ \n    b."""'])
def test_docstrings_with_escaped_backslashes_need_no_black(docstring: str) -> None:
    """black skips an even run of backslashes, and leaves a docstring with a backslash at a line's end as it is."""
    calls: list[str] = []

    def format_source(text: str) -> str:
        calls.append(text)
        return black.format_str(text, mode=black_mode())

    piece = f"def f() -> None:\n    {docstring}\n    return None\n"
    assert black.format_str(piece, mode=black_mode()) == piece
    oracle = StabilityOracle(format_source, black.parsing.InvalidInput)
    assert oracle.format_pieces([piece]) == [piece]
    assert oracle.whole == 0 and piece not in calls


def test_an_attribute_docstring_with_an_escaped_quote_needs_no_black() -> None:
    """black adds a space before the closing quotes of a docstring ending in `\\"`, but leaves an attribute's
    string as it is."""
    piece = 'class A:\n    """A."""\n\n    y: str\n    """Set "y\\""""\n'
    assert black.format_str(piece, mode=black_mode()) == piece
    oracle = StabilityOracle(lambda text: black.format_str(text, mode=black_mode()), black.parsing.InvalidInput)
    assert oracle.format_pieces([piece]) == [piece]
    assert oracle.whole == 0
