"""5. from_dict / to_dict of a large response: a ModelList of 1,000 models, ours vs mistralai's pydantic models.

Runs in the bench venv (`python benchmarks/bench_codec.py` prints JSON). The data is the `data` items of
tests/mistral/fixtures/models.json (base and fine-tuned models) repeated to 1,000, each with its own id,
already parsed from JSON (json.loads is timed separately, for scale). Ours: `ModelList.from_dict(d)` and
`.to_dict()`; mistralai: `ModelList.model_validate(d)` and `.model_dump(by_alias=True)`, plus the SDK's own
response path `utils.unmarshal(d, ModelList)` (what `client.models.list()` runs). Both round trips are checked.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "generated"))

ITEMS = int(os.environ.get("BENCH_CODEC_ITEMS", "1000"))
RUNS = int(os.environ.get("BENCH_CODEC_RUNS", "5" if os.environ.get("BENCH_QUICK") else "21"))
FIXTURE = HERE.parent / "tests" / "mistral" / "fixtures" / "models.json"


def payload() -> dict[str, Any]:
    base = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items = []
    for i in range(ITEMS):
        item = json.loads(json.dumps(base["data"][i % len(base["data"])]))
        item["id"] = f"{item['id']}-{i}"
        items.append(item)
    return {"object": "list", "data": items}


def best_of(fn: Callable[[], Any]) -> list[float]:
    fn()
    out = []
    for _ in range(RUNS):
        gc.collect()
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1e3)
    return out


def main() -> None:
    from mistral_client.models import ModelList as Ours
    from mistralai.client import utils
    from mistralai.client.models import ModelList as Theirs

    data = payload()
    text = json.dumps(data)
    ours_obj = Ours.from_dict(data)
    theirs_obj = Theirs.model_validate(data)
    # datetimes come back as "+00:00" where the input said "Z" (same instant); everything else verbatim
    assert json.loads(json.dumps(ours_obj.to_dict()).replace("+00:00", "Z")) == data, "our round trip changed data"
    assert len(theirs_obj.data or []) == ITEMS
    dumped = theirs_obj.model_dump(by_alias=True)
    assert len(dumped["data"]) == ITEMS
    samples_ms = {
        "json.loads (for scale)": best_of(lambda: json.loads(text)),
        "ours from_dict": best_of(lambda: Ours.from_dict(data)),
        "ours to_dict": best_of(lambda: ours_obj.to_dict()),
        "mistralai model_validate": best_of(lambda: Theirs.model_validate(data)),
        "mistralai model_dump": best_of(lambda: theirs_obj.model_dump(by_alias=True)),
        "mistralai SDK response path (utils.unmarshal)": best_of(lambda: utils.unmarshal(data, Theirs)),
    }
    print(json.dumps({"items": ITEMS, "runs": RUNS, "json_bytes": len(text), "samples_ms": samples_ms}))


if __name__ == "__main__":
    main()
