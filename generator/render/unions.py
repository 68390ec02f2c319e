"""How a generated union decoder picks its branch.

The choice is made from the JSON shape: object variants by their required keys and by the properties that can
hold a single value (`const`, a one-member enum); enums by the type of their values; dates and date-times by the
length of the string when another string variant competes. Everything that can be decided while generating is
decided here. Only where two object variants cannot be told apart by shape does the decoder try them in order
(the more specific first), and a date or date-time next to another string variant is parsed on trial: a failed
attempt moves on to the next branch. The work at run time stays bounded: one pass over the branches.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from ..model.types import Const, Definition, EnumDef, Named, ObjectDef, Primitive, TypeExpr

OBJECT_ERRORS = "(AttributeError, KeyError, TypeError, ValueError)"
"""What a `from_dict` on data of another shape raises (missing key, wrong container, unparsable value)."""
PARSE_ERRORS = "ValueError"
MAX_NAME_CHARS = 60
_NOT_NAME = re.compile(r"[^0-9A-Za-z]+")

Scalar = str | int | float | bool


@dataclass
class UnionCase:
    """One branch of a generated union decoder: `if <condition>: return <result>`."""

    condition: str
    result: str
    fallible: str = ""  # exceptions that send the decoder on to the next branch; "" when the branch commits


@dataclass
class UnionDecoder:
    name: str
    annotation: str
    cases: list[UnionCase]


@dataclass(frozen=True)
class Pin:
    """A property that can hold one value only."""

    wire: str
    value: Scalar
    required: bool

    @property
    def key(self) -> tuple[str, type, Scalar]:
        return self.wire, type(self.value), self.value

    def test(self) -> str:
        wire, value = repr(self.wire), repr(self.value)
        got = f"data.get({wire})" if self.required else f"data.get({wire}, {value})"
        return f"{got} is {value}" if isinstance(self.value, bool) else f"{got} == {value}"


@dataclass(frozen=True)
class ObjectShape:
    """What a JSON object of one object variant must look like: its required keys and pinned values."""

    required: tuple[str, ...]
    pins: tuple[Pin, ...]

    def condition(self, pins: Sequence[Pin]) -> str:
        tests = ["isinstance(data, dict)"]
        if self.required:
            tests.append("{" + ", ".join(repr(k) for k in self.required) + "} <= data.keys()")
        tests += [pin.test() for pin in pins]
        return " and ".join(tests)

    def excludes(self, other: ObjectShape) -> bool:
        """No JSON object fits both: a property pinned to different values, present in at least one."""
        for mine in self.pins:
            for theirs in other.pins:
                if mine.wire == theirs.wire and mine.key != theirs.key and (mine.required or theirs.required):
                    return True
        return False


def object_shape(definition: ObjectDef, resolve: Callable[[TypeExpr], TypeExpr],
                 definitions: dict[str, Definition]) -> ObjectShape:
    pins = []
    for f in definition.fields:
        value = _single_value(resolve(f.type), definitions)
        if value is not None:
            pins.append(Pin(f.wire, value, f.required))
    return ObjectShape(tuple(sorted(f.wire for f in definition.fields if f.required)), tuple(pins))


def _single_value(expr: TypeExpr, definitions: dict[str, Definition]) -> Scalar | None:
    if isinstance(expr, Const):
        return expr.value
    definition = definitions.get(expr.name) if isinstance(expr, Named) else None
    if isinstance(definition, EnumDef) and len(definition.members) == 1:
        return definition.members[0].value
    return None


def object_cases(shapes: Sequence[tuple[ObjectShape, str]]) -> list[UnionCase]:
    """The branches of the object variants (shape, decode expression), the most specific first.

    A pin goes into a condition only when it tells this variant from another one. A branch commits when no later
    branch could fit the same object; otherwise it is tried, and a failure moves on to the next branch."""
    ordered = sorted(shapes, key=lambda item: -len(item[0].required))  # stable: spec order among equals
    if not ordered:
        return []
    # a pin tells its variant from the others when one of them lacks its key: when not every variant has it
    shared = frozenset.intersection(*(frozenset(pin.key for pin in shape.pins) for shape, _ in ordered))
    others = len({id(shape) for shape, _ in ordered}) > 1
    cases = []
    for index, (shape, result) in enumerate(ordered):
        telling = [pin for pin in shape.pins if pin.key not in shared] if others else []
        later = [other for other, _ in ordered[index + 1:]]
        fallible = any(not shape.excludes(other) for other in later)
        cases.append(UnionCase(shape.condition(telling), result, OBJECT_ERRORS if fallible else ""))
    return cases


def decoder_name(annotation: str, cases: Sequence[UnionCase], taken: Collection[str]) -> str:
    """The name of a union decoder, made from what it decodes (not from where it is first met), so that a change
    elsewhere in the spec leaves it alone: `_decode_NamedTool_or_str` for `NamedTool | str`. The annotation is
    made of generated class names and Python types only (never spec text); anything but ASCII letters and
    digits becomes `_`. A name too long, or already taken by another decoder of the same annotation, ends in a
    hash of the whole decoder instead."""
    members = _NOT_NAME.sub("_", annotation.replace(" | ", " or ")).strip("_")
    name = f"_decode_{members}"
    if len(name) <= MAX_NAME_CHARS and name not in taken:
        return name
    text = "\n".join([annotation, *(f"{c.condition}|{c.result}|{c.fallible}" for c in cases)])
    suffix = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    hashed = f"{name[:MAX_NAME_CHARS - len(suffix) - 1].rstrip('_')}_{suffix}"
    count = 1
    while hashed in taken:  # two decoders alike in every character: only a counter tells them apart
        count += 1
        hashed = f"{name[:MAX_NAME_CHARS - len(suffix) - 1].rstrip('_')}_{suffix}_{count}"
    return hashed


def enum_test(definition: EnumDef) -> str:
    """A JSON value of the enum's type that is one of its values (an object or list is never looked up)."""
    kind = "isinstance(data, str)" if definition.base == "str" else (
        "isinstance(data, int) and not isinstance(data, bool)")
    return f"{kind} and data in {definition.name}._value2member_map_"


def accepts_string(expr: TypeExpr, definitions: dict[str, Definition]) -> bool:
    """Whether a JSON string can be a value of `expr` (already resolved through aliases)."""
    if isinstance(expr, Primitive):
        return expr.kind in ("str", "datetime", "date", "any")
    if isinstance(expr, Const):
        return isinstance(expr.value, str)
    definition = definitions.get(expr.name) if isinstance(expr, Named) else None
    return isinstance(definition, EnumDef) and definition.base == "str"


def temporal_case(kind: str, result: str, rivals: bool) -> UnionCase:
    """A date or date-time branch. Next to another string variant the length tells a date (10 characters) from a
    date-time (longer), and the parse is tried: a string that does not parse is left to the other variants."""
    if not rivals:
        return UnionCase("isinstance(data, str)", result)
    length = "len(data) == 10" if kind == "date" else "len(data) > 10"
    return UnionCase(f"isinstance(data, str) and {length}", result, PARSE_ERRORS)


__all__ = ["OBJECT_ERRORS", "PARSE_ERRORS", "ObjectShape", "Pin", "UnionCase", "UnionDecoder", "accepts_string",
           "decoder_name", "enum_test", "object_cases", "object_shape", "temporal_case"]
