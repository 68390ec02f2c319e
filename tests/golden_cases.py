"""Golden cases: tests/golden/<case>/spec.yaml (+ overlay.yaml) and the expected package in expected/.

A file `naming-operation-id` in a case's folder generates it with `--naming operation-id`.
Expected files carry a `.golden` suffix (so linters and the import system leave them alone) and leave
out `_runtime/`, which is copied verbatim from templates/runtime and tested on its own.
Rewrite them with `make golden`, then review the diff before committing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.options import NamingMode
from generator.pipeline import Options, generate_files

GOLDEN = Path(__file__).resolve().parent / "golden"
SUFFIX = ".golden"


def cases() -> list[str]:
    return sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())


def package_name(case: str) -> str:
    return case.replace("-", "_") + "_client"


def generated(case: str) -> dict[str, bytes]:
    """What the generator produces now for `case`, keyed like the expected tree (runtime left out)."""
    folder = GOLDEN / case
    overlays = tuple(p for p in [folder / "overlay.yaml"] if p.is_file())
    files, _ = generate_files(folder / "spec.yaml", Options(overlays=overlays, naming=naming(case)), package_name(case))
    return {path + SUFFIX: data for path, data in files.items() if not path.startswith("_runtime/")}


def naming(case: str) -> NamingMode:
    """The naming scheme of a case: `operation-id` when its folder has a file `naming-operation-id`."""
    return "operation-id" if (GOLDEN / case / "naming-operation-id").is_file() else "default"


def expected(case: str) -> dict[str, bytes]:
    root = GOLDEN / case / "expected"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def rewrite(case: str) -> None:
    root = GOLDEN / case / "expected"
    for old in sorted(root.rglob("*"), reverse=True) if root.exists() else []:
        old.unlink() if old.is_file() else old.rmdir()
    for relative, data in generated(case).items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


@contextmanager
def importable(folder: Path, prefix: str, names: Iterable[str]) -> Iterator[Path]:
    """Golden cases generated into `folder` as packages `<prefix>_<case>`, importable while in use."""
    from generator.render import write_tree

    for case in names:
        files, _ = generate_files(GOLDEN / case / "spec.yaml")
        write_tree(folder / f"{prefix}_{case}", files)
    sys.path.insert(0, str(folder))
    try:
        yield folder
    finally:
        sys.path.remove(str(folder))
