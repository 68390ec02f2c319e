"""A loaded document → the `Api`: servers, security, groups of operations, and the type definitions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any
from urllib.parse import parse_qsl

from ..findings import Findings
from ..load.document import Document, Node
from ..options import NamingMode
from .extras import read_parse, with_async_twins
from .namespaces import EXT_METHOD, NamePlanner, Planned, dotted, group_key, pair_fragments
from .naming import UniqueNames, chosen_field_name, pascal_case, snake_case
from .pagination import read_pagination
from .schemas import TypeBuilder, text_of
from .types import (
    ANY,
    Api,
    Body,
    BodyKind,
    Const,
    Field,
    Group,
    Named,
    Nullable,
    ObjectDef,
    Operation,
    Parameter,
    ParamLocation,
    Primitive,
    Response,
    ResponseKind,
    SecurityScheme,
    Server,
    StreamInfo,
    TypeExpr,
)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EXT_STREAM, EXT_ENV_VAR = "x-pyclient-stream-method", "x-pyclient-env-var"
EXT_STREAM_DONE, EXT_STREAM_EVENTS = "x-pyclient-stream-done", "x-pyclient-stream-events"
EXT_BODY_ARGUMENT = "x-pyclient-body-argument"
EXT_DEPRECATION, EXT_FERN_STREAMING = "x-speakeasy-deprecation-message", "x-fern-streaming"
# Keyword arguments every generated method has; spec parameters with these names get a trailing underscore.
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries")
RESERVED_ARGUMENTS = frozenset({"self", "body", *CALL_OPTIONS})
_VERBS_OF = {"get": ("get", "list", "retrieve"), "post": ("create",), "put": ("update",), "patch": ("update",),
             "delete": ("delete",)}
_SOURCE_RANK = {"overlay": 0, "extension": 0, "operationId": 1, "path": 2}
_LOCATIONS: tuple[ParamLocation, ...] = ("path", "query", "header", "cookie")


def build_api(document: Document, naming: NamingMode = "default") -> Api:
    """Build the intermediate model; problems are added to `document.findings`, broken pieces left out."""
    builder = _ApiBuilder(document, document.findings, naming)
    return builder.build()


class _ApiBuilder:
    def __init__(self, document: Document, findings: Findings, naming: NamingMode) -> None:
        self.document = document
        self.findings = findings
        self.naming = naming
        self.lone_streams: set[tuple[str, ...]] = set()  # namespaces with one streaming operation: its variant is `stream`
        self.types = TypeBuilder(document, findings, naming)
        self.root: dict[str, Any] = document.root

    def build(self) -> Api:
        info = self.root.get("info") if isinstance(self.root.get("info"), dict) else {}
        assert isinstance(info, dict)
        self._components()
        groups = self._groups()
        return Api(
            title=str(info.get("title") or "API"),
            description=text_of(info, "description"),
            version=str(info.get("version") or ""),
            servers=self._servers(),
            security=self._security(str(info.get("title") or "API")),
            groups=groups,
            definitions=tuple(self.types.definitions.values()),
        )

    # ---- top level -------------------------------------------------------------------------

    def _components(self) -> None:
        schemas = self.document.root_node.get("components")
        schemas = schemas.get("schemas") if schemas is not None else None
        if schemas is None or not isinstance(schemas.value, dict):
            return
        for name in schemas.value:
            self.types.component(schemas.child(name), str(name))

    def _servers(self) -> tuple[Server, ...]:
        servers = []
        for server in self.root.get("servers") or []:
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                servers.append(Server(_expand_server(server), text_of(server, "description")))
        return tuple(servers)

    def _security(self, title: str) -> tuple[SecurityScheme, ...]:
        node = self.document.root_node.get("components")
        node = node.get("securitySchemes") if node is not None else None
        if node is None or not isinstance(node.value, dict):
            return ()
        default_env = "_".join([*(w for w in snake_case(title).upper().split("_") if w != "API"), "API_KEY"])
        schemes = []
        for key in node.value:
            target = self.document.resolve(node.child(key))
            if target is not None and isinstance(target.value, dict):
                scheme = _scheme(str(key), target.value, default_env)
                if scheme is not None:
                    schemes.append(scheme)
        return tuple(sorted(schemes, key=lambda s: s.key not in self._required_schemes()))

    def _required_schemes(self) -> set[str]:
        names: set[str] = set()
        for requirement in self.root.get("security") or []:
            if isinstance(requirement, dict):
                names.update(str(k) for k in requirement)
        return names

    # ---- operations ------------------------------------------------------------------------

    def _groups(self) -> tuple[Group, ...]:
        entries = list(self._operations())
        planner = NamePlanner(self.naming, self.findings, [path for _, path, _, _ in entries])
        planned = []
        for op_node, path, method, _ in entries:
            group, source = planner.group(op_node.value, path)
            planned.append(planner.method(op_node.value, path, method.upper(), group, source))
        if self.naming == "default":
            self.lone_streams = _lone_streams([(node.value, plan.group) for (node, *_), plan in zip(entries, planned)])
            planned = pair_fragments([(path, method.upper()) for _, path, method, _ in entries], planned,
                                     self.lone_streams)
        tree = _namespace_tree([plan.group for plan in planned])
        for namespace, children in tree.items():
            for child in children:
                planner.reserve(namespace, child, f"the namespace client.{'.'.join((*namespace, child))}")
        by_group: dict[tuple[str, ...], list[Operation]] = {namespace: [] for namespace in tree}
        claimed = self._claim_methods(entries, planned, planner) if self.naming == "default" else {}
        nodes: dict[tuple[str, ...], list[Node]] = {namespace: [] for namespace in tree}
        seen_ids: set[str] = set()
        for index, ((op_node, path, method, shared), plan) in enumerate(zip(entries, planned)):
            op_id = op_node.value.get("operationId")
            if isinstance(op_id, str) and op_id in seen_ids:
                self.findings.warn(f"duplicate operationId {op_id!r}; the method gets a unique name",
                                   self.document.where(op_node.child("operationId")),
                                   "give every operation its own operationId")
            seen_ids.add(op_id if isinstance(op_id, str) else "")
            by_group[plan.group].append(
                self._operation(op_node, path, method, shared, plan, planner, claimed.get(index)))
            nodes[plan.group].append(op_node)
        descriptions = self._tag_descriptions()
        return tuple(
            Group(".".join(namespace), pascal_case(" ".join(namespace), "Api"), descriptions.get(".".join(namespace), ""),
                  with_async_twins(ops, nodes[namespace], planner.names(namespace), self.document, ".".join(namespace)),
                  tuple(".".join((*namespace, child)) for child in tree[namespace]))
            for namespace, ops in by_group.items()
        )

    def _claim_methods(self, entries: list[tuple[Node, str, str, list[Node]]], planned: list[Planned],
                       planner: NamePlanner) -> dict[int, tuple[str, bool]]:
        """Method names, claimed in an order that does not depend on the order of the spec (so reordering it, or
        writing it as JSON, renames nothing): operations that are not deprecated first (a deprecated duplicate
        takes the fuller name), then names given explicitly, then those from the operationId, then those from
        the path; then a name whose verb is the HTTP method's (`delete` for a DELETE); then by method and path."""
        def rank(i: int) -> tuple[bool, int, bool, int, str, str]:
            node, path, method, _ = entries[i]
            source = _SOURCE_RANK.get(planned[i].method_source, 3)
            agrees = planned[i].method.split("_")[0] in _VERBS_OF.get(method, ())  # `delete` for a DELETE
            return (node.value.get("deprecated") is True, source, not agrees, HTTP_METHODS.index(method), path,
                    str(node.value.get("operationId") or ""))

        order = sorted(range(len(entries)), key=rank)
        claimed = {}
        for index in order:
            node, path, method, _ = entries[index]
            plan = planned[index]
            claimed[index] = planner.claim(plan.group, plan.method, plan.fuller, _describe(node, path, method),
                                           partial(self.document.where, node))
        return claimed

    def _tag_descriptions(self) -> dict[str, str]:
        def key(tag: str) -> str:
            return group_key(tag) if self.naming == "operation-id" else ".".join(dotted([tag]))

        return {
            key(str(tag["name"])): text_of(tag, "description")
            for tag in self.root.get("tags") or []
            if isinstance(tag, dict) and "name" in tag
        }

    def _operations(self) -> Iterator[tuple[Node, str, str, list[Node]]]:
        paths = self.document.root_node.get("paths")
        if paths is None or not isinstance(paths.value, dict):
            return
        for key in paths.value:
            item = self.document.resolve(paths.child(key))
            if item is None or not isinstance(item.value, dict):
                continue
            shared = self._parameter_nodes(item)
            for method in HTTP_METHODS:
                op = self._get(item, method)
                if op is not None and isinstance(op.value, dict):
                    yield op, str(key), method, shared

    def _operation(self, node: Node, path: str, method: str, shared: list[Node], plan: Planned,
                   planner: NamePlanner, claimed: tuple[str, bool] | None) -> Operation:
        op = node.value
        op_id = str(op.get("operationId") or "")
        who, where = _describe(node, path, method), partial(self.document.where, node)
        method_name, fell_back = claimed or planner.claim(plan.group, plan.method, plan.fuller, who, where)
        group = ".".join(plan.group)
        type_name = method_name if self.naming == "operation-id" else _scheme_name(op, path, method)
        arguments = UniqueNames(RESERVED_ARGUMENTS)
        parameters = self._parameters(shared + self._parameter_nodes(node), type_name, arguments)
        hint = pascal_case(op_id or f"{group} {type_name}")
        body = self._body(node, hint, arguments)
        responses = self._responses(node, hint)
        variant = "stream" if plan.group in self.lone_streams else f"{method_name}_stream"
        stream = self._stream(op, responses, body, method_name, variant,
                              lambda name: planner.claim(plan.group, name, (), f"{who} (streaming)", where)[0])
        url_path = path.split("#", 1)[0]
        url_path, _, query = url_path.partition("?")
        message = op.get(EXT_DEPRECATION)
        message = message.strip() if isinstance(message, str) else ""
        return Operation(
            group=group, method_name=method_name, http_method=method.upper(), path=url_path,
            operation_id=op_id, summary=text_of(op, "summary"), description=text_of(op, "description"),
            parameters=parameters, body=body, responses=responses, stream=stream,
            deprecated=op.get("deprecated") is True or bool(message),
            fixed_query=tuple(parse_qsl(query, keep_blank_values=True)),
            group_source=plan.group_source, naming_source="fallback" if fell_back else plan.method_source,
            deprecation_message=message,
            pagination=read_pagination(
                self.document, node, parameters, body, responses, self.types.definitions,
                lambda: planner.claim(plan.group, f"{method_name}_pages", (), f"{who} (pages)", where)[0]),
            parse_method=read_parse(self.document, node, body, responses, self.types.definitions,
                                    lambda name: planner.claim(plan.group, name, (), f"{who} (parse)", where)[0]),
        )

    def _get(self, owner: Node, key: str) -> Node | None:
        """A member of `owner`, `$ref` followed: OpenAPI allows none for an operation, a parameter list, a
        responses or content map or a media type, but specs write them (load/misplaced.py warns once per kind)."""
        node = owner.get(key)
        return self.document.resolve(node) if node is not None else None

    def _parameter_nodes(self, owner: Node) -> list[Node]:
        params = self._get(owner, "parameters")
        if params is None or not isinstance(params.value, list):
            return []
        resolved = [self.document.resolve(params.child(i)) for i in range(len(params.value))]
        return [p for p in resolved if p is not None and isinstance(p.value, dict)]

    def _parameters(self, nodes: list[Node], method: str, arguments: UniqueNames) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], Node] = {}
        for node in nodes:  # operation-level parameters override path-level ones
            merged[(str(node.value.get("name")), str(node.value.get("in")))] = node
        params = []
        for (wire, where), node in merged.items():
            if where not in _LOCATIONS:
                self.findings.warn(f"parameter {wire!r} has unknown location {where!r}; left out",
                                   self.document.where(node), "use path, query, header or cookie")
                continue
            schema = node.get("schema")
            expr = self.types.type_of(schema, pascal_case(f"{method} {wire}")) if schema is not None else ANY
            style = node.value.get("style")
            params.append(Parameter(
                name=arguments.claim(self.types.python_name(node.value, wire), "_"), wire=wire, location=where,
                type=expr, required=where == "path" or node.value.get("required") is True,
                description=text_of(node.value, "description"),
                style=style if isinstance(style, str) else "",
                explode=node.value.get("explode", style in (None, "form")) is True,
            ))
        return tuple(sorted(params, key=lambda p: not p.required))

    def _body(self, node: Node, hint: str, arguments: UniqueNames) -> Body | None:
        request = node.get("requestBody")
        request = self.document.resolve(request) if request is not None else None
        if request is None or not isinstance(request.value, dict):
            return None
        content = self._get(request, "content")
        if content is None or not isinstance(content.value, dict) or not content.value:
            return None
        media = _pick_request_media(list(content.value))
        media_node = self._get(content, media)
        schema = media_node.get("schema") if media_node is not None and isinstance(media_node.value, dict) else None
        expr = self.types.type_of(schema, hint + "Request") if schema is not None else ANY
        kind = _body_kind(media)
        whole = node.value.get(EXT_BODY_ARGUMENT)
        if isinstance(whole, str) and whole.strip():  # the body is one argument of this name, not one per property
            return Body(media, kind, expr, request.value.get("required") is True, (),
                        text_of(request.value, "description"), arguments.claim(chosen_field_name(whole), "_"))
        fields = self._body_fields(expr, arguments)
        return Body(media, kind, expr, request.value.get("required") is True, fields,
                    text_of(request.value, "description"))

    def _body_fields(self, expr: TypeExpr, arguments: UniqueNames) -> tuple[Field, ...]:
        """An object body's properties become keyword arguments, also when the body may be null (`anyOf: [X,
        null]`: not passing any of them sends the object without them)."""
        expr = expr.inner if isinstance(expr, Nullable) else expr
        definition = self.types.definitions.get(expr.name) if isinstance(expr, Named) else None
        if not isinstance(definition, ObjectDef) or not definition.fields:
            arguments.claim("body")
            return ()
        return tuple(
            Field(arguments.claim(f.name, "_"), f.wire, f.type, f.required, f.description, f.default, f.has_default, f.read_only)
            for f in definition.fields
            if not f.read_only
        )

    def _responses(self, node: Node, hint: str) -> tuple[Response, ...]:
        responses = self._get(node, "responses")
        if responses is None or not isinstance(responses.value, dict):
            return ()
        out: list[Response] = []
        for status in responses.value:
            resolved = self.document.resolve(responses.child(status))
            if resolved is None or not isinstance(resolved.value, dict):
                continue
            suffix = "Response" if str(status) in ("200", "2XX", "default") else f"Response{status}"
            streams = node.value.get(EXT_FERN_STREAMING) is True and _is_success(str(status))
            out.extend(self._media_responses(resolved, str(status), hint + suffix, streams))
        return tuple(self._fern_stream(node, hint) + out)

    def _fern_stream(self, node: Node, hint: str) -> list[Response]:
        """`x-fern-streaming: {response-stream: schema, stream-condition: $request.<flag>}`: the operation answers
        JSON (its declared responses) or, with the flag set, server-sent events of `response-stream`."""
        streaming = node.get(EXT_FERN_STREAMING)
        schema = streaming.get("response-stream") if streaming is not None and isinstance(streaming.value, dict) else None
        if schema is None:
            return []
        return [Response("200", "text/event-stream", "event-stream", self.types.type_of(schema, hint + "StreamEvent"))]

    def _media_responses(self, node: Node, status: str, hint: str, streams: bool = False) -> list[Response]:
        """The responses of one status; `streams` (x-fern-streaming: true) makes a JSON one an event stream."""
        description = text_of(node.value, "description")
        content = self._get(node, "content")
        if content is None or not isinstance(content.value, dict) or not content.value:
            return [Response(status, "", "empty", None, description)]
        out = []
        medias = list(content.value)
        plain = _pick_response_media([m for m in medias if not _is_event_stream(m)])
        for media in [m for m in medias if _is_event_stream(m)] + ([plain] if plain else []):
            media_node = self._get(content, media)
            schema = media_node.get("schema") if media_node is not None and isinstance(media_node.value, dict) else None
            kind = _response_kind(media)
            kind = "event-stream" if streams and kind == "json" else kind
            expr = self.types.type_of(schema, hint) if schema is not None and kind != "bytes" else None
            out.append(Response(status, media, kind, expr or _default_type(kind), description))
        return out

    def _stream(self, op: dict[str, Any], responses: tuple[Response, ...], body: Body | None,
                method_name: str, variant: str, claim: Callable[[str], str]) -> StreamInfo | None:
        success = [r for r in responses if _is_success(r.status)]
        streams = [r for r in success if r.kind == "event-stream"]
        if not streams:
            return None
        only = all(r.kind == "event-stream" for r in success)
        explicit = op.get(EXT_STREAM)
        name = method_name if only else claim(
            snake_case(explicit) if isinstance(explicit, str) else variant)
        flag_name = _fern_stream_flag(op.get(EXT_FERN_STREAMING)) or "stream"
        flag = next((f.wire for f in (body.fields if body else ()) if f.wire == flag_name and _is_flag(f.type)), None)
        done = op.get(EXT_STREAM_DONE)
        require_done = done if isinstance(done, bool) else not self._named_events(streams[0].type)
        whole = op.get(EXT_STREAM_EVENTS) == "whole"
        chunk = (streams[0].type or ANY) if whole else self._chunk_type(streams[0].type)
        return StreamInfo(name, chunk, flag, only, require_done, whole)

    def _named_events(self, expr: TypeExpr | None) -> bool:
        """The spec models the whole event with a required `event` name ({event, data}): such streams end with a
        last named event, not with `data: [DONE]` (`x-pyclient-stream-done` says otherwise when it is set)."""
        definition = self.types.definitions.get(expr.name) if isinstance(expr, Named) else None
        return isinstance(definition, ObjectDef) and any(f.wire == "event" and f.required for f in definition.fields)

    def _chunk_type(self, expr: TypeExpr | None) -> TypeExpr:
        """The event's `data` when the spec models the whole SSE event ({event, data, id})."""
        definition = self.types.definitions.get(expr.name) if isinstance(expr, Named) else None
        if isinstance(definition, ObjectDef):
            wires = {f.wire for f in definition.fields}
            if "data" in wires and wires <= {"event", "data", "id", "retry"}:
                return next(f.type for f in definition.fields if f.wire == "data")
        return expr or ANY


