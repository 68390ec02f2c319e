"""What each template receives: the model laid out as ready-made source fragments (decisions live here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..model.types import (
    AliasDef,
    Api,
    EnumDef,
    Field,
    Named,
    Nullable,
    ObjectDef,
    TypeExpr,
)
from .pyexpr import Expressions
from .text import doc_lines, docstring
from .unions import UnionDecoder


@dataclass
class FieldView:
    name: str
    annotation: str
    default: str  # "" for required fields
    doc: str
    wire: str  # repr() of the JSON name
    decode_value: str  # the decoded value, assigned to the field in from_dict
    decode_lines: list[str]  # statements before the fields are assigned
    encode_lines: list[str]  # statements adding the field to `out`
    lenient: str  # the field's `_rt.FieldSpec` for the slow path of from_dict (see runtime _lenient.py)


@dataclass
class ObjectView:
    name: str
    doc: str
    fields: list[FieldView]
    wire_names: str  # repr() of the frozenset of JSON names
    extra_annotation: str


@dataclass
class EnumView:
    name: str
    base: str
    doc: str
    members: list[tuple[str, str]]  # (identifier, repr(value))


@dataclass
class AliasView:
    name: str
    annotation: str  # repr() of the annotation string
    doc: str
    same_as: str = ""  # the class this name stands for, when it is simply another name of a class


@dataclass
class ModelsView:
    title: str
    enums: list[EnumView] = field(default_factory=list)
    objects: list[ObjectView] = field(default_factory=list)
    aliases: list[AliasView] = field(default_factory=list)
    unions: list[UnionDecoder] = field(default_factory=list)

    @cached_property  # read by the template once the view is complete
    def names(self) -> list[str]:
        return export_order([e.name for e in self.enums] + [o.name for o in self.objects] + [a.name for a in self.aliases])


def export_order(names: list[str]) -> list[str]:
    """`names` in the order ruff (RUF022) wants `__all__`: an isort-style sort. CONSTANT_CASE names first, then
    names starting with a capital, then the rest; within each, a natural sort (digit runs compare as numbers)."""
    return sorted(names, key=_export_key)


def _export_category(name: str) -> int:
    if len(name) > 1 and name.upper() == name and name.lower() != name:
        return 0
    return 1 if name[:1].isupper() else 2


_DIGIT_RUNS = re.compile(r"([0-9]+)")


def _export_key(name: str) -> tuple[int, tuple[tuple[Any, ...], ...]]:
    """The category, then the natural order: character by character, except that digit runs compare as numbers
    (by length, then digits), or digit by digit when a run starts with a zero (such runs first). Text between
    runs compares as a string ending in "0" when a run follows it: a run stands where its digits stand among
    the other characters (no other character lies between the digits)."""
    pieces: list[tuple[Any, ...]] = []
    chunks = _DIGIT_RUNS.split(name)  # text, run, text, ..., text (the texts may be empty)
    for index, chunk in enumerate(chunks):
        if index % 2:
            pieces.append(("0", (0, chunk) if chunk[0] == "0" else (1, len(chunk), chunk)))
        elif chunk:
            pieces.append((chunk + "0" if index + 1 < len(chunks) else chunk,))
    return _export_category(name), tuple(pieces)


_DIGITS = frozenset("0123456789")


def models_view(api: Api, exprs: Expressions) -> ModelsView:
    view = ModelsView(title=api.title)
    for definition in api.definitions:
        if isinstance(definition, ObjectDef):
            view.objects.append(_object_view(definition, exprs))
        elif isinstance(definition, EnumDef):
            members = [(m.name, repr(m.value)) for m in definition.members]
            base = "OpenStrEnum" if definition.base == "str" else "OpenIntEnum"
            view.enums.append(EnumView(definition.name, base, docstring(definition.description), members))
        elif isinstance(definition, AliasDef):
            target = exprs.unalias(definition.target)
            same_as = target.name if isinstance(target, Named) and target.name in exprs.definitions else ""
            view.aliases.append(AliasView(definition.name, repr(exprs.annotation(definition.target)),
                                          docstring(definition.description), same_as))
    view.unions = list(exprs.unions.values())
    return view


def _object_view(definition: ObjectDef, exprs: Expressions) -> ObjectView:
    fields = [_field_view(f, exprs) for f in definition.fields]
    extra = exprs.annotation(definition.extra) if definition.extra is not None else "Any"
    wire_names = "frozenset()"
    if definition.fields:
        wire_names = "frozenset({" + ", ".join(repr(f.wire) for f in definition.fields) + "})"
    return ObjectView(definition.name, docstring(definition.description), fields, wire_names, extra)


def _field_view(f: Field, exprs: Expressions) -> FieldView:
    wire = repr(f.wire)
    doc = docstring(_field_doc(f))
    if f.required:
        decoder = _decoder(exprs, f.type)
        return FieldView(
            f.name, exprs.annotation(f.type), "", doc, wire,
            _applied(decoder, f"data[{wire}]") or f"data[{wire}]", [],
            [f"out[{wire}] = {exprs.encode(f.type, 'self.' + f.name)}"],
            _lenient_spec(f, _applied(decoder, "v")),
        )
    lenient = f.type if isinstance(f.type, Nullable) else Nullable(f.type)
    annotation = exprs.annotation(lenient) + " | Unset"
    local = f"f_{f.name}"
    decoder = _decoder(exprs, lenient.inner)
    inner = _applied(decoder, local)
    decode_lines = [] if inner is None else [
        f"{local} = data.get({wire}, UNSET)",
        f"if {local} is not UNSET and {local} is not None:",
        f"    {local} = {inner}",
    ]
    value = local if inner is not None else f"data.get({wire}, UNSET)"
    encode_lines = [  # `type(...) is not`: cheaper than isinstance() for a set value, and Unset is final
        f"if type(self.{f.name}) is not Unset:",
        f"    out[{wire}] = {exprs.encode(lenient, 'self.' + f.name)}",
    ]
    return FieldView(f.name, annotation, "UNSET", doc, wire, value, decode_lines, encode_lines,
                     _lenient_spec(f, _applied(decoder, "v")))


# Stands for the decoded value in a decode expression made once per field: decode() puts the value in as it is,
# and no decode expression holds a NUL of its own (names are identifiers, spec values are repr()'d).
_VALUE = "\0"


def _decoder(exprs: Expressions, expr: TypeExpr) -> str | None:
    return exprs.decode(expr, _VALUE)


def _applied(decoder: str | None, value: str) -> str | None:
    return None if decoder is None else decoder.replace(_VALUE, value)


def _lenient_spec(f: Field, decoded: str | None) -> str:
    """`(name, wire, decoder, required)`: the decoder a lambda of `v`, None when the JSON value is kept."""
    decoder = "None" if decoded is None else f"lambda v: {decoded}"
    return f"({f.name!r}, {f.wire!r}, {decoder}, {f.required})"


def _field_doc(f: Field) -> str:
    text = f.description
    if f.has_default and not f.required:
        text = (text + "\n\n" if text else "") + f"Default: {f.default!r}"
    return text


__all__ = ["AliasView", "EnumView", "FieldView", "ModelsView", "ObjectView", "doc_lines", "export_order", "models_view"]
