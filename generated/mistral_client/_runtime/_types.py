"""Values shared by generated code: UNSET, open (forward-compatible) enums, JSON encoding of arguments."""

from __future__ import annotations

import datetime as _dt
import enum
import sys
from collections.abc import Mapping
from typing import Any, Final, final

__all__ = ["UNSET", "OpenIntEnum", "OpenStrEnum", "Unset", "encode_json"]


@final
class Unset:
    """Type of `UNSET`: "argument not given / field absent" (as opposed to an explicit `None`/null)."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


def _pseudo_member(cls: type[enum.Enum], member: enum.Enum, value: Any) -> Any:
    """Register `member` as the (cached) member for an unknown `value`, so identity holds."""
    member._name_ = str(value)
    member._value_ = value
    return cls._value2member_map_.setdefault(value, member)


class OpenStrEnum(str, enum.Enum):
    """A str enum that accepts values it does not know: `Color("mauve").value == "mauve"`."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        return _pseudo_member(cls, str.__new__(cls, value), value)

    def __str__(self) -> str:
        return str(self._value_)


class OpenIntEnum(int, enum.Enum):
    """An int enum that accepts values it does not know: `Level(7).value == 7`."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return _pseudo_member(cls, int.__new__(cls, value), value)

    def __str__(self) -> str:
        return str(self._value_)


_PLAIN: Final = frozenset({str, int, float, bool, type(None)})


def encode_json(value: Any) -> Any:
    """Turn an argument into JSON-ready data (see docs/runtime.md); containers are encoded recursively."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {k: encode_json(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [encode_json(v) for v in value]
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    uuid = sys.modules.get("uuid")  # not imported here: no UUID can exist before `uuid` is
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    return value