def _is_flag(expr: TypeExpr) -> bool:
    """A boolean `stream` property: `boolean`, nullable or not, or a `const: true` of a streaming-only body."""
    return expr in (Primitive("bool"), Nullable(Primitive("bool")), Const(True))


def _is_success(status: str) -> bool:
    return status.startswith("2") or status == "default"


def _is_event_stream(media: str) -> bool:
    return media.split(";")[0].strip().lower() == "text/event-stream"


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


def _pick_request_media(medias: list[str]) -> str:
    order = (_is_json, lambda m: m.startswith("multipart/form-data"),
             lambda m: m.startswith("application/x-www-form-urlencoded"))
    for test in order:
        for media in medias:
            if test(media.lower()):
                return media
    return medias[0]


def _pick_response_media(medias: list[str]) -> str | None:
    for media in medias:
        if _is_json(media):
            return media
    return medias[0] if medias else None


def _body_kind(media: str) -> BodyKind:
    lower = media.lower()
    if _is_json(lower):
        return "json"
    if lower.startswith("multipart/"):
        return "multipart"
    if lower.startswith("application/x-www-form-urlencoded"):
        return "form"
    return "text" if lower.startswith("text/") else "bytes"


def _response_kind(media: str) -> ResponseKind:
    if _is_event_stream(media):
        return "event-stream"
    if _is_json(media):
        return "json"
    return "text" if media.lower().startswith("text/") else "bytes"


