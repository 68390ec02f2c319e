"""Shared helpers of the benchmarks: paths, the settings from the environment, timing, tables."""

from __future__ import annotations

import math
import os
import resource
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
GENERATED = ROOT / "generated"
FIXTURES = ROOT / "tests" / "mistral" / "fixtures"
DOCS = ROOT / "docs"
PROJECT_PY = ROOT / ".venv" / "bin" / "python"  # runs our generator (black, jinja2, ... live there)
BENCH_VENV = HERE / ".venv"
BENCH_PY = BENCH_VENV / "bin" / "python"  # runs everything else: competitors, runtime benchmarks, charts

QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def spread(values: Sequence[float]) -> str:
    """min–max as a short text, to show noise next to a median."""
    if len(values) < 2:
        return ""
    return f"{min(values):.3g}–{max(values):.3g}"


@dataclass
class Timed:
    seconds: float
    returncode: int | None  # None: killed at the time limit
    tail: str  # last lines of stderr+stdout, for crash reports
    cpu: float = 0.0  # user+system CPU seconds of the command and every process it waited for (black workers)

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_timed(cmd: Sequence[str | os.PathLike[str]], *, env: dict[str, str] | None = None,
              timeout: float = 300.0, cwd: Path | None = None) -> Timed:
    """Wall-clock time of one command; the whole process group is killed at `timeout`."""
    full_env = {**os.environ, **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env=full_env, cwd=cwd, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        code = None
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    text = out.decode("utf-8", "replace").strip().splitlines()
    return Timed(seconds, code, "\n".join(text[-6:]), cpu)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub-flavoured Markdown table (also readable as plain text in a terminal)."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), sep, *(line(r) for r in cells[1:])])


def fmt_s(seconds: float | None) -> str:
    if seconds is None or math.isnan(seconds):
        return "–"
    if seconds < 10:
        return f"{seconds:.2f} s"
    return f"{seconds:.1f} s"


def fmt_ratio(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    return f"{value:.2f}×"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
