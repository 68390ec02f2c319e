"""Changes to the classes users import and read: fields, enum values, aliases; removed and renamed models."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model.types import AliasDef, Api, Definition, EnumDef, Field, ObjectDef
from .change import Change, Severity, Side
from .shapes import Reach, TypeView, type_change

Found = tuple[str, Severity, str]  # kind, severity, detail


@dataclass(frozen=True)
class Views:
    old: TypeView  # speaks of old classes by their new names
    new: TypeView


def field_changes(old: Sequence[Field], new: Sequence[Field], side: Side, views: Views,
                  what: str = "field") -> Iterator[Found]:
    """Fields matched by wire name; `what` is how a report names one ("argument", "field")."""
    news = {f.wire: f for f in new}
    olds = {f.wire: f for f in old}
    prefix = f"{side}-field"
    for wire, before in olds.items():
        after = news.get(wire)
        if after is None:
            yield f"{prefix}-removed", "breaking", f"{what} `{before.name}` removed"
            continue
        if after.name != before.name:
            yield f"{prefix}-renamed", "breaking", f"{what} `{before.name}` is now `{after.name}` (wire name {wire!r})"
        yield from _required_change(before, after, side, prefix, what)
        changed = type_change(views.old.variants(before.type), views.new.variants(after.type), side)
        if changed is not None:
            kind, severity = changed
            text = f"{views.old.text(before.type)} → {views.new.text(after.type)}"
            label = "became nullable" if kind == "nullable" else "type changed"
            yield f"{prefix}-{'nullable' if kind == 'nullable' else 'type-changed'}", severity, \
                f"{what} `{after.name}` {label}: {text}"
    for wire, after in news.items():
        if wire not in olds:
            breaks = side == "request" and after.required
            yield (f"{prefix}-added", "breaking" if breaks else "compatible",
                   f"{'required ' if breaks else ''}{what} `{after.name}` added")


def _required_change(before: Field, after: Field, side: Side, prefix: str, what: str) -> Iterator[Found]:
    if before.required == after.required:
        return
    if after.required:  # a request must now send it; a response now always has it
        yield f"{prefix}-required", "breaking" if side == "request" else "compatible", \
            f"{what} `{after.name}` became required"
    else:
        yield f"{prefix}-optional", "compatible" if side == "request" else "breaking", \
            f"{what} `{after.name}` became optional"


def definition_changes(old: Api, new: Api, matched: dict[str, str], reach: tuple[Reach, Reach],
                       views: Views) -> Iterator[Change]:
    old_reach, new_reach = reach
    new_defs = {d.name: d for d in new.definitions}
    for before in old.definitions:
        used_by = tuple(sorted(old_reach.calls(before.name)))
        name = matched.get(before.name)
        if name is None:
            yield Change("breaking", "model-removed", f"model `{before.name}` removed", model=before.name,
                         used_by=used_by)
            continue
        after = new_defs[name]
        if name != before.name:
            yield Change("breaking", "model-renamed", f"model `{before.name}` is now `{name}` (same shape)",
                         model=name, used_by=used_by)
        sides = sorted(old_reach.sides(before.name) | new_reach.sides(name))
        calls = tuple(sorted(old_reach.calls(before.name) | new_reach.calls(name)))
        found: list[Found] = []
        if isinstance(before, EnumDef) and isinstance(after, EnumDef):
            found += _enum_changes(before, after, " and ".join(sides))
        else:
            unused = not sides and not (old_reach.bodies.get(before.name) or new_reach.bodies.get(name))
            checked: list[Side] = ["response"] if unused else sides  # a model no call uses can only be read
            for side in checked:
                found += _content_changes(before, after, side, views)
        for kind, severity, detail in found:
            yield Change(severity, kind, f"`{name}`: {detail}", model=name, used_by=calls)
    kept = set(matched.values())
    for after in new.definitions:
        if after.name not in kept:
            yield Change("compatible", "model-added", f"model `{after.name}` added", model=after.name,
                         used_by=tuple(sorted(new_reach.calls(after.name))))


def _content_changes(before: Definition, after: Definition, side: Side, views: Views) -> Iterator[Found]:
    if isinstance(before, ObjectDef) and isinstance(after, ObjectDef):
        yield from field_changes(before.fields, after.fields, side, views)
    elif isinstance(before, AliasDef) and isinstance(after, AliasDef):
        changed = type_change(views.old.variants(before.target), views.new.variants(after.target), side)
        if changed is not None:
            yield "model-type-changed", changed[1], \
                f"type changed: {views.old.text(before.target)} → {views.new.text(after.target)}"
    elif type(before) is not type(after):
        yield "model-type-changed", "breaking", \
            f"was {_definition_kind(before)}, now {_definition_kind(after)}"


def _enum_changes(before: EnumDef, after: EnumDef, sides: str) -> Iterator[Found]:
    """A removed value breaks both sides (its member is gone from the class); an added one breaks nothing:
    requests may send it or not, and responses are open enums (an unknown value is kept, not rejected).
    `sides` says where the enum is used: "request", "response", "request and response", "" when no call uses it."""
    where = f"{sides} " if sides else ""
    old_values = {m.value: m.name for m in before.members}
    new_values = {m.value: m.name for m in after.members}
    for value, member in old_values.items():
        if value not in new_values:
            yield "enum-value-removed", "breaking", f"{where}enum value {value!r} (`{member}`) removed"
    for value, member in new_values.items():
        if value not in old_values:
            yield "enum-value-added", "compatible", f"{where}enum value {value!r} (`{member}`) added"


def _definition_kind(definition: Definition) -> str:
    return {ObjectDef: "an object", EnumDef: "an enum", AliasDef: "an alias"}[type(definition)]
