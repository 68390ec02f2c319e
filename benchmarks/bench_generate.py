"""1. Generation, end to end (a fresh process per run, formatting included), ours against openapi-python-client.

Ours: `python -m generator generate SPEC --output DIR/<name>_client` (black, piece cache in $PYCLIENT_GEN_CACHE).
  - cold: a fresh, empty cache folder for every run (what a first run on a machine, or CI, pays);
  - warm: a second run on the same spec with that cache kept (regeneration after no change).
openapi-python-client: `generate --path SPEC --output-path DIR --meta none` (package only, like ours; it formats
with ruff, found on PATH in the bench venv), a fresh output folder for every run, a time limit per run.
Runs of one spec are interleaved (ours cold, ours warm, theirs; again ...) so that noise hits both alike.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from common import BENCH_VENV, CORPUS, HERE, PROJECT_PY, QUICK, ROOT, Timed, env_int, log, median, run_timed

TIMEOUT = float(env_int("BENCH_TIMEOUT", 300))  # seconds per openapi-python-client run
OURS_TIMEOUT = 1800.0  # ours must finish: the number is what we want (a cold 2× stripe takes minutes)
QUICK_MAX_BYTES = 250_000  # BENCH_QUICK: only specs up to this size
WARM_PAIRS = 3  # growth test: alternating warm runs of the 1× and 2× specs


def corpus_specs() -> list[dict[str, Any]]:
    specs = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        files = [f for f in folder.iterdir() if f.is_file() and f.suffix in (".yaml", ".yml", ".json")]
        if len(files) != 1:
            continue
        spec = files[0]
        specs.append({"name": folder.name, "path": str(spec), "bytes": spec.stat().st_size})
    return sorted(specs, key=lambda s: s["bytes"])


def runs_for(size: int) -> int:
    """Median of this many runs: five below 1 MB (runs of well under a second, which the shared machine moves by
    ±15 %), three for the large ones (a single run of a large spec moved by ±10 %)."""
    if QUICK:
        return env_int("BENCH_GEN_RUNS", 2)
    if "BENCH_GEN_RUNS" in os.environ:
        return env_int("BENCH_GEN_RUNS", 3)
    return 5 if size < 1_000_000 else 3


def package_name(name: str) -> str:
    return re.sub(r"\W", "_", name).lower().strip("_") + "_client"


def ours(spec: str, out: Path, cache: Path | None, *, validate: bool = True) -> Timed:
    cmd: list[str | os.PathLike[str]] = [PROJECT_PY, "-m", "generator", "generate", spec, "--output", out]
    if not validate:
        cmd.append("--no-validate")
    env = {"PYCLIENT_GEN_CACHE": str(cache) if cache else "off"}
    return run_timed(cmd, env=env, timeout=OURS_TIMEOUT, cwd=ROOT)


def theirs(spec: str, out: Path) -> Timed:
    cli = BENCH_VENV / "bin" / "openapi-python-client"
    env = {"PATH": f"{BENCH_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}  # its ruff
    result = run_timed([cli, "generate", "--path", spec, "--output-path", out, "--meta", "none"],
                       env=env, timeout=TIMEOUT)
    if result.ok and not any(out.rglob("*.py")):
        result.returncode = -1  # "succeeded" without writing a client: count as a failure
    return result


def _status(results: list[Timed]) -> str:
    if all(r.ok for r in results):
        return "ok"
    if any(r.returncode is None for r in results):
        return f"timeout (>{TIMEOUT:.0f} s)"
    return "crash"


def _summary(results: list[Timed]) -> dict[str, Any]:
    good = [r.seconds for r in results if r.ok]
    return {
        "status": _status(results),
        "median": median(good) if len(good) == len(results) else None,
        "cpu_median": median([r.cpu for r in results if r.ok]) if len(good) == len(results) else None,
        "runs": [round(r.seconds, 3) for r in results],
        "cpu_runs": [round(r.cpu, 3) for r in results],
        "failed_after": [round(r.seconds, 1) for r in results if not r.ok],
        "tail": next((r.tail for r in results if not r.ok), ""),
    }


def one_spec(spec: dict[str, Any], work: Path, *, with_theirs: bool = True, runs: int | None = None,
             validate: bool = True) -> dict[str, Any]:
    runs = runs or runs_for(spec["bytes"])
    cold: list[Timed] = []
    warm: list[Timed] = []
    other: list[Timed] = []
    name = package_name(spec["name"])
    for i in range(runs):
        cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
        out = Path(tempfile.mkdtemp(prefix="ours-", dir=work)) / name
        cold.append(ours(spec["path"], out, cache, validate=validate))
        warm.append(ours(spec["path"], out, cache, validate=validate))
        log(f"  {spec['name']} run {i + 1}/{runs}: ours cold {cold[-1].seconds:.2f} s"
            f"{'' if cold[-1].ok else ' FAILED'}, warm {warm[-1].seconds:.2f} s")
        shutil.rmtree(cache.parent / cache.name, ignore_errors=True)
        shutil.rmtree(out.parent, ignore_errors=True)
        if with_theirs:
            target = Path(tempfile.mkdtemp(prefix="opc-", dir=work)) / "client"
            other.append(theirs(spec["path"], target))
            log(f"  {spec['name']} run {i + 1}/{runs}: openapi-python-client {other[-1].seconds:.2f} s "
                f"({_status([other[-1]])})")
            shutil.rmtree(target.parent, ignore_errors=True)
            if other[-1].returncode is None:
                with_theirs = False  # a timeout repeats: one is enough to record it
    result = {**spec, "runs": runs, "validate": validate, "ours_cold": _summary(cold), "ours_warm": _summary(warm)}
    if validate:
        result["black_share"] = black_share(spec["path"])
    if other:
        result["theirs"] = _summary(other)
        t, o = result["theirs"]["median"], result["ours_cold"]["median"]
        result["speedup_cold"] = t / o if t and o else None
        w = result["ours_warm"]["median"]
        result["speedup_warm"] = t / w if t and w else None
        t, o = result["theirs"]["cpu_median"], result["ours_cold"]["cpu_median"]
        result["speedup_cold_cpu"] = t / o if t and o else None
    return result


def black_share(path: str) -> dict[str, Any] | None:
    """What black itself still formats on a cold run of the spec (benchmarks/black_share.py); None if it failed."""
    proc = subprocess.run([str(PROJECT_PY), str(HERE / "black_share.py"), "--json", path], capture_output=True,
                          text=True, timeout=OURS_TIMEOUT, check=False, env={**os.environ, "PYCLIENT_GEN_CACHE": "off"})
    if proc.returncode != 0:
        log(f"  black share of {path} failed: {proc.stderr.strip()[-300:]}")
        return None
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def growth(base: dict[str, Any], work: Path) -> dict[str, Any]:
    """Time for a spec with every component and path twice over (renamed) against the spec once.

    Both sides are written by make_growth_spec.py as JSON. Cold: one run each with an empty cache (a cold
    stripe run takes minutes). Warm: each side's cold cache kept, 1× and 2× runs alternate, WARM_PAIRS times,
    and the medians are compared, so both sides see the same moments of a noisy machine.
    """
    folder = work / "growth"
    made = run_timed([PROJECT_PY, HERE / "make_growth_spec.py", base["path"], folder], timeout=600)
    if not made.ok:
        return {"error": made.tail}
    info = json.loads(made.tail.splitlines()[-1])
    sides = {key: {"name": f"{base['name']}-{key}", "path": info[key], "bytes": info[f"{key}_bytes"]}
             for key in ("1x", "2x")}
    caches = {key: Path(tempfile.mkdtemp(prefix=f"cache-{key}-", dir=work)) for key in sides}
    outs = {key: Path(tempfile.mkdtemp(prefix="ours-", dir=work)) / package_name(base["name"]) for key in sides}
    cold: dict[str, list[Timed]] = {}
    for key, spec in sides.items():
        log(f"growth: {spec['name']} ({spec['bytes']:,} bytes), cold")
        cold[key] = [ours(spec["path"], outs[key], caches[key])]
        log(f"  {cold[key][0].seconds:.1f} s ({cold[key][0].cpu:.1f} s CPU)")
    warm: dict[str, list[Timed]] = {"1x": [], "2x": []}
    for i in range(WARM_PAIRS):
        for key, spec in sides.items():
            warm[key].append(ours(spec["path"], outs[key], caches[key]))
        log(f"  growth warm pair {i + 1}/{WARM_PAIRS}: 1× {warm['1x'][-1].seconds:.2f} s, "
            f"2× {warm['2x'][-1].seconds:.2f} s")
    for cache in caches.values():
        shutil.rmtree(cache, ignore_errors=True)
    out: dict[str, Any] = {"base": base["name"], "warm_pairs": WARM_PAIRS}
    for key, spec in sides.items():
        out[key] = {**spec, "ours_cold": _summary(cold[key]), "ours_warm": _summary(warm[key])}
    for mode in ("cold", "warm"):
        one, two = out["1x"][f"ours_{mode}"]["median"], out["2x"][f"ours_{mode}"]["median"]
        out[f"ratio_{mode}"] = two / one if one and two else None
        one, two = out["1x"][f"ours_{mode}"]["cpu_median"], out["2x"][f"ours_{mode}"]["cpu_median"]
        out[f"ratio_{mode}_cpu"] = two / one if one and two else None
    return out


def run_growth(work: Path) -> dict[str, Any] | None:
    """The growth section, on the corpus's stripe spec."""
    stripe = next((s for s in corpus_specs() if s["name"] == "stripe"), None)
    if stripe is None:
        log("growth: skipped (no stripe folder in the corpus)")
        return None
    return growth(stripe, work)


