"""The corpus harness: every spec in ../shared/corpus generated once, imported, type-checked, round-tripped.

Used by tests/test_corpus.py (which caches one `CorpusRun` per pytest session) and, as a script, to write
the table of docs/corpus.md:

    python -m tests.corpus_support --report docs/corpus.md      # or: make corpus-report

The corpus is read where it lies and never copied into the repo. Packages are written into a scratch folder
(pytest's tmp_path, or a temporary directory for the report) as `<spec>_client`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.findings import Finding, SpecError
from generator.model.types import Api, ObjectDef
from generator.pipeline import Options, build_model
from generator.render import render_package, write_tree
from tests.corpus_path import CORPUS
from tests.roundtrip import RoundTrips, SchemaSource, round_trip_all

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Over 20 s to generate today (black on a huge models.py): the `slow` group. CI still runs it.
SLOW = frozenset({"stripe", "discord", "twilio-api-v2010", "mistral-full"})
EXPECTED = frozenset({
    "discord", "groq", "mistral-full", "oai-api-with-examples", "oai-callback-example", "oai-link-example",
    "oai-non-oauth-scopes", "oai-petstore", "oai-petstore-expanded", "oai-tictactoe", "oai-uspto",
    "oai-webhook-example", "ollama", "opc-3.1-enums", "opc-3.1-specific", "opc-baseline-3.0",
    "opc-baseline-3.1", "stripe", "twilio-api-v2010",
})
EXAMPLES, SLOW_EXAMPLES = 5, 2  # payloads per model in a round trip (deterministic: derandomized hypothesis)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class CorpusSpec:
    name: str  # the corpus folder
    path: Path  # the spec file in it

    @property
    def package(self) -> str:
        return re.sub(r"\W", "_", self.name).lower() + "_client"

    @property
    def slow(self) -> bool:
        return self.name in SLOW

    @property
    def examples(self) -> int:
        return SLOW_EXAMPLES if self.slow else EXAMPLES


def corpus_specs(corpus: Path = CORPUS) -> list[CorpusSpec]:
    """Every spec of the corpus (one spec file per folder); empty when the corpus is absent."""
    if not corpus.is_dir():
        return []
    specs = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in _SPEC_SUFFIXES)
        if len(files) == 1:
            specs.append(CorpusSpec(folder.name, files[0]))
    return specs


# ---- one spec: generation -------------------------------------------------------------------------------


@dataclass
class Generation:
    spec: CorpusSpec
    root: Path  # the folder holding the package
    api: Api | None
    warnings: list[Finding]
    seconds: float
    files: int = 0
    error: str = ""  # the findings of a SpecError, or the traceback of a crash

    @property
    def operations(self) -> int:
        return sum(len(g.operations) for g in self.api.groups) if self.api is not None else 0

    @property
    def models(self) -> int:
        return len(self.api.definitions) if self.api is not None else 0

    @property
    def object_models(self) -> int:
        return sum(isinstance(d, ObjectDef) for d in self.api.definitions) if self.api is not None else 0


def generate(spec: CorpusSpec, root: Path) -> Generation:
    """Generate `spec` into root/<package> (what `generate_files` + `write_tree` do), timed; never raises."""
    started = time.perf_counter()
    try:
        built = build_model(spec.path, Options())
        files = render_package(built.api)
        write_tree(root / spec.package, files)
    except SpecError as exc:
        text = "\n".join(f.render() for f in exc.findings if f.severity == "error")
        return Generation(spec, root, None, exc.findings, time.perf_counter() - started, error=f"SpecError:\n{text}")
    except Exception:  # noqa: BLE001 - a crash is what the harness reports
        return Generation(spec, root, None, [], time.perf_counter() - started, error=traceback.format_exc())
    return Generation(spec, root, built.api, built.warnings, time.perf_counter() - started, len(files))


def unnamed_losses(generation: Generation, document: Any) -> list[str]:
    """Operations and component schemas of the spec that are neither generated nor named in a warning."""
    assert generation.api is not None
    root = generation.spec.path.resolve().as_posix()
    warned = [f.location.pointer for f in generation.warnings]
    operations = [op for group in generation.api.groups for op in group.operations]
    generated_ops = {(op.path, op.http_method.lower()) for op in operations}
    generated_ids = {op.operation_id for op in operations if op.operation_id}
    sources = {d.source for d in generation.api.definitions}
    lost = []
    for path, item in (document.get("paths") or {}).items() if isinstance(document, dict) else ():
        for method in (m for m in HTTP_METHODS if isinstance(item, dict) and m in item):
            pointer = "/paths/" + _escape(path) + "/" + method
            operation_id = item[method].get("operationId") if isinstance(item[method], dict) else None
            if (path, method) in generated_ops or operation_id in generated_ids:
                continue  # (a path key may carry a #fragment that the generator drops: match by operationId)
            if not any(w.startswith(pointer) for w in warned):
                lost.append(f"operation {method.upper()} {path} (#{pointer})")
    schemas = ((document.get("components") or {}).get("schemas") or {}) if isinstance(document, dict) else {}
    for name in schemas:
        pointer = "/components/schemas/" + _escape(name)
        if f"{root}#{pointer}" not in sources and not any(w.startswith(pointer) for w in warned):
            lost.append(f"schema {name} (#{pointer})")
    return lost


def _escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


# ---- checkers: mypy --strict and ruff over generated packages ----------------------------------------------


@dataclass
class CheckRun:
    """One run of a checker over some packages; its findings split by package."""

    tool: str
    packages: list[str]
    seconds: float
    returncode: int
    output: str
    by_package: dict[str, list[str]] = field(default_factory=dict)

    def problems(self, package: str) -> list[str]:
        if package not in self.packages:
            raise KeyError(f"{package} was not checked by this {self.tool} run")
        found = self.by_package.get(package, [])
        if self.returncode not in (0, 1) and not found:  # a crash or a blocking error: nothing was checked
            return [f"{self.tool} exited {self.returncode}: {self.output.strip()[-2000:]}"]
        return found


def _split(tool: str, packages: list[str], seconds: float, done: subprocess.CompletedProcess[str]) -> CheckRun:
    run = CheckRun(tool, packages, seconds, done.returncode, done.stdout + done.stderr)
    for line in run.output.splitlines():
        first = re.split(r"[/\\]", line, maxsplit=1)[0]
        if first in packages and re.match(r"[^:]+:\d+:", line):
            run.by_package.setdefault(first, []).append(line)
    return run


def run_mypy(root: Path, packages: list[str], cache: str = "all") -> CheckRun:
    """`mypy --strict` in one process over `packages` (in `root`); `-p` each, nothing incremental."""
    if not packages:
        return CheckRun("mypy", [], 0.0, 0, "")
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary",
            "--show-error-codes", "--cache-dir", str(root / f".mypy-{cache}")]
    started = time.perf_counter()
    done = subprocess.run(args + [a for p in packages for a in ("-p", p)], cwd=root, capture_output=True,
                          text=True, timeout=3600, check=False)
    return _split("mypy", packages, time.perf_counter() - started, done)


def run_ruff(root: Path, packages: list[str]) -> CheckRun:
    if not packages:
        return CheckRun("ruff", [], 0.0, 0, "")
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--isolated", "--output-format", "concise",
                           *packages], cwd=root, capture_output=True, text=True, timeout=600, check=False)
    return _split("ruff", packages, time.perf_counter() - started, done)


# ---- the whole corpus, computed lazily, each piece once -----------------------------------------------------


class CorpusRun:
    """Generation once per spec; mypy and ruff once over all fast packages and once per slow package;
    imports and round trips once per spec. Everything is computed on first use and kept."""

    def __init__(self, root: Path, specs: Iterable[CorpusSpec] | None = None) -> None:
        self.root = root
        self.specs = {s.name: s for s in (corpus_specs() if specs is None else specs)}
        self._generations: dict[str, Generation] = {}
        self._checks: dict[tuple[str, str], CheckRun] = {}
        self._modules: dict[str, ModuleType] = {}
        self._sources: dict[str, SchemaSource] = {}
        self._trips: dict[str, RoundTrips] = {}
        self.trip_seconds: dict[str, float] = {}

    def generated(self, name: str) -> bool:
        return name in self._generations

    def generation(self, name: str) -> Generation:
        if name not in self._generations:
            self._generations[name] = generate(self.specs[name], self.root)
        return self._generations[name]

    def _group(self, name: str) -> str:
        return name if self.specs[name].slow else "fast"

    def check(self, tool: str, name: str) -> CheckRun:
        """The mypy or ruff run that covers `name`: shared by all fast specs, one of its own when slow."""
        group = self._group(name)
        if (tool, group) not in self._checks:
            members = [n for n in self.specs if self._group(n) == group]
            packages = [self.specs[n].package for n in members if self.generation(n).api is not None]
            runner: Callable[[Path, list[str]], CheckRun] = (
                (lambda r, p: run_mypy(r, p, group)) if tool == "mypy" else run_ruff)
            self._checks[(tool, group)] = runner(self.root, packages)
        return self._checks[(tool, group)]

    def module(self, name: str) -> ModuleType:
        """The generated package, imported in this process (its folder goes on sys.path once)."""
        if name not in self._modules:
            if self.generation(name).api is None:
                raise RuntimeError(f"{name} did not generate")
            if str(self.root) not in sys.path:
                sys.path.insert(0, str(self.root))
            importlib.invalidate_caches()
            package = importlib.import_module(self.specs[name].package)
            importlib.import_module(self.specs[name].package + ".models")
            self._modules[name] = package
        return self._modules[name]

    def source(self, name: str) -> SchemaSource:
        if name not in self._sources:
            self._sources[name] = SchemaSource(self.specs[name].path)
        return self._sources[name]

    def round_trips(self, name: str) -> RoundTrips:
        if name not in self._trips:
            generation = self.generation(name)
            assert generation.api is not None, f"{name} did not generate"
            models = self.module(name).models
            started = time.perf_counter()
            self._trips[name] = round_trip_all(models, generation.api.definitions, self.source(name),
                                               self.specs[name].examples)
            self.trip_seconds[name] = time.perf_counter() - started
        return self._trips[name]


# ---- the report (docs/corpus.md) ---------------------------------------------------------------------------


def _version(spec: CorpusSpec) -> str:
    found = re.search(r"""["']?openapi["']?\s*:\s*["']?([0-9][0-9.]*)""", spec.path.read_text(errors="replace"))
    return found.group(1) if found else "?"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report(run: CorpusRun, names: Iterable[str] | None = None,
           progress: Callable[[str], None] = lambda _: None) -> str:
    """The Markdown of docs/corpus.md: one row per spec (all of `run`, or `names`), then the known gaps and,
    per spec, every warning, checker finding, round-trip failure and model left out."""
    rows, details = [], []
    totals = {"generation": 0.0, "mypy": 0.0, "trips": 0.0}
    for name in run.specs if names is None else names:
        spec = run.specs[name]
        progress(f"{name}: generating")
        gen = run.generation(name)
        totals["generation"] += gen.seconds
        if gen.api is None:
            rows.append(f"| {name} | {_version(spec)} | – | – | – | {gen.seconds:.1f} | not generated | – | – |")
            details.append(f"### {name}\n\nGeneration failed:\n\n```\n{gen.error.strip()[-3000:]}\n```\n")
            continue
        progress(f"{name}: mypy")
        mypy = run.check("mypy", name)
        problems = mypy.problems(spec.package)
        mypy_cell = "pass" if not problems else f"{len(problems)} error" + "s" * (len(problems) != 1)
        progress(f"{name}: ruff")
        lint = run.check("ruff", name).problems(spec.package)
        ruff_cell = "pass" if not lint else f"{len(lint)} finding" + "s" * (len(lint) != 1)
        progress(f"{name}: round trips")
        try:
            trips = run.round_trips(name)
        except Exception as exc:  # noqa: BLE001 - an import failure, shown in the table
            trips = None
            details.append(f"### {name}\n\nImport failed: `{type(exc).__name__}: {exc}`\n")
        if trips is not None:
            totals["trips"] += run.trip_seconds[name]
            ok, failed, skipped = (len(trips.with_status(s)) for s in ("ok", "failed", "skipped"))
            trip_cell = f"{trips.examples} / {ok} ok" + (f", {failed} failed" if failed else "") + (
                f", {skipped} skipped" if skipped else "")
        else:
            trip_cell = "import failed"
        rows.append(f"| {name} | {run.source(name).openapi} | {gen.operations} | {gen.models} ({gen.object_models}) | "
                    f"{len(gen.warnings)} | {gen.seconds:.1f} | {mypy_cell} | {ruff_cell} | {trip_cell} |")
        section = _details(name, gen, problems, lint, trips)
        if section:
            details.append(section)
    mypy_runs = sorted(run._checks.items())
    mypy_seconds = sum(c.seconds for (tool, _), c in mypy_runs if tool == "mypy")
    header = [
        "# The corpus",
        "",
        "Every spec of `../shared/corpus` (see its INDEX.md), as the generator handles it today. Written by",
        "`make corpus-report` (`python -m tests.corpus_support --report docs/corpus.md`); checked by",
        "`tests/test_corpus.py`, which does the same work (see [How the checks work](#how-the-checks-work)).",
        "",
        ("| spec | OpenAPI | operations | models (objects) | warnings | generation s | mypy --strict | ruff | "
         "round trip: examples / models |"),
        "|---|---|---:|---:|---:|---:|---|---|---|",
        *rows,
        "",
        (f"Totals on this run: generation {totals['generation']:.0f} s, mypy {mypy_seconds:.0f} s "
         f"(one process for all fast specs, one per slow spec), round trips {totals['trips']:.0f} s. "
         "Seconds are wall-clock time on the machine that wrote this file and vary with its load; generation "
         "ran with the black cache off (`--warm` to use it)."),
        "",
    ]
    text = "\n".join(header + _gaps() + ["## Per spec", "", *details, _HOW]).rstrip() + "\n"
    return without_machine_paths(text)


def without_machine_paths(text: str) -> str:
    """Published text names specs relative to the corpus root (`mistral-full/openapi-public-doc.yaml:884`) and
    holds no folder of the machine that wrote it."""
    for folder in (CORPUS, CORPUS.parent, ROOT, Path.home()):
        text = text.replace(f"{folder}{os.sep}", "").replace(str(folder), ".")
    return text


def _gaps() -> list[str]:
    """The known generator gaps (xfail in tests/test_corpus.py), by gap, with the specs they hit."""
    from tests import test_corpus

    by_reason: dict[str, list[str]] = {}
    for (test, name), gaps in sorted(test_corpus.KNOWN_GAPS.items()):
        for reason in (gaps,) if isinstance(gaps, str) else gaps:
            by_reason.setdefault(reason, []).append(f"{name} ({test})")
    lines = ["## Known generator gaps", "",
             "Marked xfail in tests/test_corpus.py (KNOWN_GAPS), and reproduced small there by `test_gap_*` tests:", ""]
    if not by_reason and not test_corpus.OTHER_GAPS:
        lines = ["## Known generator gaps", "", "None: every check passes on every spec.", ""]
    lines += [f"- {_cell(reason)}. Hits: {', '.join(where)}." for reason, where in by_reason.items()]
    lines += [f"- {_cell(reason)}. Reproduced small only." for reason in test_corpus.OTHER_GAPS]
    return [*lines, ""]


def _details(name: str, gen: Generation, problems: list[str], lint: list[str], trips: RoundTrips | None) -> str:
    lines: list[str] = []
    if gen.warnings:
        lines += ["Warnings:", ""] + [f"- `{_cell(w.render())}`" for w in gen.warnings] + [""]
    if problems:
        lines += ["mypy --strict:", "", "```", *problems[:30], "```", ""]
    if lint:
        counts: dict[str, int] = {}
        for line in lint:
            code = re.search(r":\d+:\d+: (\S+)", line)
            counts[code.group(1) if code else "?"] = counts.get(code.group(1) if code else "?", 0) + 1
        lines += ["ruff: " + ", ".join(f"{n} × {code}" for code, n in sorted(counts.items())) + f"; first: `{lint[0]}`", ""]
    if trips is not None:
        failed, skipped = trips.with_status("failed"), trips.with_status("skipped")
        if failed:
            lines += ["Round-trip failures:", ""]
            for r in failed:
                lines.append(f"- `{r.model}` (`{r.source}`): {_cell(r.reason)}")
            lines.append("")
        if skipped:
            lines += ["Models not round-tripped:", ""]
            lines += [f"- `{r.model}` (`{r.source}`): {_cell(r.reason)}" for r in skipped] + [""]
    return f"### {name}\n\n" + "\n".join(lines) if lines else ""


_HOW = """## How the checks work

