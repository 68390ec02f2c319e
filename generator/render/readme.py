"""The view of a generated package's README.md: every decision is made here; README.md.jinja lays out text.

Spec text reaches the README only through generator/render/markdown.py (inline text, code spans, fenced
blocks), never pasted in. Python examples are built from identifiers only (the package name, namespaces, method
and argument names, the environment variable), which cannot leave a fenced code block. What the runtime does
(error classes, default timeout, retries) is read from templates/runtime/, so the README says what the copied
runtime does.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass, field

import jinja2

from ..model.types import Api, Operation, SecurityScheme
from .env import TEMPLATES
from .markdown import block, code, inline, paragraph

CLIENT = "client"


def call_text(group: str, method_name: str, client: str = CLIENT) -> str:
    """What a user writes to reach a method: `client.<group>.<method_name>`; a dotted group nests."""
    return f"{client}.{group}.{method_name}"


@dataclass(frozen=True)
class MethodLine:
    call: str  # a code span: `client.<group>.<method>(...)`
    summary: str  # inline Markdown, may be ""
    notes: str  # "streams", "deprecated", ...


@dataclass
class NamespaceView:
    heading: str  # a code span: `client.<group>`
    level: str  # the Markdown heading marks: "###" for a top-level namespace, one more per level (at most 6)
    description: str  # a Markdown line of its own, may be ""
    methods: list[MethodLine] = field(default_factory=list)


@dataclass(frozen=True)
class ErrorLine:
    name: str  # a code span
    parent: str  # a code span, or ""
    when: str  # inline Markdown


@dataclass(frozen=True)
class RuntimeFacts:
    errors: tuple[ErrorLine, ...]
    timeout: str
    max_retries: int
    retried_statuses: str


@dataclass
class ReadmeView:
    title: str
    version: str
    description: str  # a fenced block, or ""
    package: str
    base_url: str  # a code span, or "" when the spec names no server
    auth: str  # a Markdown paragraph
    construct: str  # Python: the client's construction in the examples
    namespaces: list[NamespaceView]
    operations: int
    call_example: str  # Python: a call of a method that answers in one response, or ""
    options_example: str  # Python: the same call with per-call options, or ""
    stream_example: str  # Python: a streaming call, or ""
    async_stream_example: str  # Python: the same on the async client, or ""
    facts: RuntimeFacts


def readme_file(env: jinja2.Environment, api: Api, package: str) -> bytes:
    """README.md of the package imported as `package`."""
    return env.get_template("README.md.jinja").render(readme=readme_view(api, package)).encode("utf-8")


def readme_view(api: Api, package: str) -> ReadmeView:
    ordered = _tree_order(api)
    plain = next((op for _, ops in ordered for op in ops if op.stream is None or not op.stream.only), None)
    streaming = next((op for _, ops in ordered for op in ops if op.stream is not None), None)
    scheme = api.security[0] if api.security else None
    return ReadmeView(
        title=inline(api.title) or "API",
        version=inline(api.version),
        description=block(api.description) if api.description.strip() else "",
        package=package,
        base_url=code(api.servers[0].url) if api.servers else "",
        auth=_auth(scheme),
        construct=_construct(scheme),
        namespaces=_namespaces(api, ordered),
        operations=sum(len(group.operations) for group in api.groups),
        call_example=_example(plain, plain.method_name) if plain is not None else "",
        options_example=_example(plain, plain.method_name, _CALL_OPTIONS) if plain is not None else "",
        stream_example=_example(streaming, _stream_name(streaming)) if streaming is not None else "",
        async_stream_example=_example(streaming, _stream_name(streaming), client="aclient")
        if streaming is not None else "",
        facts=runtime_facts(),
    )


_CALL_OPTIONS = ("timeout=5.0", "max_retries=0", 'extra_headers={"X-Trace": "1"}')


def _stream_name(op: Operation) -> str:
    return op.stream.method_name if op.stream is not None else op.method_name


# ---- namespaces and methods ---------------------------------------------------------------------------------


def _tree_order(api: Api) -> list[tuple[str, list[Operation]]]:
    """Every namespace (dotted group path, ancestors included) with its operations, depth first; siblings in the
    order the spec first names them."""
    operations: dict[str, list[Operation]] = {}
    for group in api.groups:
        for op in group.operations:
            parts = op.group.split(".")
            for end in range(1, len(parts) + 1):
                operations.setdefault(".".join(parts[:end]), [])
            operations[op.group].append(op)
    children: dict[str, list[str]] = {}
    for path in operations:
        children.setdefault(path.rpartition(".")[0], []).append(path)
    ordered: list[tuple[str, list[Operation]]] = []
    stack = list(reversed(children.get("", [])))
    while stack:
        path = stack.pop()
        ordered.append((path, operations[path]))
        stack.extend(reversed(children.get(path, [])))
    return ordered


def _namespaces(api: Api, ordered: list[tuple[str, list[Operation]]]) -> list[NamespaceView]:
    descriptions = {group.name: group.description for group in api.groups}
    views = []
    for path, ops in ordered:
        description = descriptions.get(path, "")
        level = "#" * min(3 + path.count("."), 6)
        view = NamespaceView(code(f"{CLIENT}.{path}"), level, paragraph(description.split("\n\n")[0]))
        for op in ops:
            view.methods.extend(_method_lines(op))
        views.append(view)
    return views


def _method_lines(op: Operation) -> list[MethodLine]:
    summary = inline(op.summary or op.description.split("\n\n")[0])
    deprecated = ["deprecated"] if op.deprecated else []
    lines = []
    if op.stream is None or not op.stream.only:
        lines.append(MethodLine(code(call_text(op.group, op.method_name) + "(...)"), summary,
                                ", ".join(deprecated)))
    if op.stream is not None:
        lines.append(MethodLine(code(call_text(op.group, op.stream.method_name) + "(...)"), summary,
                                ", ".join(["streams", *deprecated])))
    return lines


def _example(op: Operation, method_name: str, options: tuple[str, ...] = (), client: str = CLIENT) -> str:
    """A call with its required arguments, each given as `...` (identifiers only: safe in a code block)."""
    flag = op.stream.stream_flag if op.stream else None
    names = [p.name for p in op.parameters if p.required]
    if op.body is not None:
        names += [f.name for f in op.body.fields if f.required and f.wire != flag]
        if not op.body.fields and op.body.required:
            names.append(op.body.argument)
    arguments = [f"{name}=..." for name in names] + list(options)
    return f"{call_text(op.group, method_name, client)}({', '.join(arguments)})"


# ---- authentication -----------------------------------------------------------------------------------------


def _auth(scheme: SecurityScheme | None) -> str:
    if scheme is None:
        return "The spec declares no authentication: the client sends no credentials."
    if scheme.kind == "basic":
        return ("HTTP basic authentication: pass `username=` and `password=` to the client; without both, no "
                "credentials are sent.")
    where = {"header": "header", "query": "query parameter", "cookie": "cookie"}[scheme.location]
    sent = ("as `Authorization: Bearer <key>`" if scheme.kind == "bearer"
            else f"in the {where} {code(scheme.param_name)}")
    return (f"An API key, sent {sent}. Pass `api_key=` to the client, or set the environment variable "
            f"{code(scheme.env_var)}, read when the client is created. Without a key, none is sent.")


def _construct(scheme: SecurityScheme | None) -> str:
    if scheme is None:
        return "Client()"
    if scheme.kind == "basic":
        return 'Client(username="...", password="...")'
    return f"Client()  # reads ${scheme.env_var}; or Client(api_key=\"...\")"


# ---- what the runtime does -----------------------------------------------------------------------------------


@functools.cache
def runtime_facts() -> RuntimeFacts:
    """The error classes (in the order the runtime defines them) and the retry and timeout defaults, read from
    the runtime's source; the README then cannot drift from the runtime."""
    runtime = TEMPLATES / "runtime"
    errors = _error_lines(ast.parse((runtime / "_errors.py").read_text(encoding="utf-8")))
    core = _constants(ast.parse((runtime / "_core.py").read_text(encoding="utf-8")))
    retry = _constants(ast.parse((runtime / "_retry.py").read_text(encoding="utf-8")))
    timeout = core["DEFAULT_TIMEOUT"]
    assert isinstance(timeout, ast.Call)
    total = ast.literal_eval(timeout.args[0])
    connect = {k.arg: ast.literal_eval(k.value) for k in timeout.keywords}.get("connect", total)
    statuses = retry["RETRYABLE_STATUS"]
    assert isinstance(statuses, ast.Call) and isinstance(statuses.args[0], ast.Set)
    codes = sorted(ast.literal_eval(element) for element in statuses.args[0].elts)
    max_retries = ast.literal_eval(retry["DEFAULT_MAX_RETRIES"])
    return RuntimeFacts(errors, f"{total:g} s ({connect:g} s to connect)", int(max_retries),
                        ", ".join(str(c) for c in codes) + " and 5xx")


def _constants(module: ast.Module) -> dict[str, ast.expr]:
    values: dict[str, ast.expr] = {}
    for node in module.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            values[node.target.id] = node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            values[node.targets[0].id] = node.value
    return values


def _error_lines(module: ast.Module) -> tuple[ErrorLine, ...]:
    lines = []
    for node in module.body:
        if not isinstance(node, ast.ClassDef) or not node.name.endswith("Error"):
            continue
        doc = (ast.get_docstring(node) or "").split("\n\n")[0]
        when = f"status {doc}" if doc[:1].isdigit() else doc
        parent = next((base.id for base in node.bases if isinstance(base, ast.Name) and base.id != "Exception"), "")
        lines.append(ErrorLine(code(node.name), code(parent) if parent else "", inline(when)))
    return tuple(lines)