def compile_generator() -> None:
    """Byte-compile the generator, as pip does for an installed tool (openapi-python-client's install is), so the
    first timed run does not pay for compiling our modules (orchestrate.main has already lifted
    PYTHONDONTWRITEBYTECODE, so the .pyc files are written)."""
    subprocess.run([str(PROJECT_PY), "-m", "compileall", "-q", str(ROOT / "generator")], check=True)


def run(work: Path) -> dict[str, Any]:
    compile_generator()
    specs = corpus_specs()
    if QUICK:
        specs = [s for s in specs if s["bytes"] <= QUICK_MAX_BYTES]
    only = os.environ.get("BENCH_SPECS")
    if only:
        specs = [s for s in specs if s["name"] in only.split(",")]
    results = []
    for spec in specs:
        log(f"generation: {spec['name']} ({spec['bytes']:,} bytes)")
        results.append(one_spec(spec, work))
    report: dict[str, Any] = {"specs": results, "timeout": TIMEOUT}
    stripe = next((s for s in results if s["name"] == "stripe"), None)
    if stripe is not None:
        stripe_spec = {key: stripe[key] for key in ("name", "path", "bytes")}
        log("generation: stripe without validation (--no-validate)")
        report["stripe_no_validate"] = one_spec(stripe_spec, work, with_theirs=False, runs=stripe["runs"],
                                                validate=False)
    return report
