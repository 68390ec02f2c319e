"""Stage 3: the intermediate model → the files of a Python package (formatted, deterministic)."""

from __future__ import annotations

from .files import check_tree, write_tree
from .package import render_package

__all__ = ["check_tree", "render_package", "write_tree"]
