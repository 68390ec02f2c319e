"""Views of groups and operations for the resource templates: signatures and runtime calls as source."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ..model.operations import CALL_OPTIONS
from ..model.types import (
    ANY,
    AliasDef,
    Api,
    Body,
    ListOf,
    Named,
    Nullable,
    ObjectDef,
    Operation,
    Parameter,
    Primitive,
    Response,
    StreamInfo,
    TypeExpr,
)
from .extras import PARSED_TYPE, parse_method, with_twins
from .pagination import pager_method
from .pyexpr import Expressions, union_annotation
from .text import doc_lines, docstring, wrap
from .views import export_order

_CALL_OPTION_ARGS = [
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "timeout: float | httpx.Timeout | None | _rt.Unset = _rt.UNSET",
    "max_retries: int | _rt.Unset = _rt.UNSET",
]
_OPTIONS_CALL = "options=_rt.RequestOptions(" + ", ".join(f"{o}={o}" for o in CALL_OPTIONS) + ")"


@dataclass
class MethodView:
    name: str
    args: list[str]
    returns: str
    doc: str
    core_call: str  # "request" or "stream"
    call_args: list[str]  # arguments of self._core.<core_call>(...)
    deprecated: bool = False
    prelude: list[str] = field(default_factory=list)  # statements before the call
    async_returns: str = ""
    call: str = ""  # what the method calls: `self._core.<core_call>` unless set
    async_call: str = ""
    awaits: bool = True  # whether the async method awaits its call (pagers return an awaitable instead)
    sync_only: bool = False  # a method of the sync class only (the `_async` twins)
    coroutine: bool = False  # defined with `async def` in the sync class too (awaiting its call)

    def __post_init__(self) -> None:
        if not self.async_returns:
            self.async_returns = self.returns.replace("_rt.Stream[", "_rt.AsyncStream[", 1)
        self.call = self.call or f"self._core.{self.core_call}"
        self.async_call = self.async_call or self.call


@dataclass
class GroupView:
    path: str  # dotted namespace path: "beta.conversations"
    attribute: str  # the attribute on its parent namespace or the client
    class_name: str
    module: str
    doc: str
    methods: list[MethodView] = field(default_factory=list)
    children: list[GroupView] = field(default_factory=list)  # the namespaces under this one
    parent: str = ""

    @property
    def exports(self) -> list[str]:
        return export_order([f"Async{self.class_name}", self.class_name])

    @property
    def parsed_type(self) -> str:
        """The TypeVar the module defines for its parse methods, "" when it has none."""
        return PARSED_TYPE if any(m.returns.startswith("_rt.ParsedCompletion[") for m in self.methods) else ""


def group_views(api: Api, exprs: Expressions) -> list[GroupView]:
    """Every namespace, in model order, each with its children (the client holds those without a parent)."""
    views: dict[str, GroupView] = {}
    for group in api.groups:
        view = GroupView(group.name, group.attribute, group.class_name, group.module,
                         docstring(group.description or group.name), parent=group.parent)
        qualified = dataclasses.replace(exprs, builtin_prefix="builtins.")
        shadowed = any(child.rpartition(".")[2] in _SHADOWED for child in group.children)  # defined first
        for op in group.operations:
            more = bool(op.async_names) or op.pagination is not None or (op.stream is not None and not op.stream.only)
            shadowed = shadowed or (op.method_name in _SHADOWED and more)
            methods = _operation_methods(op, qualified if shadowed else exprs)
            view.methods.extend(with_twins(methods, op, f"Async{group.class_name}"))
            shadowed = shadowed or bool({op.method_name, *_stream_name(op)} & _SHADOWED)
        views[group.name] = view
    for group in api.groups:
        views[group.name].children = [views[child] for child in group.children]
    return list(views.values())


# Builtins the annotations use generically: once a method of the class has one of these names, mypy reads it
# (not the builtin) in the signatures that follow, so they say `builtins.list`.
_SHADOWED = frozenset({"list", "dict"})


def _stream_name(op: Operation) -> tuple[str, ...]:
    return (op.stream.method_name,) if op.stream is not None else ()


def _operation_methods(op: Operation, exprs: Expressions) -> list[MethodView]:
    methods = []
    stream = op.stream
    if stream is None or not stream.only:
        flag = {stream.stream_flag: "False"} if stream and stream.stream_flag else {}
        responses, prelude = _responses_expr(op, exprs), []
        if len(_return_types(op, exprs)) > 1:  # mypy does not join Returns[A] and Returns[B]: name the join
            prelude = [f"responses: dict[str, _rt.Returns[{_return_annotation(op, exprs)}]] = {responses}"]
            responses = "responses"
        methods.append(MethodView(
            op.method_name, _arguments(op, exprs), _return_annotation(op, exprs), _method_doc(op),
            "request", [_request_expr(op, flag), responses, *_errors_arg(op, exprs), _OPTIONS_CALL],
            op.deprecated, prelude=prelude,
        ))
        if op.pagination is not None:
            item = op.pagination.item
            methods.append(pager_method(op.pagination, methods[-1], exprs.annotation(item), _decoder(item, exprs)))
        if op.parse_method:
            methods.append(parse_method(op, methods[0]))
    if stream is not None:
        flag = {stream.stream_flag: "True"} if stream.stream_flag else {}
        chunk = exprs.annotation(stream.chunk)
        methods.append(MethodView(
            stream.method_name, _arguments(op, exprs), f"_rt.Stream[{chunk}]", _method_doc(op, streaming=True),
            "stream", [_request_expr(op, flag), _decoder(stream.chunk, exprs),
                       *_errors_arg(op, exprs), _OPTIONS_CALL, *_stream_options(stream)],
            op.deprecated,
        ))
    return methods


def _stream_options(stream: StreamInfo) -> list[str]:
    """The keyword arguments of `core.stream` that differ from its defaults."""
    return ([] if stream.require_done else ["require_done=False"]) + (["whole_event=True"] if stream.whole_event else [])


def _arguments(op: Operation, exprs: Expressions) -> list[str]:
    required: list[str] = []
    optional: list[str] = []
    for param in op.parameters:
        (required if param.required else optional).append(_param_arg(param, exprs))
    body = op.body
    if body is not None:
        stream_flag = op.stream.stream_flag if op.stream else None
        for f in body.fields:
            if f.wire == stream_flag:
                continue
            annotation = _file_annotation(f.type, exprs) if body.kind == "multipart" else None
            annotation = annotation or exprs.input_annotation(f.type)
            if f.required:
                required.append(f"{f.name}: {annotation}")
            else:
                optional.append(f"{f.name}: {annotation} | _rt.Unset = _rt.UNSET")
        if not body.fields:
            annotation = _RAW_BODIES.get(body.kind) or exprs.input_annotation(body.type)
            (required if body.required else optional).append(
                f"{body.argument}: {annotation}" if body.required
                else f"{body.argument}: {annotation} | _rt.Unset = _rt.UNSET")
    return required + optional + _CALL_OPTION_ARGS


_RAW_BODIES = {"bytes": "bytes | IO[bytes]", "text": "str"}


def _file_annotation(expr: TypeExpr, exprs: Expressions) -> str | None:
    """Multipart fields holding files (`format: binary`, also through a named schema such as `File`) take
    content, a file object or (name, content)."""
    inner = _unaliased(expr.inner if isinstance(expr, Nullable) else expr, exprs)
    if isinstance(inner, Primitive) and inner.format == "binary":
        return "_rt.FileContent"
    item = _unaliased(inner.item, exprs) if isinstance(inner, ListOf) else None
    if isinstance(item, Primitive) and item.format == "binary":
        return "Sequence[_rt.FileContent]"
    return None


def _unaliased(expr: TypeExpr, exprs: Expressions) -> TypeExpr:
    """The type a named alias stands for (followed through aliases of aliases); other types as they are."""
    seen: set[str] = set()
    while isinstance(expr, Named) and expr.name not in seen:
        seen.add(expr.name)
        definition = exprs.definitions.get(expr.name)
        if not isinstance(definition, AliasDef):
            break
        expr = definition.target
    return expr


def _param_arg(param: Parameter, exprs: Expressions) -> str:
    annotation = exprs.input_annotation(param.type)
    if param.required:
        return f"{param.name}: {annotation}"
    return f"{param.name}: {union_annotation([annotation, 'None', '_rt.Unset'])} = _rt.UNSET"


def _request_expr(op: Operation, flag: dict[str, str]) -> str:
    path = repr(op.path)
    path_params = [p for p in op.parameters if p.location == "path"]
    if path_params:
        values = ", ".join(f"{p.wire!r}: {_param_value(p)}" for p in path_params)
        path = f"_rt.format_path({path}, {{{values}}})"
    parts = [repr(op.http_method), path]
    for location, keyword in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        entries = [f"{k!r}: {v!r}" for k, v in op.fixed_query] if location == "query" else []
        entries += [_param_entry(p) for p in op.parameters if p.location == location]
        if entries:
            parts.append(f"{keyword}={{{', '.join(entries)}}}")
    if op.body is not None:
        parts.append(_body_arg(op.body, flag))
    return f"_rt.Request({', '.join(parts)})"


def _param_entry(param: Parameter) -> str:
    """One entry of the query/headers/cookies dict, serialised as the parameter's style says."""
    if param.style == "deepObject":
        return f"**_rt.deep_object({param.wire!r}, {param.name})"
    return f"{param.wire!r}: {_param_value(param)}"


