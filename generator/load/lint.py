"""Checks of a loaded spec that openapi-spec-validator misses or reports without a useful location.

They run with and without `--no-validate`, and every finding is a warning (an error under `--strict`): the
spec still generates, and what was done about the problem is said in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..findings import join_pointer
from .document import Document, Node

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# openapi-spec-validator errors reported elsewhere with the operation's or parameter's location: path parameters
# here, duplicate operationIds by the model builder (which also says what it does about them)
REPLACED_VALIDATOR_ERRORS = frozenset({"DuplicateOperationIDError", "UnresolvableParameterError"})
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
_SKIPPED_KEYS = frozenset({"example", "examples", "default", "const", "enum"})


def lint(document: Document) -> None:
    """Add a warning for each problem found; only values of the wrong JSON type are removed (see below)."""
    all_of = drop_misshapen(document)
    _operations(document)
    _all_of_types(document, all_of)


# ---- values of the wrong type ---------------------------------------------------------------------------

_Kinds = tuple[type, ...]
_LIST: _Kinds = (list,)
_MAP: _Kinds = (dict,)
_TOP_LEVEL: dict[str, _Kinds] = {"servers": _LIST, "security": _LIST, "tags": _LIST, "paths": _MAP, "components": _MAP,
              "info": _MAP, "webhooks": _MAP}
_COMPONENTS: dict[str, _Kinds] = {"schemas": _MAP, "securitySchemes": _MAP, "parameters": _MAP, "responses": _MAP,
               "requestBodies": _MAP, "headers": _MAP}
_SCHEMA_KEYS: dict[str, _Kinds] = {
    "properties": _MAP, "patternProperties": _MAP, "required": _LIST, "allOf": _LIST, "oneOf": _LIST,
    "anyOf": _LIST, "enum": _LIST, "prefixItems": _LIST, "type": (str, list), "discriminator": _MAP,
    "items": (dict, bool), "additionalProperties": (dict, bool), "not": (dict, bool),
}
_SUBSCHEMA = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
              "unevaluatedItems", "unevaluatedProperties")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SUBSCHEMA_KEYS = frozenset(_SUBSCHEMA + _SUBSCHEMA_MAPS + _SUBSCHEMA_LISTS)
_NAMES = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean"}


def drop_misshapen(document: Document) -> list[Node] | None:
    """Remove, with a warning each, values of the root file whose JSON type cannot be what OpenAPI means
    (`servers: 5`, `required: true`, `properties: [a, b]`, ...): the model is built from what is left, as from
    a spec that never had them. Schemas are found at `components/schemas/*` and under every `schema` key.

    Returns the mappings holding `allOf` met on the walk that finds the `schema` keys (those the walk of
    `_all_of_types` would meet), or None when a value was removed during that walk, which may have changed
    what a second walk meets."""
    root = document.root_node
    _drop_wrong(document, root, _TOP_LEVEL)
    components = root.get("components")
    if components is not None:
        _drop_wrong(document, components, _COMPONENTS)
        schemas = components.get("schemas")
        if schemas is not None:
            for name in list(schemas.value):
                _schema_tree(document, schemas.child(name))
    all_of: list[Node] = []
    unchanged = True
    for node in _mappings_with(root, ("schema", "allOf")):
        if "allOf" in node.value:
            all_of.append(node)
        if "schema" in node.value:
            unchanged = not _schema_tree(document, node.child("schema")) and unchanged
    return all_of if unchanged else None


def _drop_wrong(document: Document, node: Node, expected: dict[str, _Kinds]) -> None:
    if not isinstance(node.value, dict):
        return
    for key, kinds in expected.items():
        if key in node.value and not isinstance(node.value[key], kinds):
            wanted = " or ".join(_NAMES[k] for k in kinds)
            document.findings.warn(
                f"`{key}` is {_what(node.value[key])}, not {wanted}; left out",
                document.where(node.child(key)),
                f"write `{key}` as {wanted}",
            )
            del node.value[key]


def _what(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    return _NAMES.get(type(value), f"the number {value!r}" if isinstance(value, (int, float)) else type(value).__name__)


def _schema_tree(document: Document, top: Node) -> bool:
    """Check a schema and every schema inside it (iteratively; shared YAML anchors once); whether a value was
    removed."""
    stack: list[tuple[Any, _Chain]] = [(top.value, None)]
    seen: set[int] = set()
    dropped = False
    while stack:
        schema, chain = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        if _misshapen(schema):
            _drop_wrong(document, Node(schema, top.file, _pointer(top.pointer, chain)), _SCHEMA_KEYS)
            dropped = True
        if not _SUBSCHEMA_KEYS.isdisjoint(schema):  # most schemas are leaves
            _push_subschemas(stack, schema, chain)
    return dropped


def _misshapen(schema: dict[str, Any]) -> bool:
    """Whether a keyword of `_SCHEMA_KEYS` has a value of the wrong JSON type."""
    for key, value in schema.items():
        kinds = _SCHEMA_KEYS.get(key)
        if kinds is not None and not isinstance(value, kinds):
            return True
    return False


def _push_subschemas(stack: list[tuple[Any, _Chain]], schema: dict[str, Any], chain: _Chain) -> None:
    for key in _SUBSCHEMA:
        if key in schema:
            stack.append((schema[key], (chain, key)))
    for key in _SUBSCHEMA_MAPS:
        named = schema.get(key)
        if isinstance(named, dict):
            way = (chain, key)
            stack.extend((child, (way, name)) for name, child in named.items())
    for key in _SUBSCHEMA_LISTS:
        listed = schema.get(key)
        if isinstance(listed, list):
            way = (chain, key)
            stack.extend((child, (way, index)) for index, child in enumerate(listed))


# The way from a walk's top to a value, as (the way to its parent, key or index), None at the top: the JSON
# pointer is made only for the few values a check reports or keeps.
Chain = tuple[Any, str | int] | None
_Chain = Chain


def chain_tokens(chain: _Chain) -> list[str | int]:
    """The keys and indexes of a chain, from its top down."""
    tokens: list[str | int] = []
    while chain is not None:
        chain, token = chain
        tokens.append(token)
    tokens.reverse()
    return tokens


def _pointer(top: str, chain: _Chain) -> str:
    return join_pointer(top, *chain_tokens(chain))


def path_items(document: Document) -> Iterator[tuple[str, Node]]:
    """(path key, path item) for each path, path item `$ref`s followed."""
    paths = document.root_node.get("paths")
    if paths is None or not isinstance(paths.value, dict):
        return
    for key in paths.value:
        item = document.resolve(paths.child(key))
        if item is not None and isinstance(item.value, dict):
            yield str(key), item


def _operation_nodes(document: Document) -> Iterator[tuple[str, Node, Node]]:
    """(path key, path item, operation) for each operation, path item `$ref`s followed."""
    for key, item in path_items(document):
        for method in HTTP_METHODS:
            op = item.get(method)
            op = document.resolve(op) if op is not None else None  # a misplaced $ref is followed
            if op is not None and isinstance(op.value, dict):
                yield key, item, op


def _operations(document: Document) -> None:
    for path, item, op in _operation_nodes(document):
        _path_parameters(document, path, item, op)


def _path_parameters(document: Document, path: str, item: Node, op: Node) -> None:
    in_template = set(_TEMPLATE.findall(path.split("?", 1)[0]))
    declared: set[str] = set()
    for owner in (item, op):
        params = owner.get("parameters")
        params = document.resolve(params) if params is not None else None
        if params is None or not isinstance(params.value, list):
            continue
        for index in range(len(params.value)):
            param = document.resolve(params.child(index))
            if param is None or not isinstance(param.value, dict) or param.value.get("in") != "path":
                continue
            name = param.value.get("name")
            if not isinstance(name, str):
                continue
            declared.add(name)
            if name not in in_template:
                document.findings.warn(
                    f"path parameter {name!r} does not appear in the path {path!r}; it is accepted but not sent",
                    document.where(params.child(index)),
                    f"add {{{name}}} to the path, or declare the parameter `in: query`",
                )
    for name in sorted(in_template - declared):
        document.findings.warn(
            f"the path {path!r} has {{{name}}} but the operation declares no path parameter {name!r}; "
            "it is sent as the literal text",
            document.where(op),
            f"add a parameter `{{name: {name}, in: path, required: true}}`",
        )


def _types(schema: Any) -> set[str] | None:
    """The JSON types a schema allows by its `type` keyword; None when it does not say."""
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    kinds = {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else None
    if kinds is None:
        return None
    if schema.get("nullable") is True:
        kinds.add("null")
    if "number" in kinds:
        kinds.add("integer")  # an integer is a number
    return kinds


def _all_of_types(document: Document, nodes: list[Node] | None) -> None:
    """allOf parts whose `type`s have nothing in common: no value can match, so the model is meaningless.
    `nodes`: the mappings holding `allOf`, when known (None: walk the file for them)."""
    for node in _mappings_with(document.root_node, ("allOf",)) if nodes is None else nodes:
        parts = node.value.get("allOf")
        if not isinstance(parts, list) or not parts:
            continue
        allowed = _types(node.value)
        named: list[str] = [] if allowed is None else sorted(allowed)
        for index in range(len(parts)):
            part = document.resolve(node.child("allOf", index))
            kinds = _types(part.value) if part is not None else None
            if kinds is None:
                continue
            named += sorted(kinds - set(named))
            allowed = kinds if allowed is None else allowed & kinds
            if not allowed:
                document.findings.warn(
                    f"allOf combines the types {', '.join(named)}, which no value can have at once; "
                    "the generated type accepts anything the first object-like part describes",
                    document.where(node.child("allOf")),
                    "make the parts agree on one type, or use oneOf/anyOf for alternatives",
                )
                break


def _mappings_with(root: Node, keys: tuple[str, ...]) -> Iterator[Node]:
    """Every mapping of a file that holds one of `keys`, once (shared YAML anchors too), skipping examples and
    extensions. A mapping is yielded before its children are read, so the caller may change what is inside it."""
    seen: set[int] = set()
    stack: list[tuple[Any, _Chain]] = [(root.value, None)] if isinstance(root.value, (dict, list)) else []
    while stack:
        value, chain = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, dict):
            for key in keys:
                if key in value:
                    yield Node(value, root.file, _pointer(root.pointer, chain))
                    break
            for name, child in reversed(value.items()):
                if (isinstance(child, (dict, list)) and name not in _SKIPPED_KEYS
                        and not (isinstance(name, str) and name.startswith("x-"))):
                    stack.append((child, (chain, name)))
        else:
            for index, child in enumerate(value):
                if isinstance(child, (dict, list)):
                    stack.append((child, (chain, index)))
