"""Data models of W.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import dataclasses as _dc
from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "A",
]


@_dc.dataclass(slots=True, kw_only=True)
class A:
    x: str
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"x"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> A:
        """Build from JSON data; unknown keys go to `extra`."""
        return cls(
            x=data["x"],
            extra={k: v for k, v in data.items() if k not in cls._WIRE},
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["x"] = self.x
        return out
