"""The tool as users install it: a wheel built from this checkout, installed into an empty venv from the lock,
generates the golden cases and the Mistral client byte for byte as the in-repo run does (templates included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __version__
from generator.render.files import read_tree
from tests.conftest import GENERATED, ROOT

pytestmark = pytest.mark.slow

_COMPARE_GOLDEN = """
import sys
sys.path.append(sys.argv[1])  # after site-packages: `generator` is the installed wheel, `tests` the checkout's
import generator
assert "site-packages" in generator.__file__, generator.__file__
from tests.golden_cases import cases, expected, generated
different = [case for case in cases() if generated(case) != expected(case)]
print("cases", len(cases()), "different", different)
sys.exit(1 if different else 0)
"""


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900, env=env, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the locked dependencies and the wheel built from this checkout (not editable)."""
    scratch = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                  str(scratch / "dist"), str(ROOT)], ROOT)
    assert built.returncode == 0, built.stderr
    (wheel,) = (scratch / "dist").glob("pyclient_generator-*.whl")
    venv = scratch / "venv"
    assert _run([sys.executable, "-m", "venv", str(venv)], scratch).returncode == 0
    python = str(venv / "bin" / "python")
    for args in (["--require-hashes", "--no-deps", "-r", str(ROOT / "requirements" / "dev.lock")],
                 ["--no-deps", str(wheel)]):
        done = _run([python, "-m", "pip", "install", "-q", *args], scratch)
        assert done.returncode == 0, done.stderr
    return venv


def test_the_installed_tool_reports_its_version(installed: Path) -> None:
    done = _run([str(installed / "bin" / "pyclient-gen"), "--version"], installed)
    assert done.stdout.strip() == f"pyclient-gen {__version__}"


def test_the_installed_tool_generates_the_mistral_client_byte_for_byte(installed: Path, tmp_path: Path) -> None:
    out = tmp_path / "mistral_client"
    env = {**os.environ, "PYCLIENT_GEN_CACHE": "off"}
    done = _run([str(installed / "bin" / "pyclient-gen"), "generate", "specs/mistral-openapi.yaml",
                 "--overlay", "specs/mistral.overlay.yaml", "--output", str(out)], ROOT, env)
    assert done.returncode == 0, done.stderr
    assert read_tree(out) == read_tree(GENERATED / "mistral_client")


def test_the_installed_tool_generates_every_golden_case_byte_for_byte(installed: Path) -> None:
    env = {**os.environ, "PYCLIENT_GEN_CACHE": "off"}
    done = _run([str(installed / "bin" / "python"), "-c", _COMPARE_GOLDEN, str(ROOT)], installed, env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "different []" in done.stdout
