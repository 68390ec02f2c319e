"""Where the real-world specs are: `$PYCLIENT_CORPUS`, else `../shared/corpus` beside the repository.

Tests that need them call `require_corpus()`: where the folder is absent they all skip from this one place, so
pytest's summary shows a single line saying how to point them at a corpus.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("PYCLIENT_CORPUS") or ROOT.parent / "shared" / "corpus").resolve()
CORPUS_MISSING = (f"corpus tests skipped: no corpus at {CORPUS}; "
                  "set PYCLIENT_CORPUS=/path/to/corpus (a folder like ../shared/corpus) to run them")


def require_corpus(*parts: str) -> Path:
    """The corpus folder (or a file or folder inside it); skips the calling test when the corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_MISSING)
    return CORPUS.joinpath(*parts)
