"""Types compared by structure: canonical text of a type, which definitions each call reaches, and which old
definition became which new one (a model renamed with the same shape is a rename, not a change of type)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ..model.types import (
    AliasDef,
    Api,
    Const,
    Definition,
    EnumDef,
    ListOf,
    MapOf,
    Named,
    Nullable,
    ObjectDef,
    Operation,
    Primitive,
    TypeExpr,
    UnionOf,
)
from .change import Severity, Side, call_of

NONE = "None"


class TypeView:
    """Canonical text of the types of one API: aliases resolved, union variants sorted, nullability as a
    `None` variant, and (for the old API) class names replaced by the names they have in the new one."""

    def __init__(self, api: Api, renames: Mapping[str, str] | None = None) -> None:
        self.definitions: dict[str, Definition] = {d.name: d for d in api.definitions}
        self.renames = dict(renames or {})
        self._resolving: set[str] = set()

    def variants(self, expr: TypeExpr | None) -> frozenset[str]:
        """The alternatives a value of this type can be, each as canonical text."""
        if expr is None:
            return frozenset({NONE})
        if isinstance(expr, Nullable):
            return self.variants(expr.inner) | {NONE}
        if isinstance(expr, UnionOf):
            return frozenset().union(*(self.variants(v) for v in expr.variants))
        if isinstance(expr, Named):
            target = self.definitions.get(expr.name)
            if isinstance(target, AliasDef) and expr.name not in self._resolving:
                self._resolving.add(expr.name)
                try:
                    return self.variants(target.target)
                finally:
                    self._resolving.discard(expr.name)
        return frozenset({self._single(expr)})

    def text(self, expr: TypeExpr | None) -> str:
        parts = sorted(self.variants(expr), key=lambda v: (v == NONE, v))
        return " | ".join(parts)

    def _single(self, expr: TypeExpr) -> str:
        if isinstance(expr, Primitive):
            return expr.kind
        if isinstance(expr, ListOf):
            return f"list[{self.text(expr.item)}]"
        if isinstance(expr, MapOf):
            return f"dict[str, {self.text(expr.value)}]"
        if isinstance(expr, Const):
            return f"Literal[{expr.value!r}]"
        if isinstance(expr, Named):
            return self.renames.get(expr.name, expr.name)
        return self.text(expr)  # Nullable / UnionOf never reach here: variants() flattens them


def type_change(old: frozenset[str], new: frozenset[str], side: Side) -> tuple[str, Severity] | None:
    """How a type changed: None when it did not; else ("nullable" | "type", severity). A request accepting
    more, or a response giving less, keeps callers working."""
    if old == new:
        return None
    if side == "request":
        return ("type", "compatible") if old <= new else ("type", "breaking")
    if new <= old:
        return "type", "compatible"
    if new - old == {NONE} and not old - new:
        return "nullable", "breaking"
    return "type", "breaking"


# ---- which definitions each call reaches -----------------------------------------------------------------


@dataclass
class Reach:
    """For each definition: the calls that send it (request) and the calls that receive it (response)."""

    request: dict[str, set[str]] = field(default_factory=dict)
    response: dict[str, set[str]] = field(default_factory=dict)
    bodies: dict[str, set[str]] = field(default_factory=dict)  # request bodies whose fields are arguments

    def sides(self, name: str) -> set[Side]:
        found: set[Side] = set()
        if name in self.request:
            found.add("request")
        if name in self.response:
            found.add("response")
        return found

    def calls(self, name: str) -> set[str]:
        return self.request.get(name, set()) | self.response.get(name, set()) | self.bodies.get(name, set())


def reach_of(api: Api) -> Reach:
    """A request body whose properties are keyword arguments is compared call by call, so its own class is not
    counted as sent (the classes its fields use are)."""
    definitions = {d.name: d for d in api.definitions}
    reach = Reach()
    for group in api.groups:
        for op in group.operations:
            call = call_of(op)
            for name in _walk(definitions, _request_roots(op)):
                reach.request.setdefault(name, set()).add(call)
            for name in _walk(definitions, _response_roots(op)):
                reach.response.setdefault(name, set()).add(call)
            if op.body is not None and op.body.fields and isinstance(op.body.type, Named):
                reach.bodies.setdefault(op.body.type.name, set()).add(call)
    return reach


def _request_roots(op: Operation) -> Iterator[TypeExpr]:
    yield from (p.type for p in op.parameters)
    if op.body is not None:
        if op.body.fields:
            yield from (f.type for f in op.body.fields)
        else:
            yield op.body.type


def _response_roots(op: Operation) -> Iterator[TypeExpr]:
    yield from (r.type for r in op.responses if r.type is not None)
    if op.stream is not None:
        yield op.stream.chunk


def _walk(definitions: Mapping[str, Definition], roots: Iterable[TypeExpr]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        expr = stack.pop()
        if isinstance(expr, Named):
            if expr.name in seen:
                continue
            seen.add(expr.name)
            stack.extend(_inner_of_definition(definitions.get(expr.name)))
        else:
            stack.extend(_inner_of_expr(expr))
    return seen


def _inner_of_expr(expr: TypeExpr) -> list[TypeExpr]:
    if isinstance(expr, ListOf):
        return [expr.item]
    if isinstance(expr, MapOf):
        return [expr.value]
    if isinstance(expr, Nullable):
        return [expr.inner]
    if isinstance(expr, UnionOf):
        return list(expr.variants)
    return []


def _inner_of_definition(definition: Definition | None) -> list[TypeExpr]:
    if isinstance(definition, ObjectDef):
        return [f.type for f in definition.fields] + ([definition.extra] if definition.extra is not None else [])
    if isinstance(definition, AliasDef):
        return [definition.target]
    return []


# ---- old definition → new definition ---------------------------------------------------------------------


KeyOf = Callable[["TypeView", Definition], str]


def match_definitions(old: Api, new: Api) -> dict[str, str]:
    """Old class name → new class name, for every old definition still there: by name, then by the schema it
    was built from (same place in the spec), then by shape (the only new definition with the same fields)."""
    new_names = {d.name for d in new.definitions}
    matched = {d.name: d.name for d in old.definitions if d.name in new_names}
    _match_unique(matched, old, new, lambda _view, d: _place(d.source))
    _match_unique(matched, old, new, _shape)
    return matched


def _match_unique(matched: dict[str, str], old: Api, new: Api, key_of: KeyOf) -> None:
    taken = set(matched.values())
    old_view, new_view = TypeView(old, matched), TypeView(new)
    olds = _by_key([d for d in old.definitions if d.name not in matched], old_view, key_of)
    news = _by_key([d for d in new.definitions if d.name not in taken], new_view, key_of)
    for key, old_names in olds.items():
        new_names = news.get(key, [])
        if key and len(old_names) == 1 and len(new_names) == 1:
            matched[old_names[0]] = new_names[0]


def _by_key(definitions: list[Definition], view: TypeView, key_of: KeyOf) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for definition in definitions:
        out.setdefault(key_of(view, definition), []).append(definition.name)
    return out


def _place(source: str) -> str:
    """Where a schema was: the file's name and the JSON pointer (the folder differs between two checkouts)."""
    if not source:
        return ""
    file, _, pointer = source.partition("#")
    return f"{file.rsplit('/', 1)[-1]}#{pointer}"


def _shape(view: TypeView, definition: Definition) -> str:
    if isinstance(definition, ObjectDef):
        fields = sorted((f.wire, f.required, view.text(f.type)) for f in definition.fields)
        extra = view.text(definition.extra) if definition.extra is not None else ""
        return f"object {fields!r} {extra}" if fields or extra else ""  # empty objects all look alike
    if isinstance(definition, EnumDef):
        return f"enum {definition.base} {sorted(str(m.value) for m in definition.members)!r}"
    return f"alias {view.text(definition.target)}"
