"""How much of the generated code still goes through black on a cold run (generator/render/stability.py).

    .venv/bin/python benchmarks/black_share.py [--json] SPEC [SPEC ...]

For each spec: the pieces (top-level definitions) of the package, how many are formatted whole by black, how
many black leaves as written (no black at all), the statements formatted alone, and the characters handed to
black against the characters written. Runs in-process with the project's venv; no cache is used. With --json,
one JSON object per spec (what `make bench` records in its generation rows).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ["PYCLIENT_GEN_CACHE"] = "off"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.pipeline import Options, build_model
from generator.render import (
    formatting,
    render_package,
)

_black_many = formatting._format_many  # every text black formats goes through it (maybe to worker processes)
_fed = {"chars": 0, "calls": 0}


def _counting(texts: list[str], workers: int) -> list[str | None]:
    _fed["chars"] += sum(map(len, texts))
    _fed["calls"] += len(texts)
    return _black_many(texts, workers)


def share(path: str) -> dict[str, float]:
    """The oracle's counts for one spec, with the characters black was fed and the characters written."""
    _fed.update(chars=0, calls=0)
    api = build_model(Path(path), Options(validate=False)).api
    started = time.process_time()
    files = render_package(api)
    cpu = time.process_time() - started
    written = sum(len(text) for name, text in files.items()
                  if name.endswith(".py") and not name.startswith("_runtime/"))
    return {**formatting.LAST_RUN, "black_chars": _fed["chars"], "black_runs": _fed["calls"],
            "written_chars": written, "render_cpu": round(cpu, 3)}


def main(args: list[str]) -> None:
    formatting._format_many = _counting  # type: ignore[assignment]
    as_json = "--json" in args
    for path in (a for a in args if a != "--json"):
        run = share(path)
        if as_json:
            print(json.dumps({"spec": path, **run}), flush=True)
            continue
        print(f"{Path(path).parent.name}: {run['pieces']} pieces, {run['whole']} formatted whole by black, "
              f"{run['untouched']} ({run['untouched'] / run['pieces']:.0%}) kept as written; {run['formatted']} of "
              f"{run['statements']} statements ({run['formatted'] / max(1, run['statements']):.1%}) laid out alone "
              f"({run.get('laid_out', 0)} distinct ones by layout.py, the rest by black); black fed "
              f"{run['black_chars'] / 1e3:,.1f} kB in {run['black_runs']} runs for {run['written_chars'] / 1e3:,.0f} kB "
              f"written ({run['black_chars'] / run['written_chars']:.1%}); render + format {run['render_cpu']:.1f} s "
              "CPU (this process only)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
