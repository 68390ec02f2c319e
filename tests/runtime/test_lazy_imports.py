"""Importing the runtime loads no more of the standard library than a sync call needs (asyncio and uuid are
looked up only where they are used), and the async parts still work once asyncio is there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

_PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import httpx  # what httpx loads itself (with click installed, its CLI module loads uuid) is not ours
before = set(sys.modules)
import runtime
print(sorted(name for name in ("asyncio", "uuid") if name in sys.modules and name not in before))
"""


def test_importing_the_runtime_loads_neither_asyncio_nor_uuid() -> None:
    result = subprocess.run(
        [sys.executable, "-B", "-c", _PROBE, str(TEMPLATES)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_async_core_sleeps_with_asyncio() -> None:
    import asyncio

    from _rt_under_test import AsyncCore

    core = AsyncCore(base_url="http://127.0.0.1:1")
    assert core.sleep is asyncio.sleep
    asyncio.run(core.aclose())
