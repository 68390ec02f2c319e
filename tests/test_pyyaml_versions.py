"""The reader's nesting limit does not depend on the PyYAML build: the same 10,000- and 100,000-level inputs end
in exit 2 with our own located message under PyYAML 6.0.3 (whose C loader segfaults on 100,000 nested `[`) and
6.0.4 (whose C scanner stops deep flow nesting with a message of its own).

Each version runs in a scratch venv that holds only that PyYAML and sees the project's other packages through a
`.pth` file placed after its own site-packages."""

from __future__ import annotations

import site
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_bad_inputs import DEEP, _builders

pytestmark = pytest.mark.slow

VERSIONS = ("6.0.3", "6.0.4")
CASES = ("deep_yaml", "deeper_yaml", "compact_yaml")
LINES = {"deep_yaml": 6, "deeper_yaml": 6, "compact_yaml": 7}


def _venv_with(version: str, folder: Path) -> Path:
    venv = folder / f"pyyaml-{version}"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", f"pyyaml=={version}"], check=True,
                   timeout=600, capture_output=True)
    own = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         check=True, capture_output=True, text=True).stdout.strip()
    Path(own, "zz_project.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    return python


@pytest.mark.parametrize("version", VERSIONS)
def test_deep_nesting_ends_in_our_located_error_whatever_pyyaml(version: str, tmp_path: Path) -> None:
    python = _venv_with(version, tmp_path)
    probe = subprocess.run([str(python), "-c", "import yaml; print(yaml.__version__, yaml.__with_libyaml__)"],
                           capture_output=True, text=True, check=True)
    assert probe.stdout.split() == [version, "True"]  # the C loader is the one under test
    builders = _builders()
    for case in CASES:
        spec = builders[case](tmp_path)
        output = tmp_path / "out" / "deep_client"
        done = subprocess.run([str(python), "-m", "generator", "generate", str(spec), "--output", str(output)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 2, (case, done.returncode, done.stderr[-2000:])
        assert f"{spec.name}:{LINES[case]}" in done.stderr and DEEP in done.stderr, (case, done.stderr)
        assert "Traceback" not in done.stderr and "not valid YAML" not in done.stderr
        assert not output.exists()
