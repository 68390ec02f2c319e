"""generator/render/blanklines.py decides whether black keeps a skeleton's blank lines; black is the reference.

The differential tests take every skeleton the StabilityOracle judges on the golden cases, the Mistral client
and (slow ones marked) every corpus spec's output, and compare the judge's answer with black's verdict wherever
the judge answers. The small tests pin one black rule each, and a seeded random walk over the skeleton
vocabulary checks the rules in combinations the generator does not write today.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import black
import pytest
from black.strings import normalize_string_quotes

from generator.pipeline import Options, build_model, generate_files
from generator.render import package
from generator.render.blanklines import keeps_skeleton
from generator.render.formatting import format_source, split_top_level
from generator.render.statements import normalize_quotes, parse_piece
from tests import golden_cases
from tests.corpus_path import CORPUS, require_corpus
from tests.corpus_support import corpus_specs

ROOT = Path(__file__).resolve().parent.parent
SPECS = {spec.name: spec for spec in corpus_specs(CORPUS)}


def black_keeps(program: str) -> bool:
    """black's verdict as the oracle takes it: one pass of black gives the program back (unparsable: no)."""
    try:
        return format_source(program) == program
    except black.parsing.InvalidInput:
        return False


def skeletons(sources: dict[str, str]) -> set[str]:
    """The skeletons of the pieces of `sources`, as the oracle sees them (formatting._format_stable_first)."""
    pieces = (normalize_quotes(piece, normalize_string_quotes) for text in sources.values()
              for piece in split_top_level(text))
    return {item.skeleton for item in map(parse_piece, pieces) if item is not None}


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The sources each rendering hands to black (black is left out: only the skeletons are wanted here)."""
    sources: dict[str, str] = {}

    def keep(texts: dict[str, str]) -> dict[str, str]:
        sources.update({f"{len(sources)}:{name}": text for name, text in texts.items()})
        return dict(texts)

    monkeypatch.setattr(package, "format_sources", keep)
    yield sources


def disagreements(found: set[str]) -> tuple[list[str], int]:
    """The skeletons where the judge answers otherwise than black, and how many it answers."""
    answers = {skeleton: keeps_skeleton(skeleton) for skeleton in sorted(found)}
    wrong = [s for s, verdict in answers.items() if verdict is not None and verdict != black_keeps(s)]
    return wrong, sum(verdict is not None for verdict in answers.values())


def test_the_judge_agrees_with_black_on_every_golden_skeleton(rendered: dict[str, str]) -> None:
    for case in golden_cases.cases():
        golden_cases.generated(case)
    generate_files(ROOT / "specs" / "mistral-openapi.yaml", Options(overlays=(ROOT / "specs" / "mistral.overlay.yaml",)))
    found = skeletons(rendered)
    wrong, answered = disagreements(found)
    assert wrong == []
    assert answered == len(found) > 100  # every skeleton answered today


def _corpus_params() -> list[object]:
    if not SPECS:
        return [pytest.param(None, id="no-corpus")]
    return [pytest.param(name, id=name, marks=[pytest.mark.slow] if spec.slow else []) for name, spec in SPECS.items()]


@pytest.mark.parametrize("name", _corpus_params())
def test_the_judge_agrees_with_black_on_every_corpus_skeleton(rendered: dict[str, str], name: str | None) -> None:
    require_corpus()
    assert name is not None
    api = build_model(SPECS[name].path, Options(validate=False)).api
    assert api is not None
    package.render_package(api)
    found = skeletons(rendered)
    wrong, answered = disagreements(found)
    assert wrong == []
    assert answered == len(found)


# ---- black's rules, one at a time ----------------------------------------------------------------------

KEPT = {
    "two blank lines between top-level definitions": "def f():\n    x\n\n\ndef f():\n    x\n",
    "one blank line between methods": "class C:\n    def f():\n        x\n\n    def f():\n        x\n",
    "a blank line after a class docstring": 'class C:\n    """d"""\n\n    x\n',
    "no blank line after a def docstring": 'def f():\n    """d"""\n    x\n',
    "a blank line at the start of a block": "if x:\n\n    x\n",
    "a comment keeps the definition's blank lines": "x\n\n\n# c\ndef f():\n    x\n",
    "no blank line between decorators and def": "@d\n@d\ndef f():\n    x\n",
    "one blank line after top-level imports": "import x\n\nx\n",
    "one blank line after a module docstring": '"""d"""\n\nx\n',
    "a clause after a nested def gets one blank line": "if x:\n\n    def f():\n        x\n\nelse:\n    x\n",
}
CHANGED = {
    "three blank lines become two": "x\n\n\n\nx\n",
    "two blank lines in a block become one": "def f():\n    x\n\n\n    x\n",
    "a def after code needs blank lines": "x\ndef f():\n    x\n",
    "code after a def needs blank lines": "def f():\n    x\nx\n",
    "a blank line before a def docstring goes": 'def f():\n\n    """d"""\n',
    "a blank line before a decorated def's def goes": "@d\n\ndef f():\n    x\n",
    "two blank lines after imports become one": "import x\n\n\nx\n",
    "a module docstring wants its blank line": '"""d"""\nx\n',
    "a class docstring wants its blank line": 'class C:\n    """d"""\n    x\n',
    "a comment before a def takes the def's blank lines": "x\n# c\ndef f():\n    x\n",
}
UNSURE = {
    "a stub body black joins to its def": "def f():\n    ...\n",
    "a comment at the end": "x\n# c\n",
    "a line outside the vocabulary": "match x:\n    case x:\n        x\n",
    "a program that does not parse": "if x:\nx\n",
}


@pytest.mark.parametrize("skeleton", KEPT.values(), ids=KEPT.keys())
def test_blank_lines_black_keeps(skeleton: str) -> None:
    assert black_keeps(skeleton)
    assert keeps_skeleton(skeleton) is True


@pytest.mark.parametrize("skeleton", CHANGED.values(), ids=CHANGED.keys())
def test_blank_lines_black_changes(skeleton: str) -> None:
    assert not black_keeps(skeleton)
    assert keeps_skeleton(skeleton) is False


@pytest.mark.parametrize("skeleton", UNSURE.values(), ids=UNSURE.keys())
def test_what_the_judge_leaves_to_black(skeleton: str) -> None:
    assert keeps_skeleton(skeleton) is None


# ---- combinations: a seeded random walk over the vocabulary ------------------------------------------------

_SIMPLE = ["x", "pass", "return x", "return", "raise x", "import x", '"""d"""', '"d"', "break"]
_HEADS = ["if x:", "for x in x:", "while x:", "with x:", "async for x in x:", "async with x:"]


def _program(rng: random.Random, depth: int, budget: list[int]) -> str:
    """A random program of skeleton lines with random blank lines, comments, decorators and clauses."""
    out = []
    for number in range(rng.randint(1, 4)):
        if budget[0] <= 0 and number:
            break
        budget[0] -= 1
        pad = "    " * depth

        def blank() -> str:
            return "\n" * rng.choice([0, 0, 0, 1, 1, 2, 3])

        if rng.random() < 0.15:
            out.append(blank() + pad + "# c\n")
        choice = rng.random()
        if choice < 0.45 or depth > 3 or budget[0] < 0:
            out.append(blank() + pad + rng.choice(_SIMPLE) + "\n")
        elif choice < 0.7:
            decorators = "".join(blank() + pad + "@d\n" for _ in range(rng.choice([0, 0, 1, 2])))
            head = rng.choice(["def f():", "async def f():", "class C:"])
            out.append(decorators + blank() + pad + head + "\n" + _program(rng, depth + 1, budget))
        else:
            head = rng.choice([*_HEADS, "try:"])
            out.append(blank() + pad + head + "\n" + _program(rng, depth + 1, budget))
            clause = {"if x:": rng.choice(["elif x:", "else:"]), "try:": rng.choice(["except x:", "finally:"])}
            if head in clause:
                out.append(blank() + pad + clause[head] + "\n" + _program(rng, depth + 1, budget))
    return "".join(out)


def test_the_judge_agrees_with_black_on_random_skeletons() -> None:
    rng = random.Random(14)
    wrong, answered, kept = [], 0, 0
    for _ in range(400):
        program = _program(rng, 0, [rng.randint(2, 12)]).lstrip("\n")
        for skeleton in (program, format_source(program)):  # as written (mostly changed) and as black writes it
            verdict = keeps_skeleton(skeleton)
            if verdict is not None:
                answered += 1
                kept += verdict
                wrong += [skeleton] if verdict != black_keeps(skeleton) else []
    assert wrong == []
    assert answered == 800 and 200 < kept < 700
