"""Import templates/runtime as the package `_rt_under_test` (straight from its source, no generator involved),
and provide a real HTTP server."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "runtime"


def _import_runtime(name: str = "_rt_under_test") -> None:
    if name in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(name, _RUNTIME / "__init__.py", submodule_search_locations=[str(_RUNTIME)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    no_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # keep __pycache__ out of the template folder
    try:
        spec.loader.exec_module(module)  # its __init__ imports every submodule
    finally:
        sys.dont_write_bytecode = no_bytecode


_import_runtime()

from ._support import LocalServer  # (imported after the runtime package exists)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    try:
        yield srv
    finally:
        srv.close()
