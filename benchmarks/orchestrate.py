"""Runs the sections (inside benchmarks/.venv), keeps the results, prints and writes the report."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import bench_generate
import bench_import
from common import BENCH_PY, CORPUS, DOCS, HERE, QUICK, ROOT, log, median
from report import print_tables, write_report

OUT_DIR = HERE / "quick" if QUICK else DOCS  # a smoke run never overwrites the committed results
RESULTS = OUT_DIR / "benchmarks.json"
SECTIONS = ("generate", "growth", "import", "sse", "calls", "codec")


def portable(value: Any) -> Any:
    """The record with no folder of this machine in it: corpus specs relative to the corpus root
    (`stripe/spec3.yaml`), the checkout as `.`, the home and temporary folders as `~` and `$TMP`."""
    if isinstance(value, dict):
        return {key: portable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [portable(item) for item in value]
    if not isinstance(value, str):
        return value
    for folder, shown in ((CORPUS, ""), (ROOT, "."), (Path(tempfile.gettempdir()), "$TMP"), (Path.home(), "~")):
        value = value.replace(f"{folder}/", f"{shown}/" if shown else "").replace(str(folder), shown or ".")
    return value


def _subprocess_json(script: str, timeout: float) -> dict[str, Any]:
    proc = subprocess.run([str(BENCH_PY), str(HERE / script)], capture_output=True, text=True, timeout=timeout,
                          check=False, env=os.environ.copy())
    if proc.returncode != 0:
        raise RuntimeError(f"{script} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _medians(samples: dict[str, list[float]]) -> dict[str, float]:
    return {name: median(values) for name, values in samples.items()}


def run_sse() -> dict[str, Any]:
    log("sse: 2,000 chunks through each client ...")
    data = _subprocess_json("bench_sse.py", timeout=900)
    data["median_us"] = _medians(data["samples_us"])
    m = data["median_us"]
    data["ours_vs_json"] = m["ours"] / m["json.loads"]
    data["mistralai_vs_ours"] = m["mistralai"] / m["ours"]
    data["openai_vs_ours"] = m["openai"] / m["ours"]
    return data


def run_calls() -> dict[str, Any]:
    log("calls: chat.complete against a loopback server ...")
    data = _subprocess_json("bench_calls.py", timeout=900)
    data["median_us"] = _medians(data["samples_us"])
    m = data["median_us"]
    data["ours_vs_raw"] = m["ours"] / m["raw httpx post + json.loads"]
    if "samples_cpu_us" in data:
        c = data["median_cpu_us"] = _medians(data["samples_cpu_us"])
        data["ours_vs_raw_cpu"] = c["ours"] / c["raw httpx post + json.loads"]
    return data


def run_codec() -> dict[str, Any]:
    log("codec: from_dict / to_dict of 1,000 models ...")
    data = _subprocess_json("bench_codec.py", timeout=900)
    data["median_ms"] = _medians(data["samples_ms"])
    return data


PROFILES = (  # (corpus folder, extra arguments): what BENCH_PROFILE=1 profiles with pyinstrument
    ("oai-petstore", []),
    ("mistral-full", []),
    ("stripe", ["--warm"]),
    ("stripe", []),
)


def run_profiles() -> None:
    specs = {s["name"]: s["path"] for s in bench_generate.corpus_specs()}
    for name, extra in PROFILES:
        log(f"profile: {name} {' '.join(extra) or '(cold)'} ...")
        subprocess.run([str(BENCH_PY), str(HERE / "profile_generate.py"), specs[name], *extra], check=True,
                       timeout=2400)


def _merge_specs(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The earlier generation results with the rerun specs' rows (and stripe extras) replaced."""
    rows = {s["name"]: s for s in old.get("specs", [])}
    rows.update({s["name"]: s for s in new["specs"]})
    merged = {**old, **{k: v for k, v in new.items() if k != "specs"}}
    merged["specs"] = sorted(rows.values(), key=lambda s: s["bytes"])
    merged["rerun_specs"] = sorted({*old.get("rerun_specs", []), *(s["name"] for s in new["specs"])})
    return merged


def _git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             timeout=10, check=False)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "generator", "templates", "generated"],
                               cwd=ROOT, capture_output=True, text=True, timeout=30, check=False)
        return out.stdout.strip() + (" + uncommitted changes" if dirty.stdout.strip() else "")
    except OSError:
        return "?"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("openapi-python-client", "mistralai", "openai", "httpx", "httpx2", "pydantic", "ruff"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "?"
    black = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", "import black; print(black.__version__)"],
                           capture_output=True, text=True, timeout=60, check=False)
    out["black (ours)"] = black.stdout.strip() or "?"
    return out


def main(argv: list[str]) -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as users run: .pyc files written and used
    results: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if "--report" in argv:
        write_report(results, OUT_DIR)
        print_tables(results)
        return
    only = [s.strip() for s in os.environ.get("BENCH_ONLY", "").split(",") if s.strip()] or list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"BENCH_ONLY: unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    started = time.perf_counter()
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="pyclient-bench-"))
    runners = {
        "import": bench_import.run,
        "sse": run_sse,
        "calls": run_calls,
        "codec": run_codec,
        "generate": lambda: bench_generate.run(work),
        "growth": lambda: bench_generate.run_growth(work),
    }
    try:
        for section in SECTIONS[2:] + SECTIONS[:2]:  # the runtime sections first: they are quick
            if section in only:
                if section == "growth" and (QUICK or os.environ.get("BENCH_SKIP_GROWTH")):
                    continue
                load = os.getloadavg()
                outcome = runners[section]()
                if outcome is None:
                    continue
                if section == "generate" and os.environ.get("BENCH_SPECS") and "generate" in results:
                    previous = results["generate"]
                    outcome = _merge_specs(previous, outcome)  # a rerun of some specs only
                    outcome["other_rows_when"] = previous.get("other_rows_when") or previous.get("when", {}).get("date")
                results[section] = outcome
                results[section]["when"] = {
                    "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                    "load_before": [round(x, 2) for x in load],
                    "load_after": [round(x, 2) for x in os.getloadavg()],
                }
        if os.environ.get("BENCH_PROFILE"):
            run_profiles()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    meta = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _git_commit(),
        "python": platform.python_version(),
        "cpu": _cpu(),
        "cores": os.cpu_count(),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "quick": QUICK,
        "sections": only,
        "seconds": round(time.perf_counter() - started, 1),
        "versions": _versions(),
        "platform": platform.platform(),
    }
    if set(only) != set(SECTIONS) and "meta" in results:  # a partial rerun: keep the full run's description
        results["meta"].setdefault("reruns", []).append(
            {key: meta[key] for key in ("date", "commit", "sections", "seconds", "load_before", "load_after")})
    else:
        results["meta"] = meta
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(portable(results), indent=1) + "\n")
    write_report(results, OUT_DIR)
    print_tables(results)
    log(f"bench: done in {meta['seconds'] / 60:.1f} min; wrote {RESULTS.relative_to(ROOT)}, "
        f"{(OUT_DIR / 'benchmarks.md').relative_to(ROOT)} and the charts")
    sys.stdout.flush()
