"""Python source fragments for type expressions: annotations, decode and encode expressions.

Every fragment is built from sanitized identifiers (class names from the model) and `repr()` of spec
values, never from raw spec text, so no spec string can reach the generated code unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..model.types import (
    AliasDef,
    Const,
    Definition,
    EnumDef,
    ListOf,
    MapOf,
    Named,
    Nullable,
    ObjectDef,
    Primitive,
    TypeExpr,
    UnionOf,
)
from .unions import (
    ObjectShape,
    UnionCase,
    UnionDecoder,
    accepts_string,
    decoder_name,
    enum_test,
    object_cases,
    object_shape,
    temporal_case,
)

_ANNOTATIONS = {
    "str": "str", "int": "int", "float": "float", "bool": "bool", "any": "Any", "none": "None",
    "bytes": "bytes", "datetime": "_dt.datetime", "date": "_dt.date",
}
_DECODERS = {"datetime": "_rt.parse_datetime", "date": "_rt.parse_date"}
_MAX_DEPTH = 12


@dataclass
class Expressions:
    """Turns type expressions into source; collects the union decoders the models module must define."""

    definitions: dict[str, Definition]
    prefix: str = ""  # "_m." when used outside the models module
    unions: dict[UnionOf, UnionDecoder] = field(default_factory=dict)
    union_names: set[str] = field(default_factory=set)  # the names of `unions`' decoders: share it with them
    # "builtins." for the methods that follow one named `list` or `dict` in a resource class (see methods.py)
    builtin_prefix: str = ""
    # whether a union has decoding cases at a depth (known once its decoder was made or found unnecessary)
    _has_cases: dict[tuple[UnionOf, int], bool] = field(default_factory=dict, init=False, repr=False)
    _models_side: Expressions | None = field(default=None, init=False, repr=False)  # this one without the prefix

    # ---- annotations ---------------------------------------------------------------------------

    def annotation(self, expr: TypeExpr) -> str:
        """The type of a value as the models hold it."""
        if isinstance(expr, Primitive):
            return _ANNOTATIONS[expr.kind]
        if isinstance(expr, Const):
            return type(expr.value).__name__
        if isinstance(expr, ListOf):
            return f"{self.builtin_prefix}list[{self.annotation(expr.item)}]"
        if isinstance(expr, MapOf):
            return f"{self.builtin_prefix}dict[str, {self.annotation(expr.value)}]"
        if isinstance(expr, Named):
            return self.prefix + expr.name
        if isinstance(expr, Nullable):
            return _join([self.annotation(expr.inner), "None"])
        return _join([self.annotation(v) for v in expr.variants])

    def input_annotation(self, expr: TypeExpr) -> str:
        """The type an argument accepts: models or plain mappings, sequences, enums or their values."""
        if isinstance(expr, ListOf):
            return f"Sequence[{self.input_annotation(expr.item)}]"
        if isinstance(expr, MapOf):
            return f"Mapping[str, {self.input_annotation(expr.value)}]"
        if isinstance(expr, Nullable):
            return _join([self.input_annotation(expr.inner), "None"])
        if isinstance(expr, UnionOf):
            joined = split_union(_join([self.input_annotation(v) for v in expr.variants]))
            return " | ".join(sorted(joined, key=lambda part: part.startswith("Mapping[")))
        if isinstance(expr, Named):
            definition = self.definitions.get(expr.name)
            if isinstance(definition, ObjectDef):
                return f"{self.prefix}{expr.name} | Mapping[str, Any]"
            if isinstance(definition, EnumDef):
                return f"{self.prefix}{expr.name} | {definition.base}"
            if isinstance(definition, AliasDef):
                return self.input_annotation(definition.target)
        return self.annotation(expr)

    # ---- decoding (JSON → model values) ------------------------------------------------------------

    def decode(self, expr: TypeExpr, value: str, depth: int = 0) -> str | None:
        """An expression decoding `value`, or None when the JSON value is already right as it is."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, Primitive):
            return f"{_DECODERS[expr.kind]}({value})" if expr.kind in _DECODERS else None
        if isinstance(expr, ListOf):
            var = f"v{depth}"
            inner = self.decode(expr.item, var, depth + 1)
            return None if inner is None else f"[{inner} for {var} in {value}]"
        if isinstance(expr, MapOf):
            var, key = f"v{depth}", f"k{depth}"
            inner = self.decode(expr.value, var, depth + 1)
            return None if inner is None else f"{{{key}: {inner} for {key}, {var} in {value}.items()}}"
        if isinstance(expr, Nullable):
            inner = self.decode(expr.inner, value, depth + 1)
            return None if inner is None else f"None if {value} is None else {inner}"
        if isinstance(expr, Named):
            return self._decode_named(expr, value, depth)
        if isinstance(expr, UnionOf):
            return self._decode_union(expr, value, depth)
        return None

    def _decode_named(self, expr: Named, value: str, depth: int) -> str | None:
        definition = self.definitions.get(expr.name)
        if isinstance(definition, ObjectDef):
            return f"{self.prefix}{expr.name}.from_dict({value})"
        if isinstance(definition, EnumDef):
            return f"{self.prefix}{expr.name}({value})"
        if isinstance(definition, AliasDef):
            return self.decode(definition.target, value, depth + 1)
        return None

    def _decode_union(self, expr: UnionOf, value: str, depth: int) -> str | None:
        if self.prefix:  # union decoders live in the models module: build them with its names
            if self._models_side is None:
                self._models_side = Expressions(self.definitions, "", self.unions, self.union_names)
            local = self._models_side.decode(expr, value, depth)
            return None if local is None else self.prefix + local
        known = self._has_cases.get((expr, depth))
        if known is not None:  # the same cases again (decoding them again changes nothing)
            return f"{self.unions[expr].name}({value})" if known else None
        cases = self._union_cases(expr, depth)
        self._has_cases[(expr, depth)] = bool(cases)
        if not cases:
            return None
        if expr not in self.unions:
            annotation = self.annotation(expr)
            taken = self.union_names
            if len(taken) != len(self.unions):  # `unions` shared without its names
                taken.clear()
                taken.update(decoder.name for decoder in self.unions.values())
            self.unions[expr] = UnionDecoder(decoder_name(annotation, cases, taken), annotation, cases)
            taken.add(self.unions[expr].name)
        return f"{self.prefix}{self.unions[expr].name}({value})"

    def _union_cases(self, expr: UnionOf, depth: int) -> list[UnionCase]:
        cases: list[UnionCase] = []
        pairs, variants = self._flatten(expr, {expr})
        for prop, wire, target in pairs:
            decoded = self.decode(target, "data", depth + 1)
            if decoded is not None:  # a target that needs no decoding is left to the fallback (kept as it is)
                condition = f"isinstance(data, dict) and data.get({prop!r}) == {wire!r}"
                cases.append(UnionCase(condition, decoded))
        rivals = sum(accepts_string(self.unalias(v), self.definitions) for v in variants) > 1
        objects: list[tuple[ObjectShape, str]] = []
        objects_at = 0  # the object branches go together where the first object variant is
        for variant in variants:
            decoded = self.decode(variant, "data", depth + 1)
            if decoded is None:
                continue
            shape = self._object_shape(variant)
            if shape is None:
                cases.append(self._variant_case(variant, decoded, rivals))
                continue
            if not objects:
                objects_at = len(cases)
            objects.append((shape, decoded))
        cases[objects_at:objects_at] = object_cases(objects)
        return cases

    def _flatten(self, expr: UnionOf, seen: set[UnionOf]) -> tuple[list[tuple[str, str, Named]], list[TypeExpr]]:
        """The discriminator branches and the other variants of a union, with the variants that are unions
        themselves (inline, or a named oneOf) replaced by their own branches and variants: a nested union's
        decoder would take every object, and the outer union's other object variants would never be tried.
        A variant its union's discriminator dispatches is left out of the variants: an unknown discriminator value
        stays raw rather than being forced into a class."""
        pairs: list[tuple[str, str, Named]] = []
        variants: list[TypeExpr] = []
        dispatched: set[str] = set()
        if expr.discriminator is not None:
            for wire, name in expr.discriminator.mapping:
                pairs.append((expr.discriminator.property, wire, Named(name)))
                dispatched.add(name)
        for variant in expr.variants:
            if isinstance(variant, Named) and variant.name in dispatched:
                continue
            inner = self.unalias(variant)
            inner = inner.inner if isinstance(inner, Nullable) else inner
            if isinstance(inner, UnionOf) and inner not in seen:
                seen.add(inner)
                more_pairs, more_variants = self._flatten(inner, seen)
                pairs += [pair for pair in more_pairs if pair[:2] not in {p[:2] for p in pairs}]
                variants += [v for v in more_variants if v not in variants]
            elif not isinstance(inner, UnionOf) and variant not in variants:
                variants.append(variant)
        return pairs, variants

    def _object_shape(self, variant: TypeExpr) -> ObjectShape | None:
        target = self.unalias(variant)
        definition = self.definitions.get(target.name) if isinstance(target, Named) else None
        if not isinstance(definition, ObjectDef):
            return None
        return object_shape(definition, self.unalias, self.definitions)

    def _variant_case(self, variant: TypeExpr, decoded: str, rivals: bool) -> UnionCase:
        """The branch of a variant that is not an object: a cheap check of the JSON value's shape."""
        target = self.unalias(variant)
        if isinstance(target, ListOf):
            return UnionCase("isinstance(data, list)", decoded)
        definition = self.definitions.get(target.name) if isinstance(target, Named) else None
        if isinstance(definition, EnumDef):
            return UnionCase(enum_test(definition), decoded)
        if isinstance(target, Primitive) and target.kind in ("datetime", "date"):
            return temporal_case(target.kind, decoded, rivals)
        return UnionCase("isinstance(data, dict)", decoded)

    def unalias(self, expr: TypeExpr) -> TypeExpr:
        for _ in range(_MAX_DEPTH):
            definition = self.definitions.get(expr.name) if isinstance(expr, Named) else None
            if not isinstance(definition, AliasDef):
                return expr
            expr = definition.target
        return expr

    # ---- encoding (model values → JSON) ------------------------------------------------------------

    def encode(self, expr: TypeExpr, value: str, depth: int = 0) -> str:
        """An expression turning `value` back into JSON data."""
        if depth > _MAX_DEPTH:
            return f"_rt.encode_json({value})"
        if isinstance(expr, Primitive):
            return f"{value}.isoformat()" if expr.kind in _DECODERS else value
        if isinstance(expr, ListOf):
            var = f"v{depth}"
            inner = self.encode(expr.item, var, depth + 1)
            return value if inner == var else f"[{inner} for {var} in {value}]"
        if isinstance(expr, MapOf):
            var, key = f"v{depth}", f"k{depth}"
            inner = self.encode(expr.value, var, depth + 1)
            return value if inner == var else f"{{{key}: {inner} for {key}, {var} in {value}.items()}}"
        if isinstance(expr, Nullable):
            inner = self.encode(expr.inner, value, depth + 1)
            return value if inner == value else f"None if {value} is None else {inner}"
        if isinstance(expr, Named):
            definition = self.definitions.get(expr.name)
            if isinstance(definition, ObjectDef):
                return f"{value}.to_dict()"
            if isinstance(definition, AliasDef):
                return self.encode(definition.target, value, depth + 1)
            return value
        if isinstance(expr, UnionOf) and self.decode(expr, value) is None:
            return value
        return value if isinstance(expr, Const) else f"_rt.encode_json({value})"


