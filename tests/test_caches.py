"""The caches of the cache folder (validator findings, compiled templates) and stable union decoder names.

A cache is a shortcut only: the same spec gives the same files and the same findings, at the same lines,
whatever the cache folder holds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.findings import Finding
from generator.load import validate
from generator.pipeline import build_model, generate_files
from generator.render.unions import MAX_NAME_CHARS, UnionCase, decoder_name

ROOT = Path(__file__).resolve().parent.parent
HEADER = "openapi: 3.1.0\ninfo: {title: Caches, version: '1'}\n"
BAD_PATHS = """\
paths:
  /pets:
    get: {operationId: listPets, parameters: [{$ref: 'parts.yaml#/Limit'}], responses: {'200': {}}}
"""
PARTS = "Limit: {name: limit, in: query, schema: {type: integer}}\n"


def _spec(folder: Path, parts: str = PARTS) -> Path:
    (folder / "parts.yaml").write_text(parts, encoding="utf-8")
    path = folder / "spec.yaml"
    path.write_text(HEADER + BAD_PATHS, encoding="utf-8")
    return path


def _warnings(path: Path) -> list[Finding]:
    return build_model(path).warnings


def _use_cache(monkeypatch: pytest.MonkeyPatch, folder: Path | str) -> None:
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", str(folder))


def test_cached_validator_findings_are_the_findings_at_the_same_places(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = _spec(tmp_path)
    _use_cache(monkeypatch, "off")
    uncached = _warnings(path)
    assert any(w.message.startswith("validator:") and w.location.line for w in uncached)
    _use_cache(monkeypatch, tmp_path / "cache")
    cold = _warnings(path)
    calls: list[object] = []
    monkeypatch.setattr(validate, "validator_events", lambda *args: calls.append(args) or [])
    warm = _warnings(path)
    assert calls == []  # from the cache
    assert uncached == cold == warm


def test_a_changed_referenced_file_is_validated_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_cache(monkeypatch, tmp_path / "cache")
    path = _spec(tmp_path)
    _warnings(path)
    _spec(tmp_path, parts="Limit: {name: limit, in: query, schema: {type: integer}, required: yes-please}\n")
    calls: list[object] = []
    real = validate.validator_events
    monkeypatch.setattr(validate, "validator_events", lambda *args: calls.append(args) or real(*args))
    _warnings(path)
    assert len(calls) == 1


def test_a_warm_run_imports_neither_the_validator_nor_black(tmp_path: Path) -> None:
    path = _spec(tmp_path)
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from generator.pipeline import generate_files
        files, warnings = generate_files(Path({str(path)!r}))
        heavy = sorted(m for m in ("black", "openapi_spec_validator") if m in sys.modules)
        print(len(files), len(warnings), heavy)
        """)
    env = {"PYCLIENT_GEN_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                           check=True).stdout.split() for _ in range(2)]
    assert runs[0][-1] != "[]"  # cold: both were needed
    assert runs[1][:2] == runs[0][:2] and runs[1][-1] == "[]"


def test_generated_files_do_not_depend_on_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "tests" / "golden" / "unions" / "spec.yaml"
    _use_cache(monkeypatch, "off")
    expected = generate_files(path)
    _use_cache(monkeypatch, tmp_path / "cache")
    assert generate_files(path) == generate_files(path) == expected


def test_an_unusable_cache_folder_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    path = _spec(tmp_path)
    _use_cache(monkeypatch, "off")
    expected = generate_files(path)
    _use_cache(monkeypatch, blocker / "cache")
    assert generate_files(path) == expected


# ---- union decoder names ---------------------------------------------------------------------------------------


CASES = [UnionCase("isinstance(data, dict)", "A.from_dict(data)")]


def test_a_decoder_is_named_after_its_members() -> None:
    assert decoder_name("NamedTool | str", CASES, set()) == "_decode_NamedTool_or_str"
    assert decoder_name("list[Foo] | dict[str, Bar] | _dt.date", CASES, set()) == (
        "_decode_list_Foo_or_dict_str_Bar_or_dt_date")


def test_long_or_taken_names_end_in_a_hash_of_the_decoder() -> None:
    long = " | ".join(f"VeryLongClassName{i}" for i in range(10))
    name = decoder_name(long, CASES, set())
    assert len(name) <= MAX_NAME_CHARS and name.isidentifier()
    assert name == decoder_name(long, CASES, set())  # deterministic
    other = [UnionCase("isinstance(data, list)", "B.from_dict(data)")]
    taken = decoder_name("A | B", other, {"_decode_A_or_B"})
    assert taken.startswith("_decode_A_or_B_") and taken != decoder_name("A | B", CASES, {"_decode_A_or_B"})
    assert decoder_name("A | B", CASES, {"_decode_A_or_B", taken}) not in {taken, "_decode_A_or_B"}


def test_names_are_identifiers_whatever_the_annotation() -> None:
    for annotation in ("Any | None", "Literal['x'] | int", "é | ü"):
        assert decoder_name(annotation, CASES, set()).isidentifier()


def test_a_union_added_early_leaves_later_decoder_names_alone(tmp_path: Path) -> None:
    spec = (ROOT / "tests" / "golden" / "unions" / "spec.yaml").read_text(encoding="utf-8")
    before = generate_files(ROOT / "tests" / "golden" / "unions" / "spec.yaml")[0]["models.py"].decode()
    marker = "components:\n  schemas:\n"
    assert marker in spec
    extra = "    AAAFirst:\n      type: object\n      properties:\n        v: {oneOf: [{type: integer}, {type: string, format: date}]}\n"
    changed = tmp_path / "spec.yaml"
    changed.write_text(spec.replace(marker, marker + extra), encoding="utf-8")
    after = generate_files(changed)[0]["models.py"].decode()
    old_names = {line.split("(")[0] for line in before.splitlines() if line.startswith("def _decode_")}
    new_names = {line.split("(")[0] for line in after.splitlines() if line.startswith("def _decode_")}
    assert old_names < new_names