def _default_type(kind: ResponseKind) -> TypeExpr:
    return {"text": Primitive("str"), "bytes": Primitive("bytes")}.get(kind, ANY)


def _expand_server(server: dict[str, Any]) -> str:
    url = str(server["url"])
    variables = server.get("variables")
    if isinstance(variables, dict):
        for name, variable in variables.items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


def _scheme(key: str, scheme: dict[str, Any], default_env: str) -> SecurityScheme | None:
    env = scheme.get(EXT_ENV_VAR)
    env_var = env if isinstance(env, str) and env.isidentifier() else default_env
    kind = scheme.get("type")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return SecurityScheme(key, "basic", env_var=env_var)
    if kind in ("http", "oauth2", "openIdConnect"):
        return SecurityScheme(key, "bearer", env_var=env_var)
    if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
        return SecurityScheme(key, "api_key", scheme["in"], str(scheme.get("name") or "api_key"), env_var)
    return None


def _fern_stream_flag(streaming: Any) -> str:
    """The body property `x-fern-streaming`'s `stream-condition: $request.<name>` names; "" when none."""
    condition = streaming.get("stream-condition") if isinstance(streaming, dict) else None
    if isinstance(condition, str) and condition.startswith("$request."):
        return condition[len("$request."):]
    return ""