- **Generation** runs once per spec (`build_model`, `render_package`, `write_tree`) into a scratch folder.
  The spec folders of `SLOW` in tests/corpus_support.py (stripe, discord, twilio, mistral-full) take over
  20 s each and are marked `slow`: `pytest -m "not slow"` leaves them out, CI runs them.
- **Warnings**: every warning must name a file and a JSON pointer that exists in it, and every operation
  under `paths` and every schema under `components/schemas` must be generated or named in a warning.
- **mypy --strict** runs once over all fast packages (one process, `-p` per package, `--no-incremental`)
  and once per slow package; **ruff check --isolated** likewise. The package must import.
- **Round trips**: for every model (`ObjectDef`), the schema it was built from (`ObjectDef.source`) is read
  from the spec again and translated to JSON Schema draft 7; hypothesis-jsonschema draws payloads from it
  (derandomized, 5 per model, 2 for slow specs), and `Model.from_dict(p).to_dict()` must equal `p` as JSON.
  `date-time` and `date` strings are drawn in their canonical `isoformat()` form, because the models decode
  them and encode them back with `isoformat()` (`Z` comes back as `+00:00`: the same instant). Recursive
  references are cut (an optional recursive property is left out); the objects a model refers to through
  `$ref` draw only their required properties and at most one array item (each of them is round-tripped
  in full as a model of its own); free-form values and unnamed extra keys draw scalars. A model whose
  schema cannot be drawn from is listed as skipped, with the reason. With 40 models or more, the work is
  shared by forked worker processes (one per CPU, at most 4). See tests/roundtrip.py.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", type=Path, required=True, help="the Markdown file to write")
    parser.add_argument("--only", nargs="*", help="corpus folders to include (default: all)")
    parser.add_argument("--fast", action="store_true", help="leave out the slow specs")
    parser.add_argument("--warm", action="store_true",
                        help="let generation use the black cache (default: off, so that seconds are cold times)")
    args = parser.parse_args(argv)
    if not args.warm:
        os.environ["PYCLIENT_GEN_CACHE"] = "off"
    specs = [s for s in corpus_specs() if (not args.only or s.name in args.only) and not (args.fast and s.slow)]
    if not specs:
        print(f"no corpus specs found in {CORPUS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="corpus-") as scratch:
        run = CorpusRun(Path(scratch), specs)
        started = time.perf_counter()
        text = report(run, progress=lambda step: print(f"[{time.perf_counter() - started:6.0f} s] {step}",
                                              file=sys.stderr, flush=True))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text, encoding="utf-8")
    print(f"wrote {args.report} ({len(specs)} specs, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["CORPUS", "CorpusRun", "CorpusSpec", "Generation", "corpus_specs", "generate", "report"]
