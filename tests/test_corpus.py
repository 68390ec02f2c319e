"""Breadth: every spec of ../shared/corpus generates, imports, passes `mypy --strict` and `ruff`, and every
model round-trips payloads drawn from its JSON Schema. Warnings name their location; nothing is lost silently.

Skipped when ../shared/corpus is absent. Each spec is generated once per session (see tests/corpus_support.py);
the slow specs (stripe, discord, twilio, mistral-full) are marked `slow`: `pytest -m "not slow"` leaves them
out; `make test` (CI) runs them all. Known generator gaps would be `xfail(strict=False)` in KNOWN_GAPS below
(empty today: every gap found has been fixed and is pinned by a small test at the end of this file).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_path import CORPUS, require_corpus
from tests.corpus_support import EXPECTED, CorpusRun, corpus_specs, report, unnamed_losses
from tests.roundtrip import Unsupported, dumped_or_repr
from tests.test_black_stability import black_changes

SPECS = corpus_specs(CORPUS)

# (test, spec) → the generator gap that makes it fail today, as xfail(strict=False) with the gap as its reason:
# a fixed gap shows as XPASS and its entry must go. Each gap gets a small reproduction at the end of this file
# (test_gap_*, xfail too), which pins the fix once the gap is closed. Every gap found so far is fixed; the small
# reproductions of the fixed ones are the tests below the spec strings.
OTHER_GAPS: tuple[str, ...] = ()  # gaps reproduced small only: no corpus test fails on them alone
KNOWN_GAPS: dict[tuple[str, str], str | tuple[str, ...]] = {}


def _params(test: str) -> list[Any]:
    if not SPECS:
        return [pytest.param(None, id="no-corpus")]
    params = []
    for spec in SPECS:
        marks = [pytest.mark.slow] if spec.slow else []
        gap = KNOWN_GAPS.get((test, spec.name))
        if gap is not None:
            marks.append(pytest.mark.xfail(strict=False, reason=gap if isinstance(gap, str) else "; ".join(gap)))
        params.append(pytest.param(spec.name, marks=marks, id=spec.name))
    return params


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusRun]:
    """One run per session. With CORPUS_REPORT=docs/corpus.md set, the run also writes that report at the end
    (over the specs this session generated), so `make corpus-report`'s table needs no second run."""
    require_corpus()
    run = CorpusRun(tmp_path_factory.mktemp("corpus"), SPECS)
    yield run
    target = os.environ.get("CORPUS_REPORT")
    if target:
        Path(target).write_text(report(run, [s.name for s in SPECS if run.generated(s.name)]), encoding="utf-8")


def test_the_corpus_holds_every_expected_spec() -> None:
    require_corpus()
    assert EXPECTED <= {s.name for s in SPECS}, f"missing from {CORPUS}: {sorted(EXPECTED - {s.name for s in SPECS})}"


@pytest.mark.parametrize("name", _params("generate"))
def test_generates(corpus: CorpusRun, name: str) -> None:
    generation = corpus.generation(name)
    assert generation.error == "", f"{name} did not generate:\n{generation.error}"
    assert (generation.root / corpus.specs[name].package / "__init__.py").is_file()


@pytest.mark.parametrize("name", _params("warnings"))
def test_every_warning_names_its_location(corpus: CorpusRun, name: str) -> None:
    """A file and a JSON pointer that exists in it (not the document root, not a pointer relative to a schema)."""
    generation = corpus.generation(name)
    assert generation.api is not None, generation.error
    source = corpus.source(name)
    vague = []
    for finding in generation.warnings:
        try:
            file = Path(finding.location.file).resolve()
            found = bool(finding.location.pointer) and file.is_file()
            if found:
                source.lookup(file, finding.location.pointer)
        except Unsupported:
            found = False
        if not found:
            vague.append(finding.render())
    assert vague == [], "warnings without a location in the spec"


@pytest.mark.parametrize("name", _params("losses"))
def test_nothing_is_dropped_silently(corpus: CorpusRun, name: str) -> None:
    """Every operation under `paths` and every schema under components/schemas is generated or warned about."""
    generation = corpus.generation(name)
    assert generation.api is not None, generation.error
    document = corpus.source(name).document(corpus.specs[name].path.resolve())
    assert unnamed_losses(generation, document) == []


@pytest.mark.parametrize("name", _params("import"))
def test_imports(corpus: CorpusRun, name: str) -> None:
    package = corpus.module(name)
    assert isinstance(package.Client, type) and isinstance(package.AsyncClient, type)
    assert package.models.__name__ == f"{corpus.specs[name].package}.models"


