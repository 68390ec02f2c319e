"""The shortest a validated cold run can take: what openapi-spec-validator alone needs, beside openapi-python-client.

    .venv/bin/python benchmarks/validator_floor.py [--runs N] SPEC [SPEC ...]

A cold `generate` validates by default, in a child process (load/background.py): the child imports the validator,
then runs its two passes (the OpenAPI schema over the document, the walk of paths and components) in two
processes. However fast the rest of the run, it cannot end before that child: a lower bound is the interpreter's
start (wall seconds of a bare `python -c pass`: the child is forked later than that, once the command line is
imported), the validator's import and the longer of the two passes (CPU seconds, each measured in a fresh
process; medians of N runs). Beside it, openapi-python-client's cold run (wall seconds, median) when the bench
venv has it, and the 3× goal of issue 14 (its time / 3), so a spec whose floor is above the goal is out of
reach while openapi-spec-validator validates.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_generate import theirs as bench_theirs
from common import BENCH_VENV, PROJECT_PY, ROOT, median

ONE_RUN = r"""
import json, sys, time
from pathlib import Path
clock = time.process_time
from generator.load import validator_cache  # what the child inherits from the parent, which forked it
started = clock()
from generator.load import spec_validator  # noqa: F401 - openapi-spec-validator and what it imports
imported = clock()
from generator.findings import Findings
from generator.load.reader import read_file
from generator.load.spec_validator import located_validator, schema_errors, walk_errors, Trail
path = Path(sys.argv[1])
spec = read_file(path, Findings())
family = "3.1" if str(spec.get("openapi", "")).startswith("3.1") else "3.0"
times = {"import": imported - started}
for name, errors in (("first pass", schema_errors), ("walk", walk_errors)):
    with validator_cache.patched_validator():
        trail = Trail()
        validator = located_validator(spec, family, path.as_uri(), trail)
        start = clock()
        validator_cache._pass(errors(validator), trail)  # as the child runs it (a crash is a finding)
    times[name] = clock() - start
print(json.dumps(times))
"""


def validator_times(spec: Path) -> dict[str, float]:
    done = subprocess.run([str(PROJECT_PY), "-c", ONE_RUN, str(spec)], capture_output=True, text=True, cwd=ROOT,
                          check=False, env={"PYCLIENT_GEN_CACHE": "off", "PATH": "/usr/bin:/bin"})
    if done.returncode:
        sys.exit(f"{spec}: the measuring run failed:\n{done.stderr[-2000:]}")
    return dict(json.loads(done.stdout))


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, cwd=ROOT, check=False)
    return time.perf_counter() - start


def theirs(spec: Path) -> float | None:
    """openapi-python-client's wall time, run as the bench runs it (its own ruff on PATH: without it, it skips
    formatting and looks 0.3 s faster on groq)."""
    if not (BENCH_VENV / "bin" / "openapi-python-client").exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        result = bench_theirs(str(spec), Path(folder) / "client")
    return result.seconds if result.ok else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("specs", nargs="+", type=Path)
    args = parser.parse_args()
    for spec in args.specs:
        runs = [validator_times(spec.resolve()) for _ in range(args.runs)]
        parts = {name: median([run[name] for run in runs]) for name in runs[0]}
        start = median([wall([str(PROJECT_PY), "-c", "pass"]) for _ in range(args.runs)])
        floor = start + parts["import"] + max(parts["first pass"], parts["walk"])
        other = [t for t in (theirs(spec.resolve()) for _ in range(args.runs)) if t is not None]
        goal = f"  openapi-python-client {median(other):.2f} s, 3× goal {median(other) / 3:.2f} s" if other else ""
        print(f"{spec.parent.name}/{spec.name}: start {start:.3f} + import {parts['import']:.3f} + "
              f"max(first pass {parts['first pass']:.3f}, walk {parts['walk']:.3f}) = floor {floor:.2f} s{goal}")


if __name__ == "__main__":
    main()
