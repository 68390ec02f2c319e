"""Data models of W.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "A",
]


A: TypeAlias = "list[Any]"
