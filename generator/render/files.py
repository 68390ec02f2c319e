"""Writing a rendered package atomically, and comparing it with what is on disk (`--check`)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MARKER = b"Generated from the OpenAPI spec; do not edit by hand."
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache"})


class OutputError(Exception):
    """The output folder cannot be written (not ours, or a filesystem problem)."""


def read_tree(folder: Path) -> dict[str, bytes]:
    """The files under `folder` by relative POSIX path, leaving out caches."""
    if not folder.is_dir():
        return {}
    files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not IGNORED_PARTS & set(relative.parts) and path.suffix != ".pyc":
            files[relative.as_posix()] = path.read_bytes()
    return files


def check_tree(folder: Path, files: dict[str, bytes]) -> list[str]:
    """What differs between `folder` and `files`, one line each; empty when they are the same."""
    current = read_tree(folder)
    lines = [f"missing: {p}" for p in sorted(files.keys() - current.keys())]
    lines += [f"changed: {p}" for p in sorted(p for p in files.keys() & current.keys() if files[p] != current[p])]
    lines += [f"extra: {p}" for p in sorted(current.keys() - files.keys())]
    return lines


def _is_ours(folder: Path) -> bool:
    init = folder / "__init__.py"
    return not any(folder.iterdir()) or (init.is_file() and MARKER in init.read_bytes()[:2000])


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    """Replace `folder` with exactly `files`; on any failure the old folder is left as it was."""
    folder = folder.resolve()
    if folder.exists() and (not folder.is_dir() or not _is_ours(folder)):
        raise OutputError(f"{folder} exists and is not a generated package; refusing to overwrite it")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=folder.parent))
    try:
        for relative, data in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        _swap(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, folder: Path) -> None:
    if not folder.exists():
        os.replace(staging, folder)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=folder.parent))
    os.replace(folder, retired / folder.name)
    try:
        os.replace(staging, folder)
    except OSError:
        os.replace(retired / folder.name, folder)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)
