"""Pagination extensions → `Pagination`: `x-pyclient-pagination`, `x-speakeasy-pagination`, `x-fern-pagination`.

`x-pyclient-pagination` has the shape of Speakeasy's (`type`, `inputs`, `outputs`) and adds `type: link`
(the next page's URL in an RFC 8288 `Link: <...>; rel="next"` response header). An annotation that is invalid
or unsupported becomes a warning at its location; the operation then has no pager.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from typing import Any

from ..load.document import Document, Node
from .types import (
    ANY,
    AliasDef,
    Body,
    Definition,
    ListOf,
    MapOf,
    Named,
    Nullable,
    ObjectDef,
    PageInput,
    Pagination,
    PaginationKind,
    Parameter,
    Primitive,
    Response,
    TypeExpr,
    UnionOf,
)

EXT_PYCLIENT, EXT_SPEAKEASY, EXT_FERN = "x-pyclient-pagination", "x-speakeasy-pagination", "x-fern-pagination"
EXTENSIONS = (EXT_PYCLIENT, EXT_SPEAKEASY, EXT_FERN)  # in precedence order
JsonPath = tuple[str | int, ...]


class PaginationError(ValueError):
    """An annotation that cannot become a pager; the message says why."""


def read_pagination(document: Document, op_node: Node, parameters: tuple[Parameter, ...], body: Body | None,
                    responses: tuple[Response, ...], definitions: Mapping[str, Definition],
                    method_name: Callable[[], str]) -> Pagination | None:
    """The pagination of an operation, from the first extension present; None (with a warning) if unusable.
    `method_name` claims the pager method's name (called only when there is a pager)."""
    extension = next((e for e in EXTENSIONS if e in op_node.value), None)
    if extension is None:
        return None
    node = op_node.child(extension)
    reader = _Reader(parameters, body, _response_type(responses), definitions, _defaults(document, op_node))
    try:
        if not isinstance(node.value, dict):
            raise PaginationError("must be a mapping")
        pagination = reader.fern(node.value) if extension == EXT_FERN else reader.speakeasy(node.value, extension)
    except PaginationError as exc:
        document.findings.warn(f"{extension}: {exc}; the operation gets no pager", document.where(node),
                               "see the README's pagination section for the supported shapes")
        return None
    return dataclasses.replace(pagination, method_name=method_name())


def _response_type(responses: tuple[Response, ...]) -> TypeExpr | None:
    for response in responses:
        if response.status.startswith("2") and response.kind == "json":
            return response.type or ANY
    return None


def _defaults(document: Document, op_node: Node) -> dict[str, Any]:
    """The declared default of each operation-level parameter with one, by wire name."""
    params = op_node.get("parameters")
    count = len(params.value) if params is not None and isinstance(params.value, list) else 0
    out: dict[str, Any] = {}
    for param in (document.resolve(params.child(i)) for i in range(count)) if params is not None else ():
        schema = param.value.get("schema") if param is not None and isinstance(param.value, dict) else None
        if param is not None and isinstance(schema, dict) and "default" in schema:
            out[str(param.value.get("name"))] = schema["default"]
    return out