@pytest.mark.parametrize("name", _params("mypy"))
def test_passes_mypy_strict(corpus: CorpusRun, name: str) -> None:
    assert corpus.generation(name).api is not None, corpus.generation(name).error
    problems = corpus.check("mypy", name).problems(corpus.specs[name].package)
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("name", _params("ruff"))
def test_passes_ruff(corpus: CorpusRun, name: str) -> None:
    assert corpus.generation(name).api is not None, corpus.generation(name).error
    problems = corpus.check("ruff", name).problems(corpus.specs[name].package)
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("name", _params("black"))
def test_black_leaves_every_file_unchanged(corpus: CorpusRun, name: str) -> None:
    """The style guarantee on real output: generation ran black only where it may change something."""
    generation = corpus.generation(name)
    assert generation.api is not None, generation.error
    assert black_changes(corpus.root / corpus.specs[name].package) == []


@pytest.mark.parametrize("name", _params("round_trip"))
def test_models_round_trip(corpus: CorpusRun, name: str) -> None:
    """from_dict then to_dict gives every drawn payload back; models that cannot be drawn are named, not lost."""
    trips = corpus.round_trips(name)
    failed = trips.with_status("failed")
    lines = [f"{r.model} ({r.source}): {r.reason}\n    payload: {dumped_or_repr(r.payload)[:600]}" for r in failed]
    assert not failed, f"{len(failed)} of {len(trips.results)} models do not round-trip:\n" + "\n".join(lines)
    assert all(r.reason for r in trips.with_status("skipped"))
    if corpus.generation(name).object_models:
        assert trips.examples > 0


@pytest.mark.slow
def test_mistral_full_reports_its_dangling_ref_as_a_warning(corpus: CorpusRun) -> None:
    if "mistral-full" not in corpus.specs:
        pytest.skip("mistral-full is not in the corpus")
    generation = corpus.generation("mistral-full")
    assert generation.api is not None, generation.error
    dangling = [f for f in generation.warnings if "points to nothing" in f.message]
    assert dangling, [f.render() for f in generation.warnings]
    for finding in dangling:
        assert Path(finding.location.file).name == "openapi-public-doc.yaml"
        assert finding.location.pointer.startswith("/") and finding.location.line


# ---- the gaps, reproduced small (no corpus needed): a fixed one pins the fix, an open one is test_gap_* ----

_UNION_ENUM_FIRST_SPEC = """\
openapi: 3.1.0
info: {title: Gap, version: '1'}
paths: {}
components:
  schemas:
    Request:
      type: object
      properties:
        tool_choice:
          oneOf:
            - {type: string, enum: [none, auto]}
            - $ref: '#/components/schemas/Named'
    Named:
      type: object
      required: [name]
      properties:
        name: {type: string}
"""

_DATE_OR_DATETIME_SPEC = """\
openapi: 3.1.0
info: {title: Gap, version: '1'}
paths: {}
components:
  schemas:
    Event:
      type: object
      required: [when]
      properties:
        when:
          anyOf:
            - {type: string, format: date-time}
            - {type: string, format: date}
"""

_STRING_OR_DATETIME_SPEC = """\
openapi: 3.1.0
info: {title: Gap, version: '1'}
paths: {}
components:
  schemas:
    Field:
      type: object
      required: [value]
      properties:
        value:
          anyOf:
            - {type: string}
            - {type: string, format: date-time}
"""

_RETURNS_JOIN_SPEC = """\
openapi: 3.0.0
info: {title: Gap, version: '1'}
paths:
  /board:
    put:
      operationId: put_square
      responses:
        '200':
          description: done
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Status'}
        '202': {description: accepted, not done yet}
components:
  schemas:
    Status:
      type: object
      properties:
        winner: {type: string}
"""

_NULLABLE_OPTIONAL_PARAM_SPEC = """\
openapi: 3.0.0
info: {title: Gap, version: '1'}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - {name: tag, in: query, required: false, schema: {type: string, nullable: true}}
      responses:
        '204': {description: none}
"""

_UNION_FIRST_OBJECT_SPEC = """\
openapi: 3.1.0
info: {title: Gap, version: '1'}
paths: {}
components:
  schemas:
    Holder:
      type: object
      required: [event]
      properties:
        event:
          oneOf:
            - $ref: '#/components/schemas/External'
            - $ref: '#/components/schemas/Stage'
    External:
      type: object
      required: [kind, meta]
      properties:
        kind: {type: integer, enum: [3]}
        meta:
          type: object
          required: [location]
          properties:
            location: {type: string}
    Stage:
      type: object
      required: [kind, meta]
      properties:
        kind: {type: integer, enum: [1]}
        meta: {type: object}
"""

_ALL_UNSORTED_SPEC = """\
openapi: 3.1.0
info: {title: Gap, version: '1'}
paths:
  /agents:
    get:
      operationId: list_agents
      tags: [agents]
      responses:
        '204': {description: none}
"""

