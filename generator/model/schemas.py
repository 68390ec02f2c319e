"""JSON Schema (OpenAPI 3.0 and 3.1 flavours) → type expressions and named definitions."""

from __future__ import annotations

from typing import Any, Literal

from ..findings import Findings, join_pointer
from ..load.document import Document, Node, is_ref
from .naming import (
    RESERVED_CLASS_NAMES,
    UniqueNames,
    chosen_field_name,
    constant_case,
    field_name,
    pascal_case,
)
from .types import (
    ANY,
    AliasDef,
    Const,
    Definition,
    Discriminator,
    EnumDef,
    EnumMember,
    Field,
    ListOf,
    MapOf,
    Named,
    Nullable,
    ObjectDef,
    Primitive,
    TypeExpr,
    UnionOf,
)

_STRING_FORMATS: dict[str, Primitive] = {
    "date-time": Primitive("datetime", "date-time"),
    "date": Primitive("date", "date"),
    "binary": Primitive("str", "binary"),
}
_SIMPLE: dict[str, Primitive] = {
    "integer": Primitive("int"),
    "number": Primitive("float"),
    "boolean": Primitive("bool"),
    "null": Primitive("none"),
}
NAME_OVERRIDE = "x-speakeasy-name-override"
_OBJECT_KEYS = ("properties", "additionalProperties", "patternProperties")
# the keywords that make a schema more than its `type` (see TypeBuilder._structural)
_STRUCTURE_KEYS = frozenset({"not", "const", "enum", "oneOf", "anyOf", "allOf", *_OBJECT_KEYS})


def text_of(schema: Any, key: str) -> str:
    value = schema.get(key) if isinstance(schema, dict) else None
    return value.strip() if isinstance(value, str) else ""


def is_nullable(schema: Any) -> bool:
    """3.0 `nullable: true` or 3.1 `type: [..., "null"]`."""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def _types_of(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str) and k != "null"]
    return []


def _is_object_like(schema: dict[str, Any]) -> bool:
    return "object" in _types_of(schema) or any(k in schema for k in _OBJECT_KEYS) or "allOf" in schema


