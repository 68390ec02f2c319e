"""Generated packages are clean code: they pass `ruff check` and `mypy --strict`, and import cleanly.

Also pins that the committed generated/ is exactly what `make generate` produces (`make check`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Options, generate_files
from generator.provenance import FILE_NAME
from generator.render import check_tree, write_tree
from tests.golden_cases import GOLDEN, cases, package_name

ROOT = Path(__file__).resolve().parent.parent
MISTRAL = (ROOT / "specs" / "mistral-openapi.yaml", (ROOT / "specs" / "mistral.overlay.yaml",))
BIN = Path(sys.executable).parent


def _write_all(folder: Path) -> list[str]:
    names = []
    for case in cases():
        overlays = tuple(p for p in [GOLDEN / case / "overlay.yaml"] if p.is_file())
        files, _ = generate_files(GOLDEN / case / "spec.yaml", Options(overlays=overlays))
        write_tree(folder / package_name(case), files)
        names.append(package_name(case))
    files, _ = generate_files(MISTRAL[0], Options(overlays=MISTRAL[1]))
    write_tree(folder / "mistral_client", files)
    return [*names, "mistral_client"]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("packages")
    return folder, _write_all(folder)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


def test_generated_packages_pass_ruff(packages: tuple[Path, list[str]]) -> None:
    folder, names = packages
    result = _run([str(BIN / "ruff"), "check", "--no-cache", "--isolated", *names], folder)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_packages_pass_mypy_strict(packages: tuple[Path, list[str]]) -> None:
    folder, names = packages
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(folder / ".mypy")]
    result = _run(args + [arg for name in names for arg in ("-p", name)], folder)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_packages_import_without_side_effects(packages: tuple[Path, list[str]]) -> None:
    folder, names = packages
    code = "import importlib, sys\nfor n in sys.argv[1:]:\n    m = importlib.import_module(n)\n    m.Client; m.models\n"
    result = _run([sys.executable, "-c", code, *names], folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_committed_mistral_client_is_up_to_date() -> None:
    files, _ = generate_files(MISTRAL[0], Options(overlays=MISTRAL[1]), "mistral_client")
    # _provenance.json is written by the CLI (its paths are as given on the command line): `make check` covers it
    on_disk = ROOT / "generated" / "mistral_client"
    assert check_tree(on_disk, {**files, FILE_NAME: (on_disk / FILE_NAME).read_bytes()}) == [], \
        "run `make generate` and commit"
