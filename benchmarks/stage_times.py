"""CPU seconds of each stage of a cold run except black and the validator, median of several runs.

    .venv/bin/python benchmarks/stage_times.py [--runs N] [--root DIR] [--cli-gc] SPEC [SPEC ...]

Stages: read (the YAML/JSON reader), lint (version check, misplaced `$ref`s, lint), model (build_api and the
renamed-schema warnings, line look-ups of findings included), views (the template contexts), render (Jinja),
imports (the import-usage scan), readme. Each run is a fresh process (no module state carried over); the cache
is off. black (format_sources) and openapi-spec-validator are left out. `--root` measures another checkout of
the generator (e.g. `git archive BASE generator templates | tar -x -C DIR`), for before/after figures.
`--cli-gc` sets the cycle collector's thresholds as the `generate` command does (generator/cli.py), and freezes
what exists after modelling where it does that too (`cli._settle`).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "lint", "model", "views", "render", "imports", "readme")

ONE_RUN = r"""
import json, sys, time
from pathlib import Path
clock = time.process_time
if sys.argv[2:] == ["cli-gc"]:  # the collector's thresholds that `generate` sets (none in older generators)
    import gc
    from generator import cli
    gc.set_threshold(*getattr(cli, "_GC_THRESHOLDS", gc.get_threshold()))
t = {}
start = clock()
from generator.findings import Findings
from generator.load import reader, misplaced, validate
from generator.load.lint import lint as run_lint
from generator.load.document import Document
from generator import pipeline
from generator.render import package, imports, env as env_mod
from generator.render.methods import group_views
from generator.render.client import client_view, package_view
from generator.render.pyexpr import Expressions
from generator.render.views import models_view
from generator.render.text import docstring
from generator.render.readme import readme_file
t["import"] = clock() - start
spec = Path(sys.argv[1])
start = clock(); findings = Findings(); lines = {}
before = not hasattr(Document, "keep_lines")  # an older generator: no line trees made while reading
root = reader.read_file(spec, findings) if before else reader.read_file(spec, findings, lines); t["read"] = clock() - start
start = clock()
document = Document(spec, root, findings=findings)
if not before:
    document.keep_lines(lines)
if validate.check_version(document) is not None:
    misplaced.report_misplaced_refs(document)
    run_lint(document)
t["lint"] = clock() - start
start = clock(); api, failed = pipeline._model(document, spec); t["model"] = clock() - start
if sys.argv[2:] == ["cli-gc"] and hasattr(cli, "_settle"):  # as `generate` does after modelling
    cli._settle()
assert api is not None and not failed
start = clock()
env = env_mod.make_environment()
definitions = {d.name: d for d in api.definitions}
resource_exprs = Expressions(definitions, prefix="_m.")
groups = group_views(api, resource_exprs)
shared = {"union_names": resource_exprs.union_names} if hasattr(resource_exprs, "union_names") else {}
model_exprs = Expressions(definitions, prefix="", unions=resource_exprs.unions, **shared)
models = models_view(api, model_exprs)
client = client_view(api, groups)
pkg = package_view(api)
t["views"] = clock() - start
jobs = [("models.py.jinja", package.MODELS_IMPORTS, dict(models=models, title_doc=docstring(models.title))),
        ("_client.py.jinja", package.CLIENT_IMPORTS, dict(client=client)),
        ("__init__.py.jinja", (), dict(package=pkg))]
jobs += [("resource.py.jinja", package.RESOURCE_IMPORTS, dict(group=g)) for g in groups]
start = clock()
texts = [(c, str(env.get_template(n).render(imports=[package._IMPORTS_MARK], **kw))) for n, c, kw in jobs]
t["render"] = clock() - start
start = clock()
out = []
for c, text in texts:
    head, _, body = text.partition(package._IMPORTS_MARK + "\n")
    out.append(head + "".join(line + "\n" for line in imports.used_imports(c, body)) + body)
t["imports"] = clock() - start
start = clock(); readme_file(env, api, "x_client"); t["readme"] = clock() - start
t["findings"] = len(document.findings.items)
t["chars"] = sum(map(len, out))
print(json.dumps(t))
"""


def main(argv: list[str]) -> None:
    runs, root, gc_mode = 3, ROOT, []
    while argv[:1] in (["--runs"], ["--root"], ["--cli-gc"]):
        if argv[0] == "--cli-gc":
            gc_mode, argv = ["cli-gc"], argv[1:]
            continue
        if argv[0] == "--runs":
            runs = int(argv[1])
        else:
            root = Path(argv[1]).resolve()
        argv = argv[2:]
    env = {**os.environ, "PYCLIENT_GEN_CACHE": "off", "PYTHONPATH": str(root)}
    for spec in argv:
        command = [sys.executable, "-c", ONE_RUN, str(Path(spec).resolve()), *gc_mode]
        results = [json.loads(subprocess.run(command, env=env, cwd=root, check=True, capture_output=True,
                                             text=True).stdout) for _ in range(runs)]
        medians = {stage: statistics.median(r[stage] for r in results) for stage in ("import", *STAGES)}
        total = sum(medians[s] for s in STAGES)
        cells = "  ".join(f"{s} {medians[s]:.2f}" for s in ("import", *STAGES))
        print(f"{Path(spec).parent.name}/{Path(spec).name}: {cells}  | total {total:.2f} CPU-s  "
              f"({results[0]['findings']} findings, {results[0]['chars'] / 1e6:.2f} M chars)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