class TypeBuilder:
    """Builds type expressions; every object and enum becomes a named definition, each built once."""

    def __init__(self, document: Document, findings: Findings, naming: str = "default") -> None:
        self.document = document
        self.findings = findings
        self.naming = naming
        self.definitions: dict[str, Definition] = {}
        self._by_source: dict[str, str] = {}
        self._nullable: set[str] = set()
        self._names = UniqueNames(RESERVED_CLASS_NAMES)

    # ---- entry points ------------------------------------------------------------------------

    def component(self, node: Node, name: str) -> TypeExpr:
        """A named schema (components/schemas/<name>): always its own definition."""
        return self._define(node, name)

    def type_of(self, node: Node, hint: str) -> TypeExpr:
        """The type of the schema at `node`; `hint` names any inline object or enum found there."""
        schema = node.value
        if not isinstance(schema, dict):
            return ANY
        if isinstance(schema.get("$ref"), str):  # is_ref(schema), inline: this runs for every schema
            target = self.document.resolve(node)
            if target is None:
                return ANY
            named = self._define(target, target.pointer.rsplit("/", 1)[-1] or target.file.stem)
            return Nullable(named) if is_nullable(schema) and not isinstance(named, Nullable) else named
        expr = self._structural(node, schema, hint, own_name=None)
        return Nullable(expr) if is_nullable(schema) and not isinstance(expr, Nullable) else expr

    # ---- definitions --------------------------------------------------------------------------

    def _define(self, node: Node, hint: str) -> TypeExpr:
        key = node.ref_key
        if key not in self._by_source:
            name = self._names.claim(pascal_case(hint))
            self._by_source[key] = name
            self._build_definition(node, name)
        name = self._by_source[key]
        if name not in self.definitions:  # still being built (a cycle) or it collapsed into an alias
            return Named(name)
        return Nullable(Named(name)) if name in self._nullable else Named(name)

    def _build_definition(self, node: Node, name: str) -> None:
        schema = node.value if isinstance(node.value, dict) else {}
        if is_ref(schema):
            target = self.document.resolve(node)
            expr: TypeExpr = ANY if target is None else self.type_of(node, name)
            self.definitions[name] = AliasDef(name, expr, text_of(schema, "description"), node.ref_key)
            return
        expr = self._structural(node, schema, name, own_name=name)
        if is_nullable(schema):
            self._nullable.add(name)
        if name not in self.definitions:
            if self._aliases_itself(expr, name):  # e.g. A: {allOf: [$ref: A]}; `A = A` would not import
                self.findings.warn(f"schema {name} is only an alias of itself; typed as Any",
                                   self.document.where(node), "give it a type or properties")
                expr = ANY
            self.definitions[name] = AliasDef(name, expr, text_of(schema, "description"), node.ref_key)

    def _aliases_itself(self, expr: TypeExpr, name: str) -> bool:
        seen: set[str] = set()
        while True:
            if isinstance(expr, Nullable):
                expr = expr.inner
            if not isinstance(expr, Named) or expr.name in seen:
                return False
            if expr.name == name:
                return True
            seen.add(expr.name)
            target = self.definitions.get(expr.name)
            if not isinstance(target, AliasDef):
                return False
            expr = target.target

    # ---- structure ----------------------------------------------------------------------------

    def _structural(self, node: Node, schema: dict[str, Any], hint: str, own_name: str | None) -> TypeExpr:
        if _STRUCTURE_KEYS.isdisjoint(schema):  # the common case: a `type` alone (none of the checks below apply)
            kinds = _types_of(schema)
            if "object" not in kinds:
                return self._typed(node, schema, kinds, hint)
        if "not" in schema and len(set(schema) - {"not", "description", "title"}) == 0:
            self.findings.warn("`not` schemas are typed as Any", self.document.where(node),
                               "describe what the value is rather than what it is not")
            return ANY
        if "const" in schema and isinstance(schema["const"], (str, int, float, bool)):
            return Const(schema["const"])
        if isinstance(schema.get("enum"), list):
            return self._enum(node, schema, hint, own_name)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._union(node, schema, key, hint)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(node, schema, hint, own_name)
        if _is_object_like(schema):
            return self._object(node, schema, hint, own_name)
        return self._typed(node, schema, _types_of(schema), hint)

    def _typed(self, node: Node, schema: dict[str, Any], kinds: list[str], hint: str) -> TypeExpr:
        if len(kinds) > 1:
            return UnionOf(tuple(self._single(node, schema, k, hint) for k in kinds))
        return self._single(node, schema, kinds[0] if kinds else "", hint)

    def _single(self, node: Node, schema: dict[str, Any], kind: str, hint: str) -> TypeExpr:
        if kind == "array":
            items = node.get("items")
            return ListOf(self.type_of(items, hint + "Item") if items is not None else ANY)
        if kind == "string":
            fmt = schema.get("format")
            return _STRING_FORMATS.get(fmt, Primitive("str", fmt)) if isinstance(fmt, str) else Primitive("str")
        if kind == "object":
            return self._object(node, schema, hint, None)
        return _SIMPLE.get(kind, ANY)

    def _enum(self, node: Node, schema: dict[str, Any], hint: str, own_name: str | None) -> TypeExpr:
        values = [v for v in schema["enum"] if v is not None]
        nullable = len(values) < len(schema["enum"])
        base: Literal["str", "int"]
        if all(isinstance(v, str) for v in values) and values:
            base = "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values) and values:
            base = "int"
        elif all(isinstance(v, bool) for v in values) and values:
            return Nullable(Primitive("bool")) if nullable else Primitive("bool")
        elif not values:
            return Primitive("none") if nullable else _SIMPLE.get(next(iter(_types_of(schema)), ""), ANY)
        else:
            self.findings.warn("enum with no values or mixed value types is typed as Any",
                               self.document.where(node), "give the enum values of one type")
            return ANY
        name = own_name or self._names.claim(pascal_case(hint))
        members = _enum_members(values)
        self.definitions[name] = EnumDef(name, base, members, text_of(schema, "description"), node.ref_key)
        return Nullable(Named(name)) if nullable else Named(name)

    def _union(self, node: Node, schema: dict[str, Any], key: str, hint: str) -> TypeExpr:
        variants: list[TypeExpr] = []
        nullable = False
        options = node.get(key)
        assert options is not None
        for index, _ in enumerate(options.value):
            option = options.child(index)
            if isinstance(option.value, dict) and option.value.get("type") == "null":
                nullable = True
                continue
            expr = self.type_of(option, f"{hint}{index + 1}" if len(options.value) > 1 else hint)
            if isinstance(expr, Nullable):
                nullable, expr = True, expr.inner
            if expr not in variants:
                variants.append(expr)
        discriminator = self._discriminator(node, schema, variants) if variants else None
        result: TypeExpr = ANY if not variants else variants[0]
        if len(variants) > 1:
            result = UnionOf(tuple(variants), discriminator)
        return Nullable(result) if nullable else result

    def _discriminator(self, node: Node, schema: dict[str, Any], variants: list[TypeExpr]) -> Discriminator | None:
        """The discriminator; a mapping target that is not a variant is added to `variants`, with a warning."""
        spec = schema.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        pairs: list[tuple[str, str]] = []
        mapping = spec.get("mapping") if isinstance(spec.get("mapping"), dict) else {}
        assert isinstance(mapping, dict)
        for value, ref in mapping.items():
            target = self.type_of(self._mapping_ref(node, ref), str(value))
            if isinstance(target, Named):
                pairs.append((str(value), target.name))
                self._add_mapped_variant(node, str(value), target, variants)
        if not pairs:  # no mapping: each variant's schema name (the last part of its $ref) is its value
            pairs = self._implicit_mapping(node, schema, variants)
        return Discriminator(spec["propertyName"], tuple(pairs))

    def _add_mapped_variant(self, node: Node, value: str, target: Named, variants: list[TypeExpr]) -> None:
        """A discriminator mapping may name a schema its oneOf/anyOf leaves out (an event stream adding an event
        in the mapping only); the decoder returns it, so the union's type must include it."""
        if target.name in self._members(variants):
            return
        variants.append(target)
        self.findings.warn(
            f"discriminator mapping {value!r} names {target.name}, which is not one of the union's schemas; "
            "added to the union", self.document.where(node.child("discriminator", "mapping", value)),
            f"add a $ref to {target.name} to the oneOf/anyOf, or remove the mapping entry",
        )

    def _members(self, variants: list[TypeExpr]) -> set[str]:
        """The class names of `variants` and, through named unions and aliases, of their own variants."""
        names: set[str] = set()
        stack = list(variants)
        while stack:
            expr = stack.pop()
            if isinstance(expr, Nullable):
                stack.append(expr.inner)
            elif isinstance(expr, UnionOf):
                stack.extend(expr.variants)
            elif isinstance(expr, Named) and expr.name not in names:
                names.add(expr.name)
                definition = self.definitions.get(expr.name)
                if isinstance(definition, AliasDef):
                    stack.append(definition.target)
        return names

    def _mapping_ref(self, node: Node, ref: Any) -> Node:
        """A discriminator mapping value: a schema name (of the root's components) or a reference."""
        components = self.document.root.get("components") if isinstance(self.document.root, dict) else None
        schemas = components.get("schemas") if isinstance(components, dict) else None
        if isinstance(ref, str) and isinstance(schemas, dict) and ref in schemas:
            pointer = join_pointer("#/components/schemas", ref)
            return Node({"$ref": pointer}, self.document.root_path, node.pointer)
        return Node({"$ref": ref}, node.file, node.pointer)

    def _implicit_mapping(self, node: Node, schema: dict[str, Any], variants: list[TypeExpr]) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = []
        options = schema.get("oneOf") or schema.get("anyOf") or []
        for option in options:
            ref = option.get("$ref") if isinstance(option, dict) else None
            if not isinstance(ref, str):
                continue
            target = self.type_of(Node(option, node.file, node.pointer), ref.rsplit("/", 1)[-1])
            if isinstance(target, Named) and target in variants:
                pairs.append((ref.rsplit("/", 1)[-1], target.name))
        return pairs

    def _all_of(self, node: Node, schema: dict[str, Any], hint: str, own_name: str | None) -> TypeExpr:
        parts = schema["allOf"]
        own_keys = set(schema) & {"properties", "additionalProperties", "required"}
        if len(parts) == 1 and not own_keys:
            return self.type_of(node.child("allOf", 0), hint)
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        self._merge_into(merged, node, depth=0)
        merged_node = Node(merged, node.file, node.pointer)
        return self._object(merged_node, merged, hint, own_name, description=text_of(schema, "description"))

    def _merge_into(self, merged: dict[str, Any], node: Node, depth: int) -> None:
        schema = node.value
        if depth > 32 or not isinstance(schema, dict):
            return
        if is_ref(schema):
            target = self.document.resolve(node)
            if target is not None:
                self._merge_into(merged, target, depth + 1)
            return
        for index, _ in enumerate(schema.get("allOf") or []):
            self._merge_into(merged, node.child("allOf", index), depth + 1)
        for wire, prop in (schema.get("properties") or {}).items():
            merged["properties"][wire] = _absolute(prop, node, "properties", wire)
        merged["required"] += [r for r in schema.get("required") or [] if isinstance(r, str)]
        if "additionalProperties" in schema:
            merged["additionalProperties"] = _absolute(schema["additionalProperties"], node, "additionalProperties")

    def _object(self, node: Node, schema: dict[str, Any], hint: str, own_name: str | None,
                description: str = "") -> TypeExpr:
        properties = schema.get("properties")
        extra = self._extra_type(node, schema, hint)
        if not isinstance(properties, dict) or not properties:
            return MapOf(extra or ANY)
        name = own_name or self._names.claim(pascal_case(hint))
        self.definitions[name] = ObjectDef(name, (), description or text_of(schema, "description"), node.ref_key)
        fields = self._fields(node, schema, name)
        self.definitions[name] = ObjectDef(
            name, fields, description or text_of(schema, "description"), node.ref_key, extra
        )
        return Named(name)

    def _extra_type(self, node: Node, schema: dict[str, Any], hint: str) -> TypeExpr | None:
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            sub = node.get("additionalProperties")
            if sub is not None and isinstance(sub.value, _Located):
                sub = sub.value.node
            return self.type_of(sub, hint + "Value") if sub is not None else ANY
        return None

    def python_name(self, owner: Any, wire: str) -> str:
        """A property's or parameter's Python name: from `x-speakeasy-name-override` when set (default naming
        only; a snake_case override is kept as written), else from its wire name, which never changes."""
        override = owner.get(NAME_OVERRIDE) if isinstance(owner, dict) and self.naming == "default" else None
        return chosen_field_name(override) if isinstance(override, str) and override.strip() else field_name(wire)

    def _fields(self, node: Node, schema: dict[str, Any], owner: str) -> tuple[Field, ...]:
        required = {r for r in schema.get("required") or [] if isinstance(r, str)}
        names = UniqueNames()
        fields: list[Field] = []
        for wire, prop in schema["properties"].items():
            prop_node = _property_node(node, prop, wire)
            text = str(wire)
            expr = self.type_of(prop_node, owner + pascal_case(text, "Field"))
            description = text_of(prop, "description") or self._ref_description(prop_node)
            mapping = isinstance(prop, dict)
            fields.append(Field(
                name=names.claim(self.python_name(prop, text), "_"),
                wire=text,
                type=expr,
                required=wire in required,
                description=description,
                default=prop.get("default") if mapping else None,
                has_default=mapping and "default" in prop,
                read_only=mapping and prop.get("readOnly") is True,
            ))
        return tuple(fields)

    def _ref_description(self, node: Node) -> str:
        if not is_ref(node.value):
            return ""
        target = self.document.resolve(node)
        return text_of(target.value, "description") if target is not None else ""


def _property_node(owner: Node, prop: Any, wire: str) -> Node:
    if isinstance(prop, _Located):
        return prop.node
    return owner.child("properties", wire)


class _Located(dict[str, Any]):
    """A schema copied into a merged allOf object that remembers where it came from."""

    node: Node


def _absolute(value: Any, node: Node, *tokens: str) -> Any:
    located = _Located(value) if isinstance(value, dict) else _Located()
    located.node = node.child(*tokens) if isinstance(value, dict) else Node(value, node.file, node.pointer)
    return located


def _enum_members(values: list[Any]) -> tuple[EnumMember, ...]:
    names = UniqueNames({"name", "value"})
    return tuple(EnumMember(names.claim(constant_case(str(v)), "_"), v) for v in values)
