"""2. Import time, each in a fresh interpreter with `-X importtime` (bench venv python, .pyc files warm, all
read from one PYTHONPYCACHEPREFIX folder).

The number for a statement is the sum of the `cumulative` column over the top-level imports it triggers
(lines logged after a marker written just before the statement, so interpreter start-up imports are out).
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from common import BENCH_PY, GENERATED, QUICK, env_int, log, median

MARK = "--bench-import-mark--"
PYCACHE = Path(tempfile.gettempdir()) / "pyclient-bench-pycache"
STATEMENTS = {
    "httpx": "import httpx",
    "ours": "from mistral_client import Client",
    # resources and models load on first use: this row shows what the first call pays on top
    "ours, first use": "from mistral_client import Client; Client(api_key='k').chat",
    "mistralai": "from mistralai.client import Mistral",
    "openai": "from openai import OpenAI",
}
_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def parse_importtime(stderr: str) -> tuple[float, list[tuple[str, float]]]:
    """(total µs of top-level imports after the marker, the top-level imports with their µs)."""
    after = stderr.split(MARK, 1)[1] if MARK in stderr else ""
    top: list[tuple[str, float]] = []
    for line in after.splitlines():
        match = _LINE.match(line)
        if match and len(match.group(3)) == 1:  # one space: a top-level import (nested ones are indented)
            top.append((match.group(4), float(match.group(2))))
    return sum(us for _, us in top), top


def measure(statement: str) -> tuple[float, list[tuple[str, float]]]:
    """One fresh interpreter: (µs of the statement's imports, its top-level imports with their µs)."""
    code = f"import sys; sys.stderr.write({MARK!r} + '\\n'); sys.stderr.flush(); {statement}"
    env = {**os.environ, "PYTHONPATH": str(GENERATED), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    # With PYTHONDONTWRITEBYTECODE set (some shells do), our package would be compiled from source in every
    # run while the installed packages load their .pyc files: every statement reads .pyc files from one place.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run([str(BENCH_PY), "-X", "importtime", "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{statement!r} failed: {proc.stderr[-500:]}")
    return parse_importtime(proc.stderr)


def run() -> dict[str, Any]:
    runs = env_int("BENCH_IMPORT_RUNS", 5 if QUICK else 21)
    for statement in STATEMENTS.values():  # warm-up: compile .pyc files, fill the OS page cache
        measure(statement)
    samples: dict[str, list[float]] = {key: [] for key in STATEMENTS}
    for _ in range(runs):  # interleaved, so that a noisy moment hits every statement alike
        for key, statement in STATEMENTS.items():
            samples[key].append(measure(statement)[0] / 1000.0)
    heaviest: dict[str, list[tuple[str, float]]] = {}
    for key, statement in STATEMENTS.items():
        _, top = measure(statement)
        heaviest[key] = [(name, round(us / 1000.0, 2)) for name, us in sorted(top, key=lambda t: -t[1])[:5]]
    result: dict[str, Any] = {"runs": runs, "statements": STATEMENTS, "heaviest": heaviest}
    for key in STATEMENTS:
        result[key] = {"median_ms": median(samples[key]), "samples_ms": [round(v, 2) for v in samples[key]]}
        log(f"import {key}: {result[key]['median_ms']:.1f} ms")
    ours, httpx = result["ours"]["median_ms"], result["httpx"]["median_ms"]
    result["ours_vs_httpx"] = ours / httpx
    result["mistralai_vs_ours"] = result["mistralai"]["median_ms"] / ours
    result["openai_vs_ours"] = result["openai"]["median_ms"] / ours
    return result
