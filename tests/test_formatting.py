"""Formatting large modules in pieces gives exactly what black gives for the whole file."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.render import formatting
from generator.render.formatting import format_source, format_sources, split_top_level

ROOT = Path(__file__).resolve().parent.parent


def _unformatted_mistral_models() -> str:
    from generator.pipeline import build_model
    from generator.render.env import make_environment
    from generator.render.imports import MODELS_IMPORTS
    from generator.render.methods import group_views
    from generator.render.pyexpr import Expressions
    from generator.render.views import models_view

    api = build_model(ROOT / "tests" / "golden" / "mistral-seed" / "spec.yaml").api
    definitions = {d.name: d for d in api.definitions}
    group_views(api, Expressions(definitions, prefix="_m."))
    view = models_view(api, Expressions(definitions))
    return str(make_environment().get_template("models.py.jinja").render(
        imports=list(MODELS_IMPORTS), models=view, title_doc="T"))


def test_pieces_end_at_top_level_definitions() -> None:
    source = _unformatted_mistral_models()
    pieces = split_top_level(source, size=500)
    assert len(pieces) > 10
    assert "\n\n".join(pieces) == source
    assert all(piece.startswith(("@", "class ", "def ")) for piece in pieces[1:])


def test_piecewise_formatting_equals_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    source = _unformatted_mistral_models()
    whole = black.format_str(source, mode=formatting.BLACK_MODE)  # black's own two passes
    monkeypatch.setattr(formatting, "CHUNK_CHARS", 500)
    assert format_sources({"models.py": source}, workers=1, cache_path=None) == {"models.py": whole}


def test_parallel_formatting_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    source = _unformatted_mistral_models()
    monkeypatch.setattr(formatting, "CHUNK_CHARS", 2000)
    monkeypatch.setattr(formatting, "PARALLEL_CHARS", 0)
    parallel = format_sources({"m.py": source}, workers=2, cache_path=None)
    assert parallel == format_sources({"m.py": source}, workers=1, cache_path=None)


def test_cached_pieces_give_the_same_bytes(tmp_path: Path) -> None:
    source = _unformatted_mistral_models()
    cold = format_sources({"m.py": source}, cache_path=tmp_path / "cache.sqlite3")
    warm = format_sources({"m.py": source}, cache_path=tmp_path / "cache.sqlite3")
    assert cold == warm == format_sources({"m.py": source}, cache_path=None)


def test_a_triple_quote_inside_a_piece_is_never_cut() -> None:
    source = 'X = 1\n\n\n"""doc\n\n\nclass Fake: pass\n"""\n\n\nclass Real:\n    pass\n'
    pieces = split_top_level(source, size=1)
    assert all(p.count('"""') % 2 == 0 for p in pieces)


def test_one_pass_equals_black_on_mistral_models() -> None:
    """format_source runs black's formatting pass once; black.format_str runs it again when the first changed
    anything. On generated code the second pass changes nothing."""
    for piece in split_top_level(_unformatted_mistral_models()):
        assert format_source(piece) == black.format_str(piece, mode=formatting.BLACK_MODE)


@pytest.mark.parametrize("golden", sorted(p for p in (ROOT / "tests" / "golden").glob("*/expected/**/*.py.golden")),
                         ids=lambda p: str(p.relative_to(ROOT / "tests" / "golden")))
def test_every_golden_file_is_stable_under_black(golden: Path) -> None:
    text = golden.read_text(encoding="utf-8")
    assert black.format_str(text, mode=formatting.BLACK_MODE) == text


def test_pieces_shared_with_a_forked_child_give_the_same_bytes_and_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    source = _unformatted_mistral_models()
    monkeypatch.setattr(formatting.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(formatting, "SHARED_CHARS", 10**12)
    alone = format_sources({"m.py": source}, cache_path=None)
    counts = dict(formatting.LAST_RUN)
    monkeypatch.setattr(formatting, "SHARED_CHARS", 0)
    monkeypatch.setattr(formatting, "SHARED_CHUNKS", 7)
    assert format_sources({"m.py": source}, cache_path=None) == alone
    # programs are laid out once per chunk, not once per run: their count may grow, no other count changes
    assert {**formatting.LAST_RUN, "laid_out": 0} == {**counts, "laid_out": 0} and counts["pieces"] > 7


def test_shared_runs_keep_the_pieces_in_order_and_end_shorter() -> None:
    pieces = [f"x = {'1' * (number % 17)}\n" for number in range(3000)]
    runs = formatting._chunks_of(pieces, 32)
    assert [piece for run in runs for piece in run] == pieces
    lengths = [sum(map(len, run)) for run in runs]
    assert 32 <= len(runs) <= 48 and max(lengths[-3:]) < min(lengths[:3]) / 2