def _param_value(param: Parameter) -> str:
    is_list = isinstance(param.type, ListOf) or (
        isinstance(param.type, Nullable) and isinstance(param.type.inner, ListOf))
    exploded_form = param.location in ("query", "cookie") and param.explode and param.style in ("", "form")
    return f"_rt.join_csv({param.name})" if is_list and not exploded_form else param.name


def _body_arg(body: Body, flag: dict[str, str]) -> str:
    if body.fields:
        entries = [f"{f.wire!r}: {flag[f.wire]}" if f.wire in flag else f"{f.wire!r}: {f.name}"
                   for f in body.fields]
        value = f"{{{', '.join(entries)}}}"
    else:
        value = body.argument
    if body.kind == "json":
        return f"json=_rt.encode_json({value})"
    if body.kind == "form":
        return f"data=_rt.form_fields({value})" if body.fields else f"data=_rt.form_fields(_rt.encode_json({value}))"
    if body.kind == "multipart":
        return f"**_rt.multipart({value})" if body.fields else f"**_rt.multipart(_rt.encode_json({value}))"
    return f"content={value}"


def _success(op: Operation) -> list[Response]:
    responses = [r for r in op.responses if r.kind != "event-stream"]
    success = [r for r in responses if r.status.startswith("2")]
    return success or [r for r in responses if r.status == "default"]


