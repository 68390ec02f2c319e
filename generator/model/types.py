"""The intermediate model: plain, typed, frozen dataclasses describing an API and its types.

Nothing here knows about YAML, Jinja or Python source text; names are already valid Python identifiers.
`python -m generator inspect SPEC` dumps an `Api` as JSON (see `to_json`).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, Literal

JsonValue = Any
PrimitiveKind = Literal["str", "int", "float", "bool", "any", "none", "bytes", "datetime", "date"]


# ---- type expressions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Primitive:
    kind: PrimitiveKind
    format: str | None = None


@dataclass(frozen=True, slots=True)
class ListOf:
    item: TypeExpr


@dataclass(frozen=True, slots=True)
class MapOf:
    value: TypeExpr


@dataclass(frozen=True, slots=True)
class Named:
    """A reference to a `Definition` by its class name."""

    name: str


@dataclass(frozen=True, slots=True)
class Const:
    value: str | int | float | bool


@dataclass(frozen=True, slots=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, class name) in spec order


@dataclass(frozen=True, slots=True)
class UnionOf:
    variants: tuple[TypeExpr, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True, slots=True)
class Nullable:
    inner: TypeExpr


TypeExpr = Primitive | ListOf | MapOf | Named | Const | UnionOf | Nullable

ANY = Primitive("any")


# ---- named definitions --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # Python identifier
    wire: str  # JSON property name
    type: TypeExpr
    required: bool
    description: str = ""
    default: JsonValue = None
    has_default: bool = False
    read_only: bool = False


@dataclass(frozen=True, slots=True)
class ObjectDef:
    name: str
    fields: tuple[Field, ...]
    description: str = ""
    source: str = ""  # file#pointer it was built from
    extra: TypeExpr | None = None  # type of additionalProperties values, when the schema gives one


@dataclass(frozen=True, slots=True)
class EnumMember:
    name: str
    value: str | int


@dataclass(frozen=True, slots=True)
class EnumDef:
    name: str
    base: Literal["str", "int"]
    members: tuple[EnumMember, ...]
    description: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class AliasDef:
    name: str
    target: TypeExpr
    description: str = ""
    source: str = ""


Definition = ObjectDef | EnumDef | AliasDef


# ---- the API ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    key: str
    kind: Literal["bearer", "basic", "api_key"]
    location: Literal["header", "query", "cookie"] = "header"
    param_name: str = "Authorization"
    env_var: str = ""


ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str  # Python identifier (keyword argument)
    wire: str
    location: ParamLocation
    type: TypeExpr
    required: bool
    description: str = ""
    style: str = ""
    explode: bool = True


BodyKind = Literal["json", "form", "multipart", "bytes", "text"]


@dataclass(frozen=True, slots=True)
class Body:
    media_type: str
    kind: BodyKind
    type: TypeExpr
    required: bool
    fields: tuple[Field, ...] = ()  # when the body is an object: its properties become keyword arguments
    description: str = ""
    argument: str = "body"  # the keyword argument of a body passed whole (no `fields`): `body`, or x-pyclient-body-argument


ResponseKind = Literal["json", "text", "bytes", "empty", "event-stream"]


@dataclass(frozen=True, slots=True)
class Response:
    status: str  # "200", "2XX", "default"
    media_type: str
    kind: ResponseKind
    type: TypeExpr | None
    description: str = ""


@dataclass(frozen=True, slots=True)
class StreamInfo:
    method_name: str
    chunk: TypeExpr
    stream_flag: str | None  # wire name of the body's boolean `stream` property, when the body has one
    only: bool  # the operation offers nothing but the event stream
    # the stream ends with `data: [DONE]` (a body ending before it is cut short); False for named events
    require_done: bool = True
    # the stream yields the whole event the spec models ({event, data, id}), not only its `data`
    whole_event: bool = False


PaginationKind = Literal["cursor", "offset", "page", "link"]
PageInputLocation = Literal["query", "header", "cookie", "body"]


@dataclass(frozen=True, slots=True)
class PageInput:
    """A request value pagination uses: a parameter or a body property."""

    name: str  # Python argument name
    wire: str
    location: PageInputLocation


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages: the pager fills `cursor` (the cursor, offset or page number) in; paths are wire
    keys and indexes into the JSON response body (`()` is the body itself)."""

    kind: PaginationKind
    extension: str  # the extension it was read from
    item: TypeExpr  # the type of one result
    results: tuple[str | int, ...] = ()
    cursor: PageInput | None = None
    limit: PageInput | None = None  # the page size argument, when the extension names one
    next_cursor: tuple[str | int, ...] = ()
    has_more: tuple[str | int, ...] | None = None
    num_pages: tuple[str | int, ...] | None = None
    start: int = 0  # offset or page number of a first request that sends none
    method_name: str = ""  # the pager method, `<method>_pages`


@dataclass(frozen=True, slots=True)
class Operation:
    group: str
    method_name: str
    http_method: str
    path: str
    operation_id: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]
    stream: StreamInfo | None = None
    deprecated: bool = False
    fixed_query: tuple[tuple[str, str], ...] = ()  # from a path key carrying a query string: "/items?kind=a"
    pagination: Pagination | None = None
    # where `group` and `method_name` came from: overlay, extension, tag, operationId, path or fallback (a clash)
    group_source: str = ""
    naming_source: str = ""
    deprecation_message: str = ""  # x-speakeasy-deprecation-message
    parse_method: str = ""  # the structured-output method (`x-pyclient-parse`), "" when there is none
    async_names: tuple[tuple[str, str], ...] = ()  # (method, its `_async` twin on the sync class)


def call_text(group: str, method_name: str) -> str:
    """What a user writes to make a call: `client.<group>.<method_name>`; the group is a dotted namespace path
    (`Operation.group`). Everything that prints a call path builds it here."""
    return f"client.{group}.{method_name}" if group else f"client.{method_name}"


@dataclass(frozen=True, slots=True)
class Group:
    name: str  # dotted namespace path of identifiers: "chat", "beta.conversations"
    class_name: str
    description: str
    operations: tuple[Operation, ...]
    children: tuple[str, ...] = ()  # the dotted names of the namespaces directly under this one

    @property
    def attribute(self) -> str:
        """The attribute on the parent namespace (or the client)."""
        return self.name.rpartition(".")[2]

    @property
    def module(self) -> str:
        """Its module under `resources/`: the path joined by `__` (segments never hold two underscores)."""
        return self.name.replace(".", "__")

    @property
    def parent(self) -> str:
        return self.name.rpartition(".")[0]


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    description: str
    version: str
    servers: tuple[Server, ...]
    security: tuple[SecurityScheme, ...]
    groups: tuple[Group, ...]
    definitions: tuple[Definition, ...]


def to_json(api: Api) -> str:
    """The model as pretty, stable JSON (for `inspect` and debugging); each object says its kind."""
    return json.dumps(_plain(api), indent=2, ensure_ascii=False)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"kind": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
