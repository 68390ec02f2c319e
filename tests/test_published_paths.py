"""Nothing we publish (docs/, README.md, generated/) carries the folders of the machine that wrote it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

MACHINE_PATH = re.compile(r"(?<![\w.~])/(?:work|root|home|tmp|Users|var/folders)/")


def _published() -> list[Path]:
    files = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*")), *sorted((ROOT / "generated").rglob("*"))]
    # caches that tools leave beside the files (.ruff_cache, .mypy_cache, __pycache__) are not published
    return [p for p in files if p.is_file() and p.suffix in {".md", ".json", ".py", ".txt", ""} and
            not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(ROOT).parts)]


def test_no_published_file_names_a_machine_folder() -> None:
    found = []
    for path in _published():
        text = path.read_text(encoding="utf-8", errors="replace")
        for needle in (str(ROOT), str(Path.home())):
            if needle in text and needle != "/":
                found.append(f"{path.relative_to(ROOT)}: {needle}")
        found += [f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}: {m.group()}"
                  for m in MACHINE_PATH.finditer(text)]
    assert found == []