_BAD_DEFAULT_SPEC = """\
openapi: 3.0.3
info: {title: Gap, version: '1'}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - name: sort
          in: query
          schema: {type: string, default: 1}
      responses:
        '204': {description: none}
"""

_EXPONENT_FLOAT_SPEC = """\
openapi: 3.1.0
info: {title: Gap, version: '1'}
paths: {}
components:
  schemas:
    Limits:
      type: object
      properties:
        max: {type: number, exclusiveMaximum: 1e+09}
"""


def _warnings(tmp_path: Path, spec_text: str) -> list[tuple[str, str]]:
    from generator.pipeline import Options, build_model

    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    return [(f.location.pointer, f.message) for f in build_model(spec, Options()).warnings]


def _small_package(tmp_path: Path, spec_text: str, name: str = "gap_client") -> Path:
    from generator.pipeline import Options, generate_files
    from generator.render import write_tree

    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    files, _ = generate_files(spec, Options())
    write_tree(tmp_path / name, files)
    return tmp_path / name


def _models(folder: Path) -> object:
    import importlib.util
    import sys

    for module in [m for m in sys.modules if m == folder.name or m.startswith(folder.name + ".")]:
        del sys.modules[module]
    sys.path.insert(0, str(folder.parent))
    try:
        return importlib.import_module(f"{folder.name}.models")
    finally:
        sys.path.remove(str(folder.parent))


@pytest.mark.parametrize(("spec_text", "model", "payload"), [
    pytest.param(_UNION_ENUM_FIRST_SPEC, "Request", {"tool_choice": {"name": "get_weather"}},
                 id="union-with-an-enum-first-decodes-an-object"),
    pytest.param(_DATE_OR_DATETIME_SPEC, "Event", {"when": "2024-05-01"}, id="date-or-datetime-keeps-a-date"),
    pytest.param(_STRING_OR_DATETIME_SPEC, "Field", {"value": "hello"}, id="string-or-datetime-keeps-a-string"),
    # a Stage: External would need meta.location
    pytest.param(_UNION_FIRST_OBJECT_SPEC, "Holder", {"event": {"kind": 1, "meta": {}}},
                 id="object-union-without-discriminator-picks-the-matching-variant"),
])
def test_union_decoders_round_trip(tmp_path: Path, spec_text: str, model: str, payload: dict[str, Any]) -> None:
    models = _models(_small_package(tmp_path, spec_text, "gap_union_client"))
    assert getattr(models, model).from_dict(payload).to_dict() == payload


@pytest.mark.parametrize(("tool", "spec_text"), [
    pytest.param("mypy", _RETURNS_JOIN_SPEC, id="operation-with-model-and-empty-responses-passes-mypy"),
    pytest.param("ruff", _NULLABLE_OPTIONAL_PARAM_SPEC, id="optional-nullable-parameter-passes-ruff"),
    pytest.param("ruff", _ALL_UNSORTED_SPEC, id="resources-all-is-sorted"),
])
def test_generated_small_package_passes(tmp_path: Path, tool: str, spec_text: str) -> None:
    from tests.corpus_support import run_mypy, run_ruff

    package = _small_package(tmp_path, spec_text, "gap_lint_client")
    problems = (run_mypy if tool == "mypy" else run_ruff)(tmp_path, [package.name]).problems(package.name)
    assert problems == [], "\n".join(problems)


def test_export_order_is_the_order_ruff_wants(tmp_path: Path) -> None:
    """RUF022's isort-style sort: CONSTANT_CASE, then Capitalised, then the rest; digit runs compare as numbers."""
    from generator.render.views import export_order
    from tests.corpus_support import run_ruff

    names = ["Model10", "Model2", "API", "AsyncAgents", "Agents", "V2", "helper", "Model02", "_private", "a1b", "a10"]
    assert export_order(names)[:3] == ["API", "V2", "Agents"]
    package = tmp_path / "exports"
    package.mkdir()
    (package / "__init__.py").write_text(f"__all__ = {export_order(names)!r}\n", encoding="utf-8")
    problems = run_ruff(tmp_path, [package.name]).problems(package.name)
    assert problems == [], "\n".join(problems)


def test_a_bad_default_is_reported_where_it_is(tmp_path: Path) -> None:
    (pointer, message), = _warnings(tmp_path, _BAD_DEFAULT_SPEC)
    assert "1 is not of type 'string'" in message
    assert pointer == "/paths/~1things/get/parameters/0/schema/default", pointer


def test_an_exponent_without_a_dot_is_a_number(tmp_path: Path) -> None:
    assert _warnings(tmp_path, _EXPONENT_FLOAT_SPEC) == []