def _return_types(op: Operation, exprs: Expressions) -> list[str]:
    """The annotation of what each success response decodes to, each once."""
    annotations: list[str] = []
    for response in _success(op):
        annotation = "None" if response.kind == "empty" else exprs.annotation(response.type or ANY)
        if annotation not in annotations:
            annotations.append(annotation)
    return annotations


def _return_annotation(op: Operation, exprs: Expressions) -> str:
    annotations = _return_types(op, exprs)
    if not annotations or "Any" in annotations:
        return "Any"
    return union_annotation(annotations)


def _responses_expr(op: Operation, exprs: Expressions) -> str:
    entries = []
    for response in _success(op):
        decoder = _RAW_DECODERS.get(response.kind) or _decoder(response.type or ANY, exprs)
        entries.append(f"{response.status!r}: _rt.Returns({response.kind!r}, {decoder})")
    if not entries:
        entries.append("'default': _rt.Returns('json', _rt.identity)")
    return f"{{{', '.join(entries)}}}"


def _errors_arg(op: Operation, exprs: Expressions) -> list[str]:
    entries = []
    for response in op.responses:
        if response.status.startswith("2") or response.kind != "json" or response.type is None:
            continue
        entry = f"{response.status!r}: {_decoder(response.type, exprs)}"
        if entry not in entries:
            entries.append(entry)
    return [f"errors={{{', '.join(entries)}}}"] if entries else []


_RAW_DECODERS = {"empty": "_rt.to_none", "text": "str", "bytes": "bytes"}


def _decoder(expr: TypeExpr, exprs: Expressions) -> str:
    if isinstance(expr, Named) and isinstance(exprs.definitions.get(expr.name), ObjectDef):
        return f"_m.{expr.name}.from_dict"
    decoded = exprs.decode(expr, "data")
    if decoded is not None:
        return f"lambda data: {decoded}"
    annotation = exprs.annotation(expr)
    return "_rt.identity" if annotation == "Any" else f"lambda data: cast({annotation!r}, data)"


def _method_doc(op: Operation, streaming: bool = False) -> str:
    lines: list[str] = []
    head = op.summary or op.description or f"{op.http_method} {op.path}"
    lines.extend(doc_lines(head))
    if op.description and op.description != head:
        lines += [""] + doc_lines(op.description)
    if streaming:
        lines += ["", "Streams the response as server-sent events; iterate the returned stream for chunks."]
    if op.deprecated:
        lines += ["", "Deprecated."] + (doc_lines(op.deprecation_message) if op.deprecation_message else [])
    args = _argument_docs(op)
    if args:
        lines += ["", "Args:"] + args
    return "\n".join(lines)


def _argument_docs(op: Operation) -> list[str]:
    entries: list[tuple[str, str]] = [(p.name, p.description) for p in op.parameters]
    if op.body is not None:
        stream_flag = op.stream.stream_flag if op.stream else None
        entries += [(f.name, f.description) for f in op.body.fields if f.wire != stream_flag]
    out = []
    for name, description in entries:
        if description:
            out.extend(wrap(" ".join(docstring(description).split()), 80, f"    {name}: ", "        "))
    return out


__all__ = ["GroupView", "MethodView", "group_views"]
