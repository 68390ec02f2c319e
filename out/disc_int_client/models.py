"""Data models of W.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import dataclasses as _dc
from collections.abc import Mapping
from typing import Any, ClassVar, TypeAlias

from ._runtime import UNSET, Unset

__all__ = [
    "A",
    "B",
]


@_dc.dataclass(slots=True, kw_only=True)
class B:
    k: str | None | Unset = UNSET
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"k"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> B:
        """Build from JSON data; unknown keys go to `extra`."""
        return cls(
            k=data.get("k", UNSET),
            extra={k: v for k, v in data.items() if k not in cls._WIRE},
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if not isinstance(self.k, Unset):
            out["k"] = self.k
        return out


A: TypeAlias = "B | str"