def split_union(annotation: str) -> list[str]:
    """'A | list[B | C] | None' → ['A', 'list[B | C]', 'None'] (only top-level bars split)."""
    pieces = annotation.split("|")
    if "[" not in annotation and "]" not in annotation:
        return [piece.strip() for piece in pieces]
    parts: list[str] = []
    open_pieces: list[str] = []  # the pieces of a part whose brackets are not closed yet
    depth = 0
    for piece in pieces:
        depth += piece.count("[") - piece.count("]")
        if depth == 0 and not open_pieces:
            parts.append(piece.strip())
        elif depth == 0:
            open_pieces.append(piece)
            parts.append("|".join(open_pieces).strip())
            open_pieces = []
        else:
            open_pieces.append(piece)
    if open_pieces:
        parts.append("|".join(open_pieces).strip())
    return parts


def union_annotation(parts: list[str]) -> str:
    """'A | None', 'None | B' → 'A | None | B': each member once, in order of first appearance."""
    members: list[str] = []
    for part in split_union(" | ".join(parts)):
        if part not in members:
            members.append(part)
    return " | ".join(members)


def _join(parts: list[str]) -> str:
    return _joined(tuple(parts))


@lru_cache(maxsize=1 << 14)  # the same unions and optional types come back across fields
def _joined(parts: tuple[str, ...]) -> str:
    joined = union_annotation(list(parts))
    return "Any" if "Any" in split_union(joined) else joined
