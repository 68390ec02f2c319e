"""A loaded document → the `Api`: servers, security, groups of operations, and the type definitions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

from ..findings import Findings
from ..load.document import Document, Node
from .extras import read_parse, with_async_twins
from .naming import UniqueNames, field_name, pascal_case, snake_case
from .pagination import read_pagination
from .schemas import TypeBuilder, text_of
from .types import (
    ANY,
    Api,
    Body,
    BodyKind,
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
EXT_GROUP, EXT_METHOD, EXT_STREAM = "x-pyclient-group", "x-pyclient-method", "x-pyclient-stream-method"
EXT_ENV_VAR = "x-pyclient-env-var"
# Keyword arguments every generated method has; spec parameters with these names get a trailing underscore.
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries")
RESERVED_ARGUMENTS = frozenset({"self", "body", *CALL_OPTIONS})
# Attributes of the client classes, and the decorators their bodies use (a group named `property` would shadow it)
RESERVED_GROUPS = frozenset({"close", "aclose", "with_options", "base_url", "api_key", "timeout", "max_retries",
                             "property", "cached_property"})
_LOCATIONS: tuple[ParamLocation, ...] = ("path", "query", "header", "cookie")


# A leading path segment that names an API version or prefix rather than a resource: /v1, /v2beta, /api.
_VERSION_SEGMENT = re.compile(r"api|v\d+(?:[._]\d+)*(?:(?:alpha|beta)\d*)?", re.IGNORECASE)


def path_group(path: str) -> str:
    """The group of an untagged operation: its first path segment that is neither a version nor a parameter
    (`/v1/accounts/{account}` → `accounts`); `default` when there is none."""
    for segment in re.split(r"[?#]", path, maxsplit=1)[0].split("/"):
        if segment and not segment.startswith("{") and not _VERSION_SEGMENT.fullmatch(segment):
            return segment
    return "default"


def _group_key(name: str) -> str:
    """The group (client attribute) a tag or `x-pyclient-group` names; tags and their descriptions use the same."""
    group = snake_case(name, "default")
    return group + "_" if group in RESERVED_GROUPS else group


def build_api(document: Document) -> Api:
    """Build the intermediate model; problems are added to `document.findings`, broken pieces left out."""
    builder = _ApiBuilder(document, document.findings)
    return builder.build()


class _ApiBuilder:
    def __init__(self, document: Document, findings: Findings) -> None:
        self.document = document
        self.findings = findings
        self.types = TypeBuilder(document, findings)
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
        by_group: dict[str, list[Operation]] = {}
        nodes: dict[str, list[Node]] = {}
        method_names: dict[str, UniqueNames] = {}
        descriptions = self._tag_descriptions()
        seen_ids: set[str] = set()
        for op_node, path, method, shared in self._operations():
            op = op_node.value
            op_id = op.get("operationId")
            if isinstance(op_id, str) and op_id in seen_ids:
                self.findings.warn(f"duplicate operationId {op_id!r}; the method gets a unique name",
                                   self.document.where(op_node.child("operationId")),
                                   "give every operation its own operationId")
            seen_ids.add(op_id if isinstance(op_id, str) else "")
            group = self._group_name(op, path)
            names = method_names.setdefault(group, UniqueNames())
            operation = self._operation(op_node, path, method, shared, group, names)
            by_group.setdefault(group, []).append(operation)
            nodes.setdefault(group, []).append(op_node)
        return tuple(
            Group(name, pascal_case(name, "Api"), descriptions.get(name, ""),
                  with_async_twins(ops, nodes[name], method_names[name], self.document, name))
            for name, ops in by_group.items()
        )

    def _tag_descriptions(self) -> dict[str, str]:
        return {
            _group_key(str(tag["name"])): text_of(tag, "description")
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
                op = item.get(method)
                if op is not None and isinstance(op.value, dict):
                    yield op, str(key), method, shared

    def _group_name(self, op: dict[str, Any], path: str) -> str:
        explicit = op.get(EXT_GROUP)
        tags = op.get("tags")
        name = explicit if isinstance(explicit, str) else tags[0] if isinstance(tags, list) and tags else path_group(path)
        return _group_key(str(name))

    def _operation(self, node: Node, path: str, method: str, shared: list[Node], group: str,
                   names: UniqueNames) -> Operation:
        op = node.value
        op_id = str(op.get("operationId") or "")
        base = op.get(EXT_METHOD) if isinstance(op.get(EXT_METHOD), str) else op_id or f"{method} {path}"
        method_name = names.claim(snake_case(str(base), "call"), "_")
        arguments = UniqueNames(RESERVED_ARGUMENTS)
        parameters = self._parameters(shared + self._parameter_nodes(node), method_name, arguments)
        hint = pascal_case(op_id or f"{group} {method_name}")
        body = self._body(node, hint, arguments)
        responses = self._responses(node, hint)
        stream = self._stream(op, responses, body, method_name, names)
        url_path = path.split("#", 1)[0]
        url_path, _, query = url_path.partition("?")
        return Operation(
            group=group, method_name=method_name, http_method=method.upper(), path=url_path,
            operation_id=op_id, summary=text_of(op, "summary"), description=text_of(op, "description"),
            parameters=parameters, body=body, responses=responses, stream=stream,
            deprecated=op.get("deprecated") is True, fixed_query=tuple(parse_qsl(query, keep_blank_values=True)),
            pagination=read_pagination(self.document, node, parameters, body, responses, self.types.definitions,
                                       lambda: names.claim(f"{method_name}_pages", "_")),
            parse_method=read_parse(self.document, node, body, responses, self.types.definitions,
                                    lambda name: names.claim(name, "_")),
        )

    def _parameter_nodes(self, owner: Node) -> list[Node]:
        params = owner.get("parameters")
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
                name=arguments.claim(field_name(wire), "_"), wire=wire, location=where,
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
        content = request.get("content")
        if content is None or not isinstance(content.value, dict) or not content.value:
            return None
        media = _pick_request_media(list(content.value))
        media_node = content.child(media)
        schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
        expr = self.types.type_of(schema, hint + "Request") if schema is not None else ANY
        kind = _body_kind(media)
        fields = self._body_fields(expr, arguments)
        return Body(media, kind, expr, request.value.get("required") is True, fields,
                    text_of(request.value, "description"))

    def _body_fields(self, expr: TypeExpr, arguments: UniqueNames) -> tuple[Field, ...]:
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
        responses = node.get("responses")
        if responses is None or not isinstance(responses.value, dict):
            return ()
        out: list[Response] = []
        for status in responses.value:
            resolved = self.document.resolve(responses.child(status))
            if resolved is None or not isinstance(resolved.value, dict):
                continue
            suffix = "Response" if str(status) in ("200", "2XX", "default") else f"Response{status}"
            out.extend(self._media_responses(resolved, str(status), hint + suffix))
        return tuple(out)

    def _media_responses(self, node: Node, status: str, hint: str) -> list[Response]:
        description = text_of(node.value, "description")
        content = node.get("content")
        if content is None or not isinstance(content.value, dict) or not content.value:
            return [Response(status, "", "empty", None, description)]
        out = []
        medias = list(content.value)
        plain = _pick_response_media([m for m in medias if not _is_event_stream(m)])
        for media in [m for m in medias if _is_event_stream(m)] + ([plain] if plain else []):
            media_node = content.child(media)
            schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
            kind = _response_kind(media)
            expr = self.types.type_of(schema, hint) if schema is not None and kind != "bytes" else None
            out.append(Response(status, media, kind, expr or _default_type(kind), description))
        return out

    def _stream(self, op: dict[str, Any], responses: tuple[Response, ...], body: Body | None,
                method_name: str, names: UniqueNames) -> StreamInfo | None:
        success = [r for r in responses if _is_success(r.status)]
        streams = [r for r in success if r.kind == "event-stream"]
        if not streams:
            return None
        only = all(r.kind == "event-stream" for r in success)
        explicit = op.get(EXT_STREAM)
        name = method_name if only else names.claim(
            snake_case(explicit) if isinstance(explicit, str) else f"{method_name}_stream", "_")
        flag = next((f.wire for f in (body.fields if body else ()) if f.wire == "stream"
                     and f.type in (Primitive("bool"), Nullable(Primitive("bool")))), None)
        return StreamInfo(name, self._chunk_type(streams[0].type), flag, only)

    def _chunk_type(self, expr: TypeExpr | None) -> TypeExpr:
        """The event's `data` when the spec models the whole SSE event ({event, data, id})."""
        definition = self.types.definitions.get(expr.name) if isinstance(expr, Named) else None
        if isinstance(definition, ObjectDef):
            wires = {f.wire for f in definition.fields}
            if "data" in wires and wires <= {"event", "data", "id", "retry"}:
                return next(f.type for f in definition.fields if f.wire == "data")
        return expr or ANY


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
