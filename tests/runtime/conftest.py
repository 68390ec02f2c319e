"""Import templates/runtime as the package `_rt_under_test` (a copy in a temp dir), and provide a real server."""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "runtime"
_TMP = Path(tempfile.mkdtemp(prefix="rt_under_test_"))
shutil.copytree(_RUNTIME, _TMP / "_rt_under_test", ignore=shutil.ignore_patterns("__pycache__"))
sys.path.insert(0, str(_TMP))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)

from ._support import LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    try:
        yield srv
    finally:
        srv.close()
