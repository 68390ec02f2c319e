"""What each template receives: the model laid out as ready-made source fragments (decisions live here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.types import (
    AliasDef,
    Api,
    EnumDef,
    Field,
    Named,
    Nullable,
    ObjectDef,
)
from .pyexpr import Expressions, UnionDecoder
from .text import doc_lines, docstring


@dataclass
class FieldView:
    name: str
    annotation: str
    default: str  # "" for required fields
    doc: str
    wire: str  # repr() of the JSON name
    decode_kwarg: str  # `name=<expr>` inside cls(...)
    decode_lines: list[str]  # statements before cls(...)
    encode_lines: list[str]  # statements adding the field to `out`


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

    @property
    def names(self) -> list[str]:
        return sorted([e.name for e in self.enums] + [o.name for o in self.objects] + [a.name for a in self.aliases])


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
        decoded = exprs.decode(f.type, f"data[{wire}]")
        return FieldView(
            f.name, exprs.annotation(f.type), "", doc, wire,
            f"{f.name}=" + (decoded or f"data[{wire}]"), [],
            [f"out[{wire}] = {exprs.encode(f.type, 'self.' + f.name)}"],
        )
    lenient = f.type if isinstance(f.type, Nullable) else Nullable(f.type)
    annotation = exprs.annotation(lenient) + " | Unset"
    local = f"f_{f.name}"
    inner = exprs.decode(lenient.inner, local)
    decode_lines = [] if inner is None else [
        f"{local} = data.get({wire}, UNSET)",
        f"if {local} is not UNSET and {local} is not None:",
        f"    {local} = {inner}",
    ]
    kwarg = f"{f.name}={local}" if inner is not None else f"{f.name}=data.get({wire}, UNSET)"
    encode_lines = [
        f"if not isinstance(self.{f.name}, Unset):",
        f"    out[{wire}] = {exprs.encode(lenient, 'self.' + f.name)}",
    ]
    return FieldView(f.name, annotation, "UNSET", doc, wire, kwarg, decode_lines, encode_lines)


def _field_doc(f: Field) -> str:
    text = f.description
    if f.has_default and not f.required:
        text = (text + "\n\n" if text else "") + f"Default: {f.default!r}"
    return text


__all__ = ["AliasView", "EnumView", "FieldView", "ModelsView", "ObjectView", "doc_lines", "models_view"]