class _Reader:
    def __init__(self, parameters: tuple[Parameter, ...], body: Body | None, response: TypeExpr | None,
                 definitions: Mapping[str, Definition], defaults: dict[str, Any]) -> None:
        self.parameters = parameters
        self.body = body
        self.response = response
        self.definitions = definitions
        self.defaults = defaults

    # ---- the two shapes ---------------------------------------------------------------------

    def speakeasy(self, value: dict[str, Any], extension: str) -> Pagination:
        kind = value.get("type")
        inputs = _inputs(value.get("inputs", []))
        outputs = value.get("outputs", {})
        if not isinstance(outputs, dict):
            raise PaginationError("outputs must be a mapping")
        limit = self._speakeasy_input(inputs, "limit")
        if kind == "cursor":
            return self._build("cursor", extension, outputs.get("results"), self._speakeasy_input(inputs, "cursor", True),
                               limit, next_cursor=self._path(outputs.get("nextCursor"), "outputs.nextCursor"))
        if kind == "offsetLimit":
            offset, page = self._speakeasy_input(inputs, "offset"), self._speakeasy_input(inputs, "page")
            if (offset is None) == (page is None):
                raise PaginationError("offsetLimit needs exactly one input of type offset or page")
            num_pages = outputs.get("numPages")
            return self._build("offset" if offset else "page", extension, outputs.get("results"), offset or page,
                               limit, num_pages=None if num_pages is None else self._path(num_pages, "numPages"))
        if kind == "link" and extension == EXT_PYCLIENT:
            return self._build("link", extension, outputs.get("results", "$"), None, limit)
        raise PaginationError(f"type {kind!r} is not supported (cursor, offsetLimit"
                              + (", link)" if extension == EXT_PYCLIENT else ")"))

    def fern(self, value: dict[str, Any]) -> Pagination:
        if "next_uri" in value or "next_path" in value:
            raise PaginationError("next_uri/next_path pagination is not supported (cursor, offset)")
        more = value.get("has_next_page", value.get("has-next-page"))
        has_more = None if more is None else self._path(more, "has_next_page", "$response")
        if "cursor" in value:
            return self._build("cursor", EXT_FERN, value.get("results"), self._request_input(value["cursor"], "cursor"),
                               None, next_cursor=self._path(value.get("next_cursor"), "next_cursor", "$response"),
                               has_more=has_more, root="$response")
        if "offset" in value:
            step = value.get("step")
            step_input = None if step is None else self._request_input(step, "step")
            return self._build("page" if step_input is None else "offset", EXT_FERN, value.get("results"),
                               self._request_input(value["offset"], "offset"), step_input,
                               has_more=has_more, root="$response")
        raise PaginationError("needs cursor (with next_cursor) or offset, and results")

    # ---- the parts --------------------------------------------------------------------------

    def _build(self, kind: PaginationKind, extension: str, results: Any, cursor: PageInput | None,
               limit: PageInput | None, *, next_cursor: JsonPath = (), has_more: JsonPath | None = None,
               num_pages: JsonPath | None = None, root: str = "$") -> Pagination:
        if self.response is None:
            raise PaginationError("the operation has no JSON success response to page through")
        results_path = self._path(results, "results", root)
        item = self._item_type(results_path)
        for path, what in ((next_cursor, "the next cursor"), (has_more, "has_next_page"), (num_pages, "numPages")):
            if path and self._type_at(self.response, path) is None:
                raise PaginationError(f"{what} path {_show(path)} is not in the response schema")
        start = 1 if kind == "page" else 0
        default = self.defaults.get(cursor.wire) if cursor is not None and cursor.location != "body" else None
        if isinstance(default, int) and not isinstance(default, bool) and kind in ("offset", "page"):
            start = default
        return Pagination(kind, extension, item, results_path, cursor, limit, next_cursor, has_more, num_pages, start)

    def _item_type(self, path: JsonPath) -> TypeExpr:
        assert self.response is not None
        found = self._type_at(self.response, path)
        if found is None:
            raise PaginationError(f"results path {_show(path)} is not in the response schema")
        found = self._unwrap(found)
        if isinstance(found, ListOf):
            return found.item
        if found == ANY:
            return ANY
        raise PaginationError(f"results path {_show(path)} is not an array in the response schema")

    def _unwrap(self, expr: TypeExpr) -> TypeExpr:
        for _ in range(100):  # alias chains are short; the bound only guards against a cycle
            if isinstance(expr, Nullable):
                expr = expr.inner
            elif isinstance(expr, Named) and isinstance(self.definitions.get(expr.name), AliasDef):
                target = self.definitions[expr.name]
                assert isinstance(target, AliasDef)
                expr = target.target
            else:
                break
        return expr

    def _type_at(self, expr: TypeExpr, path: JsonPath) -> TypeExpr | None:
        """The type at `path` inside `expr`; None when the schema shows there is nothing there."""
        if not path:
            return expr
        expr = self._unwrap(expr)
        key, rest = path[0], path[1:]
        if expr == ANY or isinstance(expr, Primitive) and expr.kind == "any":
            return ANY
        if isinstance(expr, UnionOf):
            found = (self._type_at(v, path) for v in expr.variants)
            return next((f for f in found if f is not None), None)
        if isinstance(key, int):
            return self._type_at(expr.item, rest) if isinstance(expr, ListOf) else None
        if isinstance(expr, MapOf):
            return self._type_at(expr.value, rest)
        definition = self.definitions.get(expr.name) if isinstance(expr, Named) else None
        if isinstance(definition, ObjectDef):
            field = next((f for f in definition.fields if f.wire == key), None)
            if field is not None:
                return self._type_at(field.type, rest)
            return self._type_at(definition.extra, rest) if definition.extra is not None else None
        return None

    def _speakeasy_input(self, inputs: list[dict[str, Any]], kind: str, required: bool = False) -> PageInput | None:
        matches = [i for i in inputs if i.get("type") == kind]
        if not matches:
            if required:
                raise PaginationError(f"needs an input of type {kind}")
            return None
        entry = matches[0]
        where = entry.get("in")
        if where not in ("parameters", "requestBody"):
            raise PaginationError(f"input {entry.get('name')!r}: `in` must be parameters or requestBody")
        return self._find_input(str(entry.get("name")), where == "requestBody")

    def _request_input(self, reference: Any, what: str) -> PageInput:
        if not isinstance(reference, str) or not reference.startswith("$request."):
            raise PaginationError(f"{what} must be `$request.<name>`")
        name = reference[len("$request."):]
        if not name or "." in name or "[" in name:
            raise PaginationError(f"{what} {reference!r}: only a top-level request parameter or property is supported")
        found = self._find_input(name, False, quiet=True) or self._find_input(name, True, quiet=True)
        if found is None:
            raise PaginationError(f"{what} {reference!r} names no parameter or body property of the operation")
        return found

    def _find_input(self, wire: str, in_body: bool, quiet: bool = False) -> PageInput | None:
        if in_body:
            fields = self.body.fields if self.body is not None and self.body.kind == "json" else ()
            field = next((f for f in fields if f.wire == wire), None)
            if field is not None:
                return PageInput(field.name, field.wire, "body")
        else:
            param = next((p for p in self.parameters if p.wire == wire), None)
            if param is not None and param.location != "path":
                return PageInput(param.name, param.wire, param.location)
        if quiet:
            return None
        where = "JSON body property" if in_body else "query, header or cookie parameter"
        raise PaginationError(f"input {wire!r} is no {where} of the operation")

    def _path(self, value: Any, what: str, root: str = "$") -> JsonPath:
        if not isinstance(value, str):
            raise PaginationError(f"{what} must be a path like {root}.data")
        path = parse_path(value, root)
        if path is None:
            raise PaginationError(f"{what} {value!r} is not a supported path ({root}.a.b, {root}.a[0], {root}['a'])")
        return path


def _inputs(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
        raise PaginationError("inputs must be a list of {name, in, type}")
    return value


_SEGMENT = re.compile(r"\.([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\['([^'\\]*)'\]|\[\"([^\"\\]*)\"\]")


def parse_path(text: str, root: str = "$") -> JsonPath | None:
    """`$.a.b[0]`, `$['a']` (or `$response.a.b`) → ("a", "b", 0); None for anything else (filters, wildcards)."""
    text = text.strip()
    if not text.startswith(root):
        return None
    position, out = len(root), []
    while position < len(text):
        match = _SEGMENT.match(text, position)
        if match is None:
            return None
        name, index, single, double = match.groups()
        out.append(int(index) if index is not None else next(p for p in (name, single, double) if p is not None))
        position = match.end()
    return tuple(out)


def _show(path: JsonPath) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
