"""How much of the generated code still goes through black on a cold run (generator/render/stability.py).

    .venv/bin/python benchmarks/black_share.py SPEC [SPEC ...]

For each spec: the pieces (top-level definitions) of the package, how many are formatted whole by black, how
many black leaves as written (no black at all), the statements formatted alone, and the characters handed to
black against the characters written. Runs in-process with the project's venv; no cache is used.
"""

from __future__ import annotations

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


def main(paths: list[str]) -> None:
    formatting._format_many = _counting  # type: ignore[assignment]
    for path in paths:
        _fed.update(chars=0, calls=0)
        api = build_model(Path(path), Options(validate=False)).api
        started = time.process_time()
        files = render_package(api)
        cpu = time.process_time() - started
        written = sum(len(text) for name, text in files.items()
                      if name.endswith(".py") and not name.startswith("_runtime/"))
        run = formatting.LAST_RUN
        print(f"{Path(path).parent.name}: {run['pieces']} pieces, {run['whole']} formatted whole, "
              f"{run['untouched']} ({run['untouched'] / run['pieces']:.0%}) without black; "
              f"{run['formatted']} of {run['statements']} statements ({run['formatted'] / max(1, run['statements']):.1%})"
              f" formatted alone; black fed {_fed['chars'] / 1e3:,.0f} kB in {_fed['calls']} runs for "
              f"{written / 1e3:,.0f} kB written ({_fed['chars'] / written:.0%}); render + format {cpu:.1f} s CPU",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