def _lone_streams(operations: list[tuple[dict[str, Any], tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """The namespaces where exactly one operation streams (an event-stream success response, or
    x-fern-streaming): the streaming variant there is simply `stream` (`client.chat.stream`)."""
    counts: dict[tuple[str, ...], int] = {}
    for op, group in operations:
        counts[group] = counts.get(group, 0) + _streams(op)
    return {group for group, count in counts.items() if count == 1}


def _streams(op: dict[str, Any]) -> bool:
    fern = op.get(EXT_FERN_STREAMING)
    if fern is True or (isinstance(fern, dict) and "response-stream" in fern):
        return True
    responses = op.get("responses")
    for status, response in (responses.items() if isinstance(responses, dict) else ()):
        content = response.get("content") if isinstance(response, dict) and _is_success(str(status)) else None
        if isinstance(content, dict) and any(_is_event_stream(str(media)) for media in content):
            return True
    return False


def _describe(node: Node, path: str, method: str) -> str:
    op_id = node.value.get("operationId")
    return f"{method.upper()} {path}" + (f" (operationId {op_id})" if isinstance(op_id, str) and op_id else "")


def _scheme_name(op: dict[str, Any], path: str, method: str) -> str:
    """The method name under operation-id naming, unclaimed: what inline types of the operation are named after
    (so that better method names do not rename models)."""
    explicit = op.get(EXT_METHOD)
    return snake_case(explicit if isinstance(explicit, str) else op.get("operationId") or f"{method} {path}", "call")


def _namespace_tree(groups: list[tuple[str, ...]]) -> dict[tuple[str, ...], list[str]]:
    """Every namespace (the groups and their parents), in first-use order, with its children's attributes."""
    tree: dict[tuple[str, ...], list[str]] = {}
    for group in groups:
        for depth in range(1, len(group) + 1):
            namespace = group[:depth]
            if namespace not in tree:
                tree[namespace] = []
                if depth > 1:
                    tree[group[: depth - 1]].append(namespace[-1])
    return tree
