"""Methods an operation gains beside its plain, stream and pager methods: the structured-output `parse` method
(`x-pyclient-parse`) and the `<method>_async` twins a sync client offers for each of its methods."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from ..load.document import Document, Node
from .naming import UniqueNames, snake_case
from .types import Body, Definition, ListOf, Named, Nullable, ObjectDef, Operation, Response, TypeExpr

EXT_PARSE = "x-pyclient-parse"
ASYNC_SUFFIX = "_async"


def read_parse(document: Document, op_node: Node, body: Body | None, responses: tuple[Response, ...],
               definitions: Mapping[str, Definition], claim: Callable[[str], str]) -> str:
    """The name of the operation's `parse` method ("" when it has none): the extension's value, on an operation
    whose JSON body has a `response_format` property and whose answer has `choices[].message.content`."""
    if EXT_PARSE not in op_node.value:
        return ""
    node = op_node.child(EXT_PARSE)
    problem = _parse_problem(node.value, body, responses, definitions)
    if problem:
        document.findings.warn(f"{EXT_PARSE}: {problem}; the operation gets no parse method", document.where(node),
                               "use it on a chat-completion-like operation (response_format in, choices out)")
        return ""
    return claim(snake_case(str(node.value), "parse"))


def _parse_problem(value: object, body: Body | None, responses: tuple[Response, ...],
                   definitions: Mapping[str, Definition]) -> str:
    if not isinstance(value, str) or not value:
        return "must be a method name"
    if body is None or body.kind != "json" or not any(f.wire == "response_format" for f in body.fields):
        return "the request body has no `response_format` property"
    answer = next((r.type for r in responses if r.status.startswith("2") and r.kind == "json"), None)
    choice = _item(_field_type(answer, "choices", definitions))
    message = _field_type(choice, "message", definitions)
    if _field_type(message, "content", definitions) is None:
        return "the answer has no `choices[].message.content`"
    return ""


def _field_type(expr: TypeExpr | None, wire: str, definitions: Mapping[str, Definition]) -> TypeExpr | None:
    expr = expr.inner if isinstance(expr, Nullable) else expr
    definition = definitions.get(expr.name) if isinstance(expr, Named) else None
    if not isinstance(definition, ObjectDef):
        return None
    return next((f.type for f in definition.fields if f.wire == wire), None)


def _item(expr: TypeExpr | None) -> TypeExpr | None:
    expr = expr.inner if isinstance(expr, Nullable) else expr
    return expr.item if isinstance(expr, ListOf) else None


def method_names(op: Operation) -> list[str]:
    """Every method an operation gives a resource class, in the order they are laid out."""
    names = []
    if op.stream is None or not op.stream.only:
        names.append(op.method_name)
        if op.pagination is not None:
            names.append(op.pagination.method_name)
    if op.stream is not None and op.stream.method_name not in names:
        names.append(op.stream.method_name)
    if op.parse_method:
        names.append(op.parse_method)
    return names


def with_async_twins(operations: Sequence[Operation], nodes: Sequence[Node], names: UniqueNames,
                     document: Document, group: str) -> tuple[Operation, ...]:
    """The operations of one group (whose method names `names` already holds) with the names of their methods'
    `_async` twins claimed; a twin whose natural name another method has gets a unique one, with a warning."""
    out = []
    for op, node in zip(operations, nodes, strict=True):
        pairs = []
        for method in method_names(op):
            wanted = method + ASYNC_SUFFIX
            twin = names.claim(wanted, "_")
            if twin != wanted:
                document.findings.warn(
                    f"the async twin of {group}.{method} would be {wanted!r}, a name another method of the group "
                    f"has; it is named {twin!r}", document.where(node),
                    "rename one of the two methods (x-pyclient-method)")
            pairs.append((method, twin))
        out.append(dataclasses.replace(op, async_names=tuple(pairs)))
    return tuple(out)
