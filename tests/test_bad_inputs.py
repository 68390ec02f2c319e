"""Bad input to the generator: every malformed spec ends cleanly, in a separate process, as a user would run it.

Each case runs `python -m generator generate CASE --output <tmp>/pkg_client` in a child process limited to
`MEMORY_LIMIT` of address space (RLIMIT_AS) and `TIME_LIMIT` seconds, with a previously generated package
already in the output folder. The inputs are the files in tests/bad_inputs/ (a few lines each) plus the large
ones built here (10,000 and 100,000 levels of nesting, 50 MB strings, a 65 MB file, ...).

- A rejected case exits 2; stderr has an `error:` line naming the file (and its line and JSON pointer where
  it has one), the expected problem and a hint in parentheses, and "nothing was written"; the output folder
  is unchanged byte for byte; no traceback.
- A lenient case (the spec is usable; lenient by design, see the README) exits 0 with a warning that names the
  file and the problem, and exits 2 under `--strict`, as a rejected case.

The cases run in parallel processes; the whole suite takes well under a minute.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.findings import Findings
from generator.load import reader
from generator.pipeline import Options, generate_files
from generator.render import write_tree

ROOT = Path(__file__).resolve().parent.parent
INPUTS = Path(__file__).resolve().parent / "bad_inputs"
VALID = INPUTS / "_valid.yaml"
MEMORY_LIMIT = 2 * 1024**3
TIME_LIMIT = 30.0  # a hard bound against hangs; generous because CI machines are shared
PARALLEL = max(2, min(6, os.cpu_count() or 2))
DEEP = "nesting deeper than 100 levels"


@dataclass(frozen=True)
class Case:
    name: str
    spec: str  # a file under tests/bad_inputs/, or "@<builder>" for an input built in the temporary folder
    message: str  # a regular expression the finding's message must match
    where: str = ""  # a regular expression for the location that precedes ": error:" / ": warning:"
    overlay: str = ""
    lenient: bool = False
    flags: tuple[str, ...] = ()


CASES = [
    # -- not a usable document at all
    Case("not YAML", "not_yaml.yaml", r"not valid YAML", r"not_yaml\.yaml:3"),
    Case("not JSON", "not_json.json", r"not valid JSON", r"not_json\.json:3"),
    Case("empty file", "empty.yaml", r"the file is empty", r"empty\.yaml"),
    Case("a list at the top", "list_at_top.yaml", r"the top level is a list", r"list_at_top\.yaml:1"),
    Case("a string at the top", "scalar_at_top.json", r"the top level is a string", r"scalar_at_top\.json:1"),
    Case("no openapi key", "no_openapi_key.yaml", r"no `openapi` version key", r"no_openapi_key\.yaml:1"),
    Case("swagger 2.0", "swagger_2.yaml", r"Swagger 2\.0 .*not supported", r"swagger_2\.yaml:1"),
    Case("openapi 2.0", "openapi_2_0.yaml", r"OpenAPI 2\.0 is not supported", r"openapi_2_0\.yaml:1 #/openapi"),
    Case("openapi 4.0", "openapi_4_0.yaml", r"OpenAPI 4\.0\.0 is not supported", r"openapi_4_0\.yaml:1 #/openapi"),
    Case("two YAML documents", "multi_document.yaml", r"more than one YAML document", r"multi_document\.yaml:4"),
    Case("not UTF-8", "not_utf8.yaml", r"not UTF-8: byte 33", r"not_utf8\.yaml:2"),
    Case("UTF-16", "utf16.yaml", r"not UTF-8.*UTF-16", r"utf16\.yaml:1"),
    Case("a NUL byte", "nul_byte.yaml", r"not valid YAML: unacceptable character", r"nul_byte\.yaml"),
    Case("a python YAML tag", "python_tag.yaml", r"unsupported YAML tag .*python/object/apply",
         r"python_tag\.yaml:3"),
    Case("a YAML set", "yaml_set_tag.yaml", r"unsupported YAML tag .*set", r"yaml_set_tag\.yaml:4"),
    Case("a list as a key", "mapping_key_is_a_list.yaml", r"a mapping key is a list",
         r"mapping_key_is_a_list\.yaml:4"),
    Case("an undefined alias", "undefined_alias.yaml", r"alias \*nowhere refers to no anchor",
         r"undefined_alias\.yaml:3"),
    Case("a 5,000-digit number", "huge_integer.json", r"more than 4,300 digits", r"huge_integer\.json:2"),
    # -- limits
    Case("billion laughs", "billion_laughs.yaml", r"YAML aliases expand to more than 1,000,000 values",
         r"billion_laughs\.yaml:\d+"),
    Case("a recursive alias", "recursive_alias.yaml", r"recursive alias", r"recursive_alias\.yaml:9"),
    Case("10,000 levels (JSON)", "@deep_json", DEEP, r"deep_json\.json:1"),
    Case("10,000 levels of schemas (YAML)", "@deep_yaml", DEEP, r"deep_yaml\.yaml:6"),
    Case("100,000 levels (YAML flow)", "@deeper_yaml", DEEP, r"deeper_yaml\.yaml:6"),
    Case("100,000 levels (YAML - - -)", "@compact_yaml", DEEP, r"compact_yaml\.yaml:7"),
    Case("150 levels of schemas (JSON)", "@deep_schema", DEEP,
         r"deep_schema\.json:\d+ #/components/schemas/Deep(/properties(/a)?)+"),
    Case("a 50 MB string (JSON)", "@huge_string_json", r"a string of 52,428,800 characters, over the 1,000,000",
         r"huge_string_json\.json:1 #/info/description"),
    Case("a 50 MB string (YAML)", "@huge_string_yaml", r"a string of 52,428,800 characters",
         r"huge_string_yaml\.yaml:5"),
    Case("a 65 MB file", "@huge_file", r"the file is 68,157,440 bytes, over the 67,108,864-byte limit",
         r"huge_file\.yaml"),
    Case("a missing spec", "@missing", r"cannot read file", r"missing\.yaml"),
    Case("a folder as the spec", "@folder", r"cannot read file", r"folder\.yaml"),
    # -- references
    Case("$ref to a missing file", "ref_missing_file.yaml", r"no_such_file\.yaml does not exist",
         r"ref_missing_file\.yaml:6 #/components/schemas/Pet"),
    Case("$ref to an unusable file", "ref_to_unreadable_file.yaml", r"not_utf8\.yaml cannot be used",
         r"ref_to_unreadable_file\.yaml:6 #/components/schemas/Pet"),
    Case("$ref outside the folder", "nested/ref_outside_folder.yaml", r"points outside the spec's folder",
         r"ref_outside_folder\.yaml:6 #/components/schemas/Secret"),
    Case("$ref to an absolute path", "ref_absolute_path.yaml", r"'/etc/passwd#/x' points outside",
         r"ref_absolute_path\.yaml:6 #/components/schemas/Passwd"),
    Case("$ref over https", "ref_http.yaml", r"remote \$ref .*https://example\.invalid.* is refused",
         r"ref_http\.yaml:6 #/components/schemas/Pet"),
    Case("$ref to a file: URL", "ref_file_url.yaml", r"remote \$ref 'file:///etc/passwd' is refused",
         r"ref_file_url\.yaml:6 #/components/schemas/Pet"),
    Case("$ref cycle with no schema", "ref_cycle.yaml", r"\$ref chain loops back",
         r"ref_cycle\.yaml:[67] #/components/schemas/[AB]"),
    Case("$ref to itself", "ref_self.yaml", r"\$ref chain loops back", r"ref_self\.yaml:6 #/components/schemas/A"),
    # -- overlays
    Case("overlay not YAML", "_valid.yaml", r"not valid YAML", r"overlay_not_yaml\.overlay\.yaml:3",
         overlay="overlay_not_yaml.overlay.yaml"),
    Case("overlay without actions", "_valid.yaml", r"the overlay has no 'actions'",
         r"overlay_no_actions\.overlay\.yaml:\d+ #/actions", overlay="overlay_no_actions.overlay.yaml"),
    Case("overlay with a broken JSONPath", "_valid.yaml", r"invalid JSONPath in target",
         r"overlay_bad_jsonpath\.overlay\.yaml:4 #/actions/0/target", overlay="overlay_bad_jsonpath.overlay.yaml"),
    Case("overlay copying a million values", "_valid.yaml", r"would copy more than 1,000,000 values",
         r"overlay_copy_bomb\.overlay\.yaml:6 #/actions/0/update", overlay="overlay_copy_bomb.overlay.yaml"),
    Case("overlay nesting too deep", "_valid.yaml", r"after the overlays, the document nests deeper than 100",
         r"overlay_too_deep\.overlay\.yaml", overlay="overlay_too_deep.overlay.yaml"),
    # -- usable, so lenient by default (a warning), and errors under --strict
    Case("duplicate operationIds", "duplicate_operation_ids.yaml", r"duplicate operationId 'fetch'",
         r"duplicate_operation_ids\.yaml:5 #/paths/~1b/get/operationId", lenient=True),
    Case("a schema named None", "schema_named_none.yaml", r"schema name 'None' .*its class is named NoneModel",
         r"schema_named_none\.yaml:6 #/components/schemas/None", lenient=True),
    Case("a schema named __init__", "schema_named_dunder_init.yaml", r"schema name '__init__' .*named Init",
         r"schema_named_dunder_init\.yaml:6 #/components/schemas/__init__", lenient=True),
    Case("$ref to a missing pointer", "ref_missing_pointer.yaml", r"'#/components/schemas/Owner' points to nothing",
         r"ref_missing_pointer\.yaml:6 #/components/schemas/Pet/properties/owner", lenient=True),
    Case("overlay target matching nothing", "_valid.yaml", r"target matched nothing",
         r"overlay_target_matches_nothing\.overlay\.yaml:4 #/actions/0/target",
         overlay="overlay_target_matches_nothing.overlay.yaml", lenient=True),
    Case("allOf of conflicting types", "allof_conflicting_types.yaml", r"allOf combines the types string, integer",
         r"allof_conflicting_types\.yaml:6 #/components/schemas/Both/allOf", lenient=True),
    Case("a path parameter not in the path", "path_param_not_in_path.yaml",
         r"path parameter 'petId' does not appear in the path '/pets'",
         r"path_param_not_in_path\.yaml:7 #/paths/~1pets/get/parameters/0", lenient=True),
    Case("values of the wrong type", "wrong_shapes.yaml", r"`servers` is the number 5, not a list; left out",
         r"wrong_shapes\.yaml:3 #/servers", lenient=True),
    Case("paths as a list", "paths_is_a_list.yaml", r"`paths` is a list, not a mapping; left out",
         r"paths_is_a_list\.yaml:3 #/paths", lenient=True),
    Case("an unquoted version number", "openapi_version_number.yaml", r"`openapi` is the number 3\.1",
         r"openapi_version_number\.yaml:1 #/openapi", lenient=True),
    Case("$ref outside the folder, allowed", "nested/ref_outside_folder.yaml", r"", lenient=True,
         flags=("--allow-outside-refs",)),
]

# ---- inputs too large to keep in the repository -----------------------------------------------------------

_HEAD = 'openapi: 3.1.0\ninfo: {title: Deep, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Deep: '


def _deep_json(folder: Path) -> Path:
    text = '{"type": "string"}'
    for _ in range(10_000):
        text = '{"type": "object", "properties": {"a": ' + text + "}}"
    doc = '{"openapi": "3.1.0", "info": {"title": "Deep", "version": "1"}, "paths": {}, "components": '
    return _write(folder / "deep_json.json", doc + '{"schemas": {"Deep": ' + text + "}}}")


def _deep_schema(folder: Path) -> Path:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(150):
        schema = {"type": "object", "properties": {"a": schema}}
    spec = {"openapi": "3.1.0", "info": {"title": "Deep", "version": "1"}, "paths": {},
            "components": {"schemas": {"Deep": schema}}}
    return _write(folder / "deep_schema.json", json.dumps(spec, indent=1))


def _builders() -> dict[str, Callable[[Path], Path]]:
    levels = 10_000
    flow = "{type: object, properties: {a: " * levels + "{type: string}" + "}}" * levels
    return {
        "deep_json": _deep_json,
        "deep_schema": _deep_schema,
        "deep_yaml": lambda f: _write(f / "deep_yaml.yaml", _HEAD + flow + "\n"),
        "deeper_yaml": lambda f: _write(f / "deeper_yaml.yaml", _HEAD + "[" * 100_000 + "]" * 100_000 + "\n"),
        "compact_yaml": lambda f: _write(f / "compact_yaml.yaml", _HEAD + "\n      " + "- " * 100_000 + "x\n"),
        "huge_string_json": lambda f: _write(f / "huge_string_json.json", json.dumps(
            {"openapi": "3.1.0", "info": {"title": "Big", "version": "1", "description": "x" * 50 * 2**20},
             "paths": {}})),
        "huge_string_yaml": lambda f: _write(f / "huge_string_yaml.yaml", 'openapi: 3.1.0\ninfo:\n  title: Big\n'
                                             '  version: "1"\n  description: "' + "x" * 50 * 2**20 + '"\npaths: {}\n'),
        "huge_file": _huge_file,
        "missing": lambda f: f / "missing.yaml",
        "folder": _folder,
    }


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _huge_file(folder: Path) -> Path:
    path = folder / "huge_file.yaml"
    with path.open("wb") as out:  # sparse: 65 MiB on paper, nothing on disk
        out.write(b"openapi: 3.1.0\n")
        out.truncate(65 * 2**20)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "folder.yaml"
    path.mkdir()
    return path


# ---- running the cases ------------------------------------------------------------------------------------

_CHILD = (
    "import resource, runpy, sys; "
    f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT})); "
    "sys.argv = ['generator', *sys.argv[1:]]; "
    "runpy.run_module('generator', run_name='__main__', alter_sys=True)"
)


@dataclass
class Run:
    code: int | None  # None: killed after TIME_LIMIT
    stdout: str
    stderr: str
    before: dict[str, bytes]
    after: dict[str, bytes]
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _run(case: Case, spec: Path, output: Path, strict: bool) -> Run:
    import time

    command = [sys.executable, "-c", _CHILD, "generate", str(spec), "--output", str(output), *case.flags]
    if case.overlay:
        command += ["--overlay", str(INPUTS / case.overlay)]
    if strict:
        command.append("--strict")
    before = snapshot(output)
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=TIME_LIMIT, check=False)
        code, out, err = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        code, out, err = None, str(exc.stdout or ""), str(exc.stderr or "")
    return Run(code, out, err, before, snapshot(output), time.perf_counter() - started)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], Run]:
    """Every case run (lenient ones with and without --strict), in parallel child processes."""
    folder = tmp_path_factory.mktemp("bad_inputs")
    built = folder / "inputs"
    built.mkdir()
    existing = folder / "existing" / "pkg_client"
    files, _ = generate_files(VALID, Options(validate=False))
    write_tree(existing, files)
    specs = {}
    for name, build in _builders().items():
        specs["@" + name] = build(built)
    jobs = [(case, strict) for case in CASES for strict in ((False, True) if case.lenient else (False,))]

    def one(index: int, case: Case, strict: bool) -> tuple[tuple[str, bool], Run]:
        output = folder / f"out{index}" / "pkg_client"
        shutil.copytree(existing, output)
        spec = specs[case.spec] if case.spec.startswith("@") else INPUTS / case.spec
        return (case.name, strict), _run(case, spec, output, strict)

    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        done = pool.map(lambda item: one(item[0], *item[1]), enumerate(jobs))
        return dict(done)


def _finding_lines(stderr: str, severity: str) -> list[str]:
    return [line for line in stderr.splitlines() if f": {severity}: " in line]


def _assert_reported(case: Case, run: Run, severity: str) -> None:
    lines = _finding_lines(run.stderr, severity)
    pattern = re.compile(rf"^(\S*/)?{case.where}: {severity}: .*{case.message}.* \(.+\)$")
    assert any(pattern.search(line) for line in lines), (pattern.pattern, run.stderr[-3000:])


def _assert_clean_rejection(case: Case, run: Run) -> None:
    assert run.code is not None, f"{case.name}: still running after {TIME_LIMIT} s"
    assert run.code == 2, (run.code, run.stderr[-3000:])
    assert "Traceback" not in run.stderr + run.stdout
    assert "internal error" not in run.stderr
    _assert_reported(case, run, "error")
    assert "nothing was written" in run.stderr
    assert run.after == run.before, "the existing package was changed"
    for line in _finding_lines(run.stderr, "error"):
        assert re.search(r" \(.+\)$", line), f"an error without a hint: {line}"


def test_there_are_at_least_thirty_bad_inputs() -> None:
    assert len([c for c in CASES if c.message]) >= 30
    files = {c.spec for c in CASES} | {c.overlay for c in CASES}
    kept = {p.relative_to(INPUTS).as_posix() for p in INPUTS.rglob("*") if p.is_file()}
    assert kept - files <= {"_outside_target.yaml"}, "an input in tests/bad_inputs/ that no case uses"


@pytest.mark.parametrize("case", [c for c in CASES if not c.lenient], ids=lambda c: c.name)
def test_bad_input_is_rejected_cleanly(case: Case, results: dict[tuple[str, bool], Run]) -> None:
    _assert_clean_rejection(case, results[case.name, False])


@pytest.mark.parametrize("case", [c for c in CASES if c.lenient], ids=lambda c: c.name)
def test_usable_input_generates_with_a_warning_and_fails_under_strict(
    case: Case, results: dict[tuple[str, bool], Run]
) -> None:
    run = results[case.name, False]
    assert run.code == 0, (run.code, run.stderr[-3000:])
    assert "Traceback" not in run.stderr + run.stdout
    if case.message:
        _assert_reported(case, run, "warning")
        _assert_clean_rejection(case, results[case.name, True])
    else:  # allowed by a flag: no finding at all
        assert results[case.name, True].code == 0, results[case.name, True].stderr


# ---- the reader, in process ---------------------------------------------------------------------------------


def _read(tmp_path: Path, text: str, name: str = "spec.yaml") -> tuple[Any, Findings]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    findings = Findings()
    return reader.read_file(path, findings), findings


def test_aliases_within_the_budget_load_and_stay_shared(tmp_path: Path) -> None:
    data, findings = _read(tmp_path, "a: &x {k: [1, 2]}\nb: *x\nc: {<<: *x, m: 1}\n")
    assert findings.items == []
    assert data == {"a": {"k": [1, 2]}, "b": {"k": [1, 2]}, "c": {"k": [1, 2], "m": 1}}
    assert data["a"] is data["b"]


def test_the_limits_are_exact(tmp_path: Path) -> None:
    ok, findings = _read(tmp_path, "a: " + "[" * (reader.MAX_DEPTH - 1) + "]" * (reader.MAX_DEPTH - 1) + "\n")
    assert findings.items == [] and ok is not None
    _, findings = _read(tmp_path, "a: " + "[" * reader.MAX_DEPTH + "]" * reader.MAX_DEPTH + "\n")
    assert [f.message for f in findings.items] == [f"nesting deeper than {reader.MAX_DEPTH} levels"]
    _, findings = _read(tmp_path, json.dumps({"a": "x" * reader.MAX_STRING_CHARS}), "spec.json")
    assert findings.items == []
    _, findings = _read(tmp_path, json.dumps({"a": "x" * (reader.MAX_STRING_CHARS + 1)}), "spec.json")
    assert findings.items[0].location.pointer == "/a"


def test_an_alias_deepens_the_document_it_is_used_in(tmp_path: Path) -> None:
    half = reader.MAX_DEPTH // 2 + 1
    text = "a: &deep " + "[" * half + "]" * half + "\nb: " + "[" * half + "*deep" + "]" * half + "\n"
    _, findings = _read(tmp_path, text)
    assert "through the alias *deep" in findings.items[0].message


def _texts(max_size: int) -> st.SearchStrategy[str]:
    """Strings without YAML's Unicode line breaks, which PyYAML's emitter folds inside quoted scalars."""
    return st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x85\u2028\u2029"), max_size=max_size)


yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _texts(8),
    st.sampled_from(["yes", "no", "on", "off", "~", "null", "0x1F", "0o17", "1_000", "1:20", ".inf", "-.inf",
                     "2024-01-01", "2024-01-01T10:00:00Z", "=", "<<", "'quoted'", '"dq"', "#", "a: b", "- x"]),
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_texts(6), inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=yaml_values, flow=st.booleans())
def test_the_bounded_reader_reads_back_what_pyyaml_wrote(value: Any, flow: bool, tmp_path: Path) -> None:
    """The event-based builder gives back the data PyYAML dumped (shared values become anchors and aliases)."""
    text = yaml.dump({"root": value, "again": value}, Dumper=_Yaml12SafeDumper, default_flow_style=flow,
                     sort_keys=False, allow_unicode=True)
    data, findings = _read(tmp_path, text)
    assert findings.items == []
    assert _same(data, {"root": value, "again": value}), (text, data, value)


class _Yaml12SafeDumper(yaml.SafeDumper):
    """PyYAML's SafeDumper, which quotes strings that YAML 1.1 reads as other things (`yes`, `1_000`), also
    quoting those that only YAML 1.2, as the reader reads, takes for numbers (`1e9`, `0o17`)."""


_Yaml12SafeDumper.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)
_Yaml12SafeDumper.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^0o[0-7]+$"), ["0"])


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)
