"""`make bench`: every benchmark in one run, printed as tables with ratios, written to docs/benchmarks.md
(+ docs/benchmarks.json) with two charts (docs/bench-generation.png, docs/bench-sse.png).

    python3 benchmarks/run.py            # creates benchmarks/.venv (competitors, matplotlib) if needed
    BENCH_QUICK=1 python3 benchmarks/run.py    # smoke run: small specs, fewer runs (a few minutes)
    BENCH_ONLY=sse,calls python3 benchmarks/run.py   # some sections; the others keep their last results
    python3 benchmarks/run.py --report   # only rewrite the report and charts from docs/benchmarks.json

Settings (environment): BENCH_QUICK, BENCH_ONLY (generate,import,sse,calls,codec), BENCH_SPECS (corpus
folder names, comma-separated), BENCH_GEN_RUNS, BENCH_TIMEOUT (s per generator run, default 300),
BENCH_SKIP_GROWTH, BENCH_IMPORT_RUNS, BENCH_SSE_RUNS, BENCH_CALLS, BENCH_CODEC_RUNS.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import BENCH_PY, BENCH_VENV, PROJECT_PY, ROOT

REQUIREMENTS = HERE / "requirements.txt"
STAMP = BENCH_VENV / ".installed"


def bootstrap() -> None:
    """Make sure benchmarks/.venv holds requirements.txt, then continue inside it."""
    if Path(sys.prefix).resolve() == BENCH_VENV.resolve():
        return
    if not PROJECT_PY.exists():
        raise SystemExit("the project venv is missing: run `make venv` (or `make bench`, which does it) first")
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print(f"bench: installing {REQUIREMENTS.relative_to(ROOT)} into {BENCH_VENV.relative_to(ROOT)} ...",
              file=sys.stderr, flush=True)
        if not BENCH_PY.exists():
            subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
        pip = [str(BENCH_PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
        STAMP.write_text(wanted + "\n")
    os.execv(str(BENCH_PY), [str(BENCH_PY), str(Path(__file__).resolve()), *sys.argv[1:]])


if __name__ == "__main__":
    bootstrap()
    from orchestrate import main

    main(sys.argv[1:])
