"""The slow path of a model's `from_dict`: decode what is there, keep what is missing or malformed for later.

A model's `from_dict` decodes in straight lines; when that fails (a required key absent, a value of an unexpected
type), it calls `decode_leniently`. Each field is then decoded on its own: a required field the data lacks holds a
`Missing`, a value that does not decode holds an `Invalid` (with the raw value). The object is an instance of a
subclass made once per model (same name, `isinstance` of the model) whose fields are properties: reading a
`Missing` or `Invalid` field raises `FieldDecodeError` (an `AttributeError`, so `hasattr()` says False), naming the
model, the field and its JSON name; every other field reads as usual. `to_dict()` leaves missing fields out and
writes invalid ones back as they came: nothing is invented. See docs/runtime.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._types import UNSET, Unset, encode_json

T = TypeVar("T")

FieldSpec = tuple[str, str, "Callable[[Any], Any] | None", bool]
"""(attribute name, JSON name, decoder or None when the JSON value is kept as it is, required)."""

DECODE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
"""What a straight-line `from_dict` raises on data that does not match the spec."""


class FieldDecodeError(AttributeError):
    """Reading a field the response lacks (`raw` is None) or whose value did not decode (`raw` is that value)."""

    def __init__(self, message: str, *, model: str, field: str, wire: str, raw: Any = None) -> None:
        super().__init__(message)
        self.model = model
        self.field = field
        self.wire = wire
        self.raw = raw


class Missing:
    """Held by a required field the JSON data lacks."""

    __slots__ = ("field", "model", "wire")

    def __init__(self, model: str, field: str, wire: str) -> None:
        self.model, self.field, self.wire = model, field, wire

    def error(self) -> FieldDecodeError:
        message = (
            f"{self.model}.{self.field}: the response lacks this required field (JSON name {self.wire!r})"
        )
        return FieldDecodeError(message, model=self.model, field=self.field, wire=self.wire)

    def __repr__(self) -> str:
        return "<missing>"


class Invalid:
    """Held by a field whose JSON value did not decode; `raw` is the value as it came."""

    __slots__ = ("field", "model", "problem", "raw", "wire")

    def __init__(self, model: str, field: str, wire: str, raw: Any, problem: BaseException) -> None:
        self.model, self.field, self.wire, self.raw, self.problem = model, field, wire, raw, problem

    def error(self) -> FieldDecodeError:
        message = (
            f"{self.model}.{self.field}: the response has a value of an unexpected type for this field "
            f"(JSON name {self.wire!r}, {self.problem!r}); the raw value is the error's `raw`"
        )
        return FieldDecodeError(message, model=self.model, field=self.field, wire=self.wire, raw=self.raw)

    def __repr__(self) -> str:
        return f"<invalid {self.raw!r}>"


_HOLES = (Missing, Invalid)
_LENIENT: dict[type[Any], type[Any]] = {}
_MADE: set[type[Any]] = set()  # the values of _LENIENT


def decode_leniently(cls: type[T], data: Any, fields: tuple[FieldSpec, ...]) -> T:
    """`cls` from `data` field by field; `data` that is not a JSON object still raises TypeError."""
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__} expects a JSON object, got {type(data).__name__}")
    slots = _slots(cls)
    obj: T = object.__new__(lenient_class(cls, fields))
    for name, wire, decode, required in fields:
        slots[name].__set__(obj, _field_value(cls.__name__, name, wire, decode, required, data))
    known = {wire for _, wire, _, _ in fields}
    slots["extra"].__set__(obj, {k: v for k, v in data.items() if k not in known})
    return obj


def _field_value(
    model: str,
    name: str,
    wire: str,
    decode: Callable[[Any], Any] | None,
    required: bool,
    data: Mapping[str, Any],
) -> Any:
    if wire not in data:
        return Missing(model, name, wire) if required else UNSET
    value = data[wire]
    if decode is None or (value is None and not required):
        return value
    try:
        return decode(value)
    except DECODE_ERRORS as exc:
        return Invalid(model, name, wire, value, exc)


def lenient_class(cls: type[Any], fields: tuple[FieldSpec, ...]) -> type[Any]:
    """The subclass of `cls` whose fields raise FieldDecodeError when they hold a Missing or Invalid (made once)."""
    made = _LENIENT.get(cls)
    if made is None:
        slots = _slots(cls)
        namespace: dict[str, Any] = {name: _guarded(slots[name]) for name, _, _, _ in fields}
        namespace.update(
            __slots__=(),
            __module__=cls.__module__,
            __qualname__=cls.__qualname__,
            _LENIENT_FIELDS=fields,
            to_dict=_to_dict,
            __repr__=_repr,
            __eq__=_eq,
            __hash__=None,
        )
        made = _LENIENT[cls] = type(cls.__name__, (cls,), namespace)
        _MADE.add(made)
    return made


def _slots(cls: type[Any]) -> dict[str, Any]:
    """The slot descriptors of a model class (its own, not a lenient subclass's properties)."""
    return {name: cls.__dict__[name] for name in cls.__slots__}


def _guarded(slot: Any) -> property:
    def read(self: Any) -> Any:
        value = slot.__get__(self, type(self))
        if type(value) in _HOLES:
            raise value.error()
        return value

    def write(self: Any, value: Any) -> None:
        slot.__set__(self, value)

    return property(read, write)


def _raw_fields(obj: Any) -> list[tuple[str, str, Any]]:
    slots = _slots(type(obj).__mro__[1])
    return [(name, wire, slots[name].__get__(obj, type(obj))) for name, wire, _, _ in obj._LENIENT_FIELDS]


def _to_dict(self: Any) -> dict[str, Any]:
    """JSON data: missing fields left out, invalid ones as they came, fields never set left out."""
    out: dict[str, Any] = dict(self.extra)
    for _, wire, value in _raw_fields(self):
        if isinstance(value, Invalid):
            out[wire] = value.raw
        elif not isinstance(value, (Missing, Unset)):
            out[wire] = encode_json(value)
    return out


def _repr(self: Any) -> str:
    parts = ", ".join(f"{name}={value!r}" for name, _, value in _raw_fields(self))
    return f"{type(self).__qualname__}({parts})"


def _eq(self: Any, other: Any) -> Any:  # bool, or NotImplemented
    if type(other) is not type(self):
        return NotImplemented
    same: bool = _raw_fields(self) == _raw_fields(other) and self.extra == other.extra
    return same


def decoded_whole(value: object) -> bool:
    """False for a model `from_dict` decoded leniently (a union tries its next variant instead)."""
    return type(value) not in _MADE


__all__ = ["DECODE_ERRORS", "FieldDecodeError", "FieldSpec", "Invalid", "Missing", "decode_leniently", "decoded_whole"]
