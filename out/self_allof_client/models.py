"""Data models of W.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

__all__ = [
    "A",
]


A = A
