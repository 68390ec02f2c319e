"""The same spec gives byte-identical packages, whatever the hash seed of the generating process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("1", "2")
CASES = {
    "mistral": (ROOT / "specs" / "mistral-openapi.yaml", (ROOT / "specs" / "mistral.overlay.yaml",)),
    "composition": (ROOT / "tests" / "golden" / "composition" / "spec.yaml", ()),
    "multifile": (ROOT / "tests" / "golden" / "multifile" / "spec.yaml", ()),
}


def snapshot(folder: Path) -> dict[str, bytes]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


@pytest.mark.parametrize("case", sorted(CASES))
def test_generation_is_byte_identical_across_hash_seeds(case: str, tmp_path: Path) -> None:
    spec, overlays = CASES[case]
    if not spec.is_file():
        pytest.skip(f"{spec} is not in this checkout")
    overlay_args = [arg for overlay in overlays for arg in ("--overlay", str(overlay))]
    runs = []
    for seed in SEEDS:  # both at once: the Mistral spec takes a few seconds
        output = tmp_path / f"seed{seed}" / "client"
        command = [sys.executable, "-m", "generator", "generate", str(spec), *overlay_args,
                   "--output", str(output)]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        runs.append((process, output))
    trees = []
    for process, output in runs:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        trees.append(snapshot(output))
    first, second = trees
    assert sorted(first) == sorted(second)
    differing = [path for path in first if first[path] != second[path]]
    assert differing == [], f"files differ between PYTHONHASHSEED={SEEDS[0]} and {SEEDS[1]}: {differing}"
    assert "__init__.py" in first and "models.py" in first
