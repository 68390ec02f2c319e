"""Shared fixtures: the loopback server, and where the committed generated client lives."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.loopback import LoopbackServer, serving

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
CORPUS = ROOT.parent / "shared" / "corpus"


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
