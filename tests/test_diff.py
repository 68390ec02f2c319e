"""`diff OLD NEW`: one golden pair per kind of change (tests/diff_cases/<case>), the output formats and exit
codes, bad inputs, generated packages as OLD, and the real Mistral spec updates of ../shared/corpus."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.diff import Change, call_text, compare
from generator.model.types import Api, PageInput, Pagination, Primitive
from generator.pipeline import Options, build_model
from tests.corpus_path import CORPUS, CORPUS_MISSING
from tests.test_bad_inputs import CASES as BAD_CASES
from tests.test_bad_inputs import INPUTS as BAD_INPUTS
from tests.test_bad_inputs import Case as BadCase

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "diff_cases"
V1_1_33 = CORPUS / "mistral-history" / "openapi-public-doc.v1.1.33.yaml"
V1_3_0 = CORPUS / "mistral-history" / "openapi-public-doc.v1.3.0.yaml"
V1_5_0 = CORPUS / "mistral-full" / "openapi-public-doc.yaml"


def _api(spec: Path, validate: bool = True) -> Api:
    return build_model(spec, Options(validate=validate)).api


def _pair(case: str) -> tuple[Path, Path]:
    folder = CASES / case
    return folder / "old.yaml", next(p for p in sorted(folder.iterdir()) if p.stem == "new")


def _where(change: Change) -> str:
    return change.operation or change.model


def _run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()))
def test_case_gives_its_changes(case: str) -> None:
    old, new = _pair(case)
    expected = json.loads((CASES / case / "expected.json").read_text())
    changes = compare(_api(old), _api(new))
    assert sorted([c.severity, c.kind, _where(c)] for c in changes) == sorted(expected)
    assert changes == sorted(changes, key=Change.sort_key)


def test_a_spec_against_itself_reports_nothing() -> None:
    old, _ = _pair("operations")
    result = _run("diff", old, old, "--summary", "--fail-on-breaking")
    assert (result.exit_code, result.output) == (0, "diff: no API changes\n")


def test_json_names_the_call_and_the_endpoint() -> None:
    result = _run("diff", *_pair("operations"), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["old"]["version"] == "1.0" and report["old"]["source"].endswith("old.yaml")
    removed = report["changes"][0]
    assert removed == {"severity": "breaking", "kind": "operation-removed", "operation": "POST /v1/items",
                       "call": "client.items.create", "detail": "operation removed"}
    assert report["summary"] == {"breaking": 1, "compatible": 2,
                                 "by_kind": {"operation-added": 1, "operation-deprecated": 1,
                                             "operation-removed": 1}}


def test_a_change_to_a_model_lists_the_calls_using_it() -> None:
    report = json.loads(_run("diff", *_pair("response-fields"), "--format", "json").output)
    maker = next(c for c in report["changes"] if c.get("model") == "Maker")
    assert maker["operation"] is None and maker["call"] is None
    assert maker["used_by"] == ["client.items.create", "client.items.get", "client.items.list"]
    assert "country" in maker["detail"] and "str → int" in maker["detail"]


def test_an_operation_that_also_streams_names_both_calls() -> None:
    report = json.loads(_run("diff", *_pair("stream-added"), "--format", "json").output)
    assert report["changes"] == [{"severity": "compatible", "kind": "stream-changed", "operation": "POST /v1/items",
                                  "call": "client.items.create", "detail": "streaming method "
                                  "`stream` added", "stream_call": "client.items.stream"}]
    text = _run("diff", *_pair("stream-added"), "--format", "markdown").output
    assert "- `client.items.create()` and `client.items.stream()` (`POST /v1/items`):" in text


def test_fail_on_breaking_exits_1_only_when_something_breaks() -> None:
    assert _run("diff", *_pair("parameter-removed"), "--fail-on-breaking").exit_code == 1
    assert _run("diff", *_pair("parameter-removed")).exit_code == 0
    assert _run("diff", *_pair("stream-added"), "--fail-on-breaking").exit_code == 0


def test_summary_line() -> None:
    result = _run("diff", *_pair("request-fields"), "--summary", "--since", "HEAD")
    assert result.output == "diff: 2 breaking, 2 compatible changes since HEAD\n"


def test_markdown_lists_breaking_changes_first() -> None:
    result = _run("diff", *_pair("operations"), "--format", "markdown")
    text = result.output
    assert text.startswith("## API changes in 1.0\n")
    assert text.index("### Breaking changes") < text.index("`client.items.create()` (`POST /v1/items`)") \
        < text.index("### Other changes") < text.index("`client.items.delete()`")


def test_text_output() -> None:
    text = _run("diff", *_pair("parameters")).output
    assert "diff: 4 breaking, 2 compatible changes" in text
    assert "parameter-required" in text and "client.items.list() (GET /v1/items)" in text


@pytest.mark.parametrize("side", ["old", "new"])
def test_a_bad_spec_on_either_side_exits_2_with_its_location(tmp_path: Path, side: str) -> None:
    good, _ = _pair("identical")
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a: [unclosed\n")
    pair = (bad, good) if side == "old" else (good, bad)
    result = _run("diff", *pair)
    assert result.exit_code == 2
    assert f"{bad}:4" in result.output or f"{bad}:5" in result.output
    assert "nothing was compared" in result.output and "Traceback" not in result.output


_REJECTED = [c for c in BAD_CASES if not c.lenient and not c.spec.startswith("@") and not c.flags]


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("case", _REJECTED, ids=[c.name for c in _REJECTED])
def test_every_rejected_bad_input_exits_2_with_generates_finding(case: BadCase, side: str) -> None:
    """The bad inputs of tests/test_bad_inputs.py that `generate` rejects, on either side of `diff`."""
    bad, good = BAD_INPUTS / case.spec, BAD_INPUTS / "_valid.yaml"
    pair = (bad, good) if side == "old" else (good, bad)
    overlay = ("--overlay", BAD_INPUTS / case.overlay) if case.overlay else ()
    result = _run("diff", *pair, *overlay)
    assert result.exit_code == 2, result.output
    assert re.search(case.message, result.output) and re.search(case.where, result.output), result.output
    assert "nothing was compared" in result.output and "Traceback" not in result.output


def test_a_missing_spec_exits_2(tmp_path: Path) -> None:
    result = _run("diff", tmp_path / "absent.yaml", _pair("identical")[0])
    assert result.exit_code == 2 and "absent.yaml" in result.output


def _package(tmp_path: Path, spec: Path, digest_of: bytes) -> Path:
    folder = tmp_path / "shop_client"
    folder.mkdir()
    record = {"generator": "0", "spec": str(spec), "overlays": [], "sha256": hashlib.sha256(digest_of).hexdigest()}
    (folder / "_provenance.json").write_text(json.dumps(record))
    return folder


def test_a_generated_package_stands_for_its_spec(tmp_path: Path) -> None:
    old, new = _pair("parameter-removed")
    package = _package(tmp_path, old, old.read_bytes())
    result = _run("diff", package, new, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["old"]["source"] == str(package)
    assert [c["kind"] for c in report["changes"]] == ["parameter-removed"]


def test_a_package_whose_spec_changed_or_vanished_exits_2(tmp_path: Path) -> None:
    old, new = _pair("parameter-removed")
    changed = _run("diff", _package(tmp_path, old, b"another spec"), new)
    assert changed.exit_code == 2 and "not available" in changed.output and "pass the spec" in changed.output
    gone = tmp_path / "gone"
    gone.mkdir()
    (gone / "_provenance.json").write_text(json.dumps({"spec": str(tmp_path / "x.yaml"), "overlays": [],
                                                       "sha256": ""}))
    result = _run("diff", gone, new)
    assert result.exit_code == 2 and "x.yaml, which is not available" in result.output
    assert _run("diff", tmp_path, new).exit_code == 2  # a folder without _provenance.json


def test_the_forked_build_the_in_process_one_and_the_fallback_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.diff import build

    pair = _pair("response-fields")
    forked = _run("diff", *pair, "--format", "json").output
    monkeypatch.setattr(build, "_child", lambda write, source, options: os._exit(1))  # the child fails
    assert _run("diff", *pair, "--format", "json").output == forked
    monkeypatch.setattr(build, "can_fork", lambda: False)
    assert _run("diff", *pair, "--format", "json").output == forked
    assert json.loads(forked)["summary"]["breaking"] == 4


def test_same_output_whatever_the_hash_seed() -> None:
    def run(seed: str) -> bytes:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-m", "generator", "diff", *map(str, _pair("models")), "--format",
                               "json"], cwd=ROOT, env=env, capture_output=True, check=True, timeout=120).stdout
    first = run("1")
    assert first == run("2") and json.loads(first)["summary"]["breaking"] == 3


def test_call_text_takes_dotted_groups() -> None:
    assert call_text("batch.jobs", "create") == "client.batch.jobs.create"
    assert call_text("ocr", "process") == "client.ocr.process"


def test_a_pager_gained_or_lost_is_reported() -> None:
    base = _api(_pair("identical")[0], validate=False)
    op = base.groups[0].operations[0]

    def with_pagination(value: Pagination | None) -> Api:
        group = base.groups[0]
        paged = (replace(op, pagination=value), *group.operations[1:])
        return replace(base, groups=(replace(group, operations=paged), *base.groups[1:]))

    cursor = Pagination("cursor", "x-pyclient-pagination", Primitive("str"), results=("data",),
                        cursor=PageInput("after", "after", "query"), next_cursor=("next",))
    added = compare(with_pagination(None), with_pagination(cursor))
    assert [(c.severity, c.kind) for c in added] == [("compatible", "pagination-changed")]
    assert [(c.severity, c.kind) for c in compare(with_pagination(cursor), with_pagination(None))] == \
        [("breaking", "pagination-changed")]
    assert compare(with_pagination(cursor), with_pagination(replace(cursor))) == []
    offset = replace(cursor, kind="offset")
    assert [(c.severity, c.kind) for c in compare(with_pagination(cursor), with_pagination(offset))] == \
        [("breaking", "pagination-changed")]


def test_markdown_is_one_line_when_nothing_changed() -> None:
    old, _ = _pair("identical")
    assert _run("diff", old, old, "--format", "markdown").output == "No API changes from Shop 1.0 to 1.0.\n"


def test_old_overlay_applies_to_old_only(tmp_path: Path) -> None:
    old, new = _pair("identical")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
                       "  - target: $.paths['/v1/items'].get\n    update: {x-pyclient-method: all}\n")
    report = json.loads(_run("diff", old, new, "--old-overlay", overlay, "--format", "json").output)
    assert [(c["kind"], c["detail"]) for c in report["changes"]] == \
        [("operation-renamed", "`client.items.all` is now `client.items.list`")]
    assert _run("diff", old, new, "--overlay", overlay, "--summary").output == "diff: no API changes\n"


# ---- the real Mistral spec updates ---------------------------------------------------------------------------

needs_corpus = pytest.mark.skipif(not V1_5_0.is_file() or not V1_1_33.is_file(), reason=CORPUS_MISSING)


def _kinds(changes: list[Change]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts


@pytest.fixture(scope="module")
def mistral() -> dict[str, Api]:
    return {name: _api(path, validate=False) for name, path in
            (("1.1.33", V1_1_33), ("1.3.0", V1_3_0), ("1.5.0", V1_5_0))}


@needs_corpus
@pytest.mark.slow
def test_mistral_1_1_33_to_1_3_0(mistral: dict[str, Api]) -> None:
    """Checked by hand: 43 method+path pairs gone, 49 new. 38 of the gone ones moved (the admin API from
    /api/admin/... to /v1/admin/..., same calls): their calls keep working. The other 5 are the Le Chat analytics
    calls, replaced by the Vibe work/code analytics ones (new groups, new calls). Enum values: AuditLogEventType
    163 → 198, TargetType 38 → 45, StaticWorkspaceRoles 11 → 12, five inline role enums one each: 48 added."""
    changes = compare(mistral["1.1.33"], mistral["1.3.0"])
    kinds = _kinds(changes)
    assert (kinds["operation-removed"], kinds["operation-moved"], kinds["operation-added"]) == (5, 38, 11)
    removed = {c.operation for c in changes if c.kind == "operation-removed"}
    assert all(op.startswith("GET /api/admin/analytics/vibe/usage/") for op in removed)
    assert all(c.severity == "breaking" and c.call.startswith("client.") for c in changes
               if c.kind == "operation-removed")
    moved = next(c for c in changes if c.operation == "DELETE /v1/admin/api-keys/{key_id}")
    assert (moved.kind, moved.severity, moved.detail) == \
        ("operation-moved", "compatible", "moved from DELETE /api/admin/api-keys/{key_id}")
    assert {(c.kind, c.detail) for c in changes if c.operation == "POST /v1/connectors"} >= {
        ("request-field-removed", "argument `protocol` removed")}
    assert kinds == {"enum-value-added": 48, "model-added": 16, "model-removed": 4, "model-renamed": 5,
                     "operation-added": 11, "operation-moved": 38, "operation-removed": 5, "parameter-added": 1,
                     "request-field-optional": 1, "request-field-removed": 3, "request-field-type-changed": 3,
                     "response-field-added": 19, "response-field-type-changed": 1, "response-type-changed": 1}
    assert sum(c.severity == "breaking" for c in changes) == 21


@needs_corpus
@pytest.mark.slow
def test_mistral_1_3_0_to_1_5_0(mistral: dict[str, Api]) -> None:
    changes = compare(mistral["1.3.0"], mistral["1.5.0"])
    kinds = _kinds(changes)
    # `update_index_metrics` moved from /v1/rag/indexes/index/{index_id}/metrics to /v1/rag/deployments/
    # {deployment_id}/metrics: the same call, client.beta.rag.search_indexes.update_metrics, under the derived names
    assert (kinds["operation-removed"], kinds.get("operation-moved", 0), kinds["operation-added"]) == (20, 1, 15)
    assert (sum(c.severity == "breaking" for c in changes), len(changes)) == (56, 257)
    assert {(c.kind, c.detail) for c in changes if c.operation == "PATCH /v1/connectors/{connector_id}"} >= {
        ("request-field-removed", "argument `auth_data` removed"), ("request-field-removed", "argument `headers` removed")}
    assert all(c.operation.startswith(("DELETE /v1/rag/", "GET /v1/rag/", "POST /v1/rag/", "PUT /v1/rag/",
                                       "POST /v1/connectors/{connector_id}/"))
               for c in changes if c.kind == "operation-removed")


@needs_corpus
@pytest.mark.slow
def test_mistral_spec_against_itself_reordered_as_json(mistral: dict[str, Api], tmp_path: Path) -> None:
    import yaml  # the test's own use: the corpus spec dumped again, keys reversed

    def reverse(value: object) -> object:
        if isinstance(value, dict):
            return {k: reverse(v) for k, v in reversed(list(value.items()))}
        return [reverse(v) for v in value] if isinstance(value, list) else value

    dumped = tmp_path / "spec.json"
    dumped.write_text(json.dumps(reverse(yaml.safe_load(V1_5_0.read_text())), default=str))
    assert compare(mistral["1.5.0"], _api(dumped, validate=False)) == []
    assert os.path.getsize(dumped) > 500_000

