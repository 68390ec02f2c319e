"""Shared fixtures: the loopback server, and where the committed generated client lives."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from tests.corpus_path import CORPUS, CORPUS_MISSING
from tests.loopback import LoopbackServer, serving

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
__all__ = ["CORPUS", "GENERATED", "ROOT"]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serving() as running:
        yield running


@pytest.fixture(scope="session")
def generated_on_path() -> Iterator[Path]:
    sys.path.insert(0, str(GENERATED))
    try:
        yield GENERATED
    finally:
        sys.path.remove(str(GENERATED))


@pytest.fixture(scope="session", autouse=True)
def _format_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never touch the user's ~/.cache; one cache per test session."""
    import os

    old = os.environ.get("PYCLIENT_GEN_CACHE")
    os.environ["PYCLIENT_GEN_CACHE"] = str(tmp_path_factory.mktemp("format-cache"))
    yield
    if old is None:
        os.environ.pop("PYCLIENT_GEN_CACHE", None)
    else:
        os.environ["PYCLIENT_GEN_CACHE"] = old


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, object, None]:
    """Every skip for want of the corpus is reported from one place, so pytest's summary shows it as one line."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and isinstance(report.longrepr, tuple) and report.longrepr[2].endswith(CORPUS_MISSING):
        report.longrepr = ("tests/corpus_path.py", 1, CORPUS_MISSING)
