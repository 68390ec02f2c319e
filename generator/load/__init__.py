"""Stage 1: read the spec and its referenced files, apply overlays, validate. Problems become findings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..findings import Findings, Location
from .background import BackgroundValidation, can_fork, early_validation
from .document import Document, Node
from .lint import lint
from .misplaced import report_misplaced_refs
from .reader import MAX_DEPTH, LineIndex, read_file, too_deep
from .validate import check_version, run_validator

__all__ = ["Document", "Node", "load_spec"]


def load_spec(
    path: Path,
    overlays: Sequence[Path] = (),
    *,
    validate: bool = True,
    allow_outside_refs: bool = False,
    background: bool = False,
    child: BackgroundValidation | None = None,
) -> Document:
    """Load a spec; the returned document carries every finding. Its `root` is None when unreadable.

    With `background`, the validator may still be running: see `Document.pending_validation`. `child`, a
    validator child started earlier (`early_validation`), is used for it or stopped."""
    background = background and validate and can_fork()
    if child is None and background:  # started before reading, to import the validator meanwhile
        child = early_validation(validate)
    try:
        document = _load(path, overlays, validate, allow_outside_refs, background, child)
    except BaseException:
        if child is not None:
            child.cancel()
        raise
    return document


def _load(path: Path, overlays: Sequence[Path], validate: bool, allow_outside_refs: bool,
          background: bool, child: BackgroundValidation | None) -> Document:
    """load_spec's work; the child, when given, is used or stopped."""
    findings = Findings()
    lines: dict[Path, LineIndex] = {}
    root = read_file(path, findings, lines)
    if root is not None and overlays:
        # imported here: most runs have no overlay, and its JSONPath module takes time to import
        from .overlay import apply_overlays

        loaded = [(str(p), read_file(p, findings)) for p in overlays]
        if not findings.errors:
            root = apply_overlays(root, loaded, findings)
            deep = too_deep(root)
            if deep is not None:
                findings.error(f"after the overlays, the document nests deeper than {MAX_DEPTH} levels",
                               Location(str(overlays[-1]), "", None),
                               f"the deepest value is at #{deep[:200]}; make the updates shallower")
    document = Document(path, root, allow_outside_refs=allow_outside_refs, findings=findings)
    document.keep_lines(lines)
    family = None if root is None or findings.errors else check_version(document)
    if family is not None:
        report_misplaced_refs(document)
        lint(document)
    if family is not None and validate:
        run_validator(document, family, background, child)
    elif child is not None:
        child.cancel()
    return document
