"""Profile one run of our generator with pyinstrument; the text tree goes to benchmarks/profiles/.

    python3 benchmarks/profile_generate.py SPEC [--warm] [--no-validate] [--name NAME]

Runs the generator in the project's venv (where black & co. live) with pyinstrument taken from the bench venv
(only its package is put on sys.path). Cold by default (an empty cache folder); --warm first fills a cache
with one unprofiled run, then profiles a second run. Black's worker processes are not profiled: their time
shows as the main process waiting in `format_sources`. Also run by `make bench` with BENCH_PROFILE=1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import BENCH_VENV, PROJECT_PY, ROOT

OUT = HERE / "profiles"
DRIVER = r"""
import sys
from pyinstrument import Profiler
args, out = sys.argv[1:-1], sys.argv[-1]
MAX_INDENT = 3 * 16
profiler = Profiler(interval=0.002)
profiler.start()
try:
    from generator.cli import main  # imports are part of a run's cost
    main(args, standalone_mode=False)
finally:
    profiler.stop()
    tree = profiler.output_text(unicode=True, color=False, show_all=False, short_mode=False)
    kept = []
    for line in tree.splitlines():  # the recursive schema builder nests hundreds deep: keep the top levels
        digits = next((i for i, c in enumerate(line) if c.isdigit()), len(line))
        if digits <= MAX_INDENT:
            kept.append(line.rstrip())
    flat = profiler.output_text(unicode=True, color=False, flat=True, flat_time="self")
    flat_lines = [ln for ln in flat.splitlines() if ln.strip()][:45]
    with open(out, "w", encoding="utf-8") as f:
        f.write("Call tree (levels deeper than 16 left out):\n" + "\n".join(kept))
        f.write("\n\nSelf time by function (top 45):\n" + "\n".join(flat_lines) + "\n")
"""


def pyinstrument_path() -> Path:
    """A folder holding only the bench venv's pyinstrument package (same CPython, so its C part loads)."""
    site = next((BENCH_VENV / "lib").glob("python3*/site-packages"))
    folder = Path(tempfile.mkdtemp(prefix="pyi-"))
    (folder / "pyinstrument").symlink_to(site / "pyinstrument")
    return folder


def profile(spec: Path, *, warm: bool, validate: bool, name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    mode = ("warm" if warm else "cold") + ("" if validate else "-novalidate")
    target = OUT / f"{name}-{mode}.txt"
    with tempfile.TemporaryDirectory(prefix="profile-") as tmp:
        cache = Path(tmp) / "cache"
        package = Path(tmp) / f"{name.replace('-', '_')}_client"
        args = ["generate", str(spec), "--output", str(package)] + ([] if validate else ["--no-validate"])
        env = {**os.environ, "PYCLIENT_GEN_CACHE": str(cache),
               "PYTHONPATH": f"{pyinstrument_path()}{os.pathsep}{ROOT}"}
        if warm:
            subprocess.run([str(PROJECT_PY), "-m", "generator", *args], env=env, cwd=ROOT, check=True,
                           capture_output=True, timeout=1800)
        subprocess.run([str(PROJECT_PY), "-c", DRIVER, *args, str(target)], env=env, cwd=ROOT, check=True,
                       timeout=1800)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--warm", action="store_true")
    parser.add_argument("--no-validate", action="store_true")
    parser.add_argument("--name", help="file name stem (default: the spec's folder)")
    ns = parser.parse_args()
    path = profile(ns.spec.resolve(), warm=ns.warm, validate=not ns.no_validate, name=ns.name or ns.spec.parent.name)
    print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
