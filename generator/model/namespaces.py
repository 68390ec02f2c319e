"""Where each operation lives on the client (its namespace) and what its method is called, with provenance.

Precedence: overlay / `x-pyclient-*` > vendor extension (Speakeasy, Fern) > derived (tags, operationId, path).
Under `naming="operation-id"` the scheme is the one from before nesting: one flat group (x-pyclient-group, the
first tag or the first path segment) and the operationId in snake_case, vendor extensions ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..findings import Findings, Location
from ..options import NamingMode
from .method_names import (
    cleaned_words,
    collection_prefixes,
    derive_method,
    nested_resources,
    path_segments,
    rest_name,
)
from .naming import UniqueNames, snake_case

NamingSource = Literal["overlay", "extension", "tag", "operationId", "path", "fallback"]

EXT_GROUP, EXT_METHOD = "x-pyclient-group", "x-pyclient-method"
SPEAKEASY_GROUP, SPEAKEASY_NAME = "x-speakeasy-group", "x-speakeasy-name-override"
FERN_GROUP, FERN_METHOD = "x-fern-sdk-group-name", "x-fern-sdk-method-name"
# Attributes of the client classes, and the decorators their bodies use (a group named `property` would shadow it)
RESERVED_GROUPS = frozenset({"close", "aclose", "with_options", "base_url", "api_key", "timeout", "max_retries",
                             "property", "cached_property"})

# Method names that would shadow, in the resource class body, a builtin its signatures use (`list` and `dict` are
# handled by writing `builtins.list` there instead).
SHADOWING_METHODS = frozenset({"str", "int", "float", "bool", "bytes"})

# A leading path segment that names an API version or prefix rather than a resource: /v1, /v2beta, /api.
_VERSION_SEGMENT = r"api|v\d+(?:[._]\d+)*(?:(?:alpha|beta)\d*)?"


def path_group(path: str) -> str:
    """The group of an untagged operation: its first path segment that is neither a version nor a parameter
    (`/v1/accounts/{account}` → `accounts`); `default` when there is none."""
    for segment in path_segments(path):
        if not segment.startswith("{") and not re.fullmatch(_VERSION_SEGMENT, segment, re.IGNORECASE):
            return segment
    return "default"


def group_key(name: str) -> str:
    """One namespace attribute from a tag, extension value or path segment."""
    group = snake_case(name, "default")
    return group + "_" if group in RESERVED_GROUPS else group


def dotted(parts: list[str]) -> tuple[str, ...]:
    """A namespace path from the dotted pieces of one or more names (empty pieces left out)."""
    out = tuple(group_key(piece) for part in parts for piece in part.split(".") if piece.strip())
    return out or ("default",)


@dataclass(frozen=True)
class Planned:
    """The names chosen for one operation before clashes are resolved."""

    group: tuple[str, ...]
    group_source: NamingSource
    method: str
    method_source: NamingSource
    fuller: tuple[str, ...]  # names to fall back to, in order, when `method` is taken


class NamePlanner:
    """Plans every operation's namespace and method name, then hands out clash-free names per namespace."""

    def __init__(self, mode: NamingMode, findings: Findings, paths: list[str]) -> None:
        self.mode = mode
        self.findings = findings
        self.collections = collection_prefixes(paths)
        self._unique: dict[tuple[str, ...], UniqueNames] = {}
        self._holders: dict[tuple[str, ...], dict[str, str]] = {}

    # ---- planning ----------------------------------------------------------------------------

    def group(self, op: dict[str, Any], path: str) -> tuple[tuple[str, ...], NamingSource]:
        explicit, tags = op.get(EXT_GROUP), op.get("tags")
        tag = str(tags[0]) if isinstance(tags, list) and tags else None
        if self.mode == "operation-id":
            name = explicit if isinstance(explicit, str) else tag if tag is not None else path_group(path)
            return (group_key(str(name)),), "overlay" if isinstance(explicit, str) else "tag" if tag else "path"
        if isinstance(explicit, str):
            return dotted([explicit]), "overlay"
        vendor = op.get(SPEAKEASY_GROUP, op.get(FERN_GROUP))
        if isinstance(vendor, str) or (isinstance(vendor, list) and vendor and all(isinstance(v, str) for v in vendor)):
            return dotted([vendor] if isinstance(vendor, str) else list(vendor)), "extension"
        if tag is not None and "." in tag:
            return dotted([tag]), "tag"
        base = dotted([tag if tag is not None else path_group(path)])
        return base + nested_resources(path, base, self.collections), "tag" if tag is not None else "path"

    def method(self, op: dict[str, Any], path: str, http_method: str, group: tuple[str, ...],
               group_source: NamingSource) -> Planned:
        op_id = str(op.get("operationId") or "")
        explicit = op.get(EXT_METHOD)
        full = snake_case(op_id or f"{http_method.lower()} {path}", "call")
        if self.mode == "operation-id":
            name = snake_case(explicit, "call") if isinstance(explicit, str) else full
            return Planned(group, group_source, name, "overlay" if isinstance(explicit, str) else "operationId", ())
        if isinstance(explicit, str):
            return Planned(group, group_source, snake_case(explicit, "call"), "overlay", (full,))
        vendor = op.get(SPEAKEASY_NAME, op.get(FERN_METHOD))
        if isinstance(vendor, str) and vendor.strip():
            return Planned(group, group_source, snake_case(vendor, "call"), "extension", (full,))
        name, source = derive_method(op_id, path, http_method, group, self.collections)
        action = rest_name(path, http_method, self.collections)
        action = "" if action in ("list", "create", "retrieve", "update", "delete") else action
        partial = derive_method(op_id, path, http_method, group, self.collections, whole_phrase=False)[0]
        candidates = (partial, action, _kept_nouns(op_id, path, http_method), full)
        fuller = tuple(dict.fromkeys(n for n in candidates if n and n != name))
        return Planned(group, group_source, name, "operationId" if source == "operationId" else "path", fuller)

    # ---- claiming ----------------------------------------------------------------------------

    def names(self, group: tuple[str, ...]) -> UniqueNames:
        """The names the methods of `group` hold so far (later claims, such as `_async` twins, add to them)."""
        return self._unique.setdefault(group, UniqueNames())

    def reserve(self, group: tuple[str, ...], attribute: str, holder: str) -> None:
        """A sub-namespace's attribute: no method of `group` may take its name."""
        self._unique.setdefault(group, UniqueNames()).claim(attribute)
        self._holders.setdefault(group, {})[attribute] = holder

    def claim(self, group: tuple[str, ...], name: str, fuller: tuple[str, ...], who: str,
              where: Callable[[], Location]) -> tuple[str, bool]:
        """A name for a method of `group`: `name` when free, else a fuller one (with a warning naming both
        operations, at `where()`: worked out only then, as a line of a JSON spec means scanning the file); True
        when it had to fall back. Under operation-id naming: 2, 3 ... appended, silently."""
        unique = self._unique.setdefault(group, UniqueNames())
        holders = self._holders.setdefault(group, {})
        if self.mode == "default" and name in SHADOWING_METHODS:
            name += "_"
        if self.mode == "operation-id" or name not in unique:
            chosen = unique.claim(name, "_")
            holders.setdefault(chosen, who)
            return chosen, False
        chosen = next((n for n in fuller if n not in unique), "")
        chosen = unique.claim(chosen or name, "_")
        holders[chosen] = who
        namespace = ".".join(group)
        self.findings.warn(
            f"method name {name!r} of {who} clashes with {holders[name]} in client.{namespace}; "
            f"it is named {chosen!r}", where(), "set x-pyclient-method (in an overlay) to choose the name")
        return chosen, True


def _kept_nouns(operation_id: str, path: str, http_method: str) -> str:
    """The fuller name: the operationId without filler, FastAPI's suffix and versions, nouns kept; a version
    that ends it stays, as written (`libraries_update_v1`: what tells it from `libraries_update_v2`)."""
    words = cleaned_words(operation_id, path, http_method)
    if not words:
        return ""
    version = re.search(r"(?:^|[^A-Za-z0-9])(v\d+)$", operation_id, re.IGNORECASE)
    return snake_case("_".join(words), "call") + (f"_{version.group(1).lower()}" if version else "")


def pair_fragments(keys: list[tuple[str, str]], planned: list[Planned],
                   lone_streams: set[tuple[str, ...]]) -> list[Planned]:
    """A second operation on one URL through a `#fragment` path key takes its base operation's derived name
    plus the fragment: `/v1/conversations#stream` next to `/v1/conversations` → `start` / `start_stream`; simply
    `stream` when it is the only operation of its namespace that streams."""
    base_of = {(method, path): index for index, (path, method) in enumerate(keys) if "#" not in path}
    out = list(planned)
    for index, (path, method) in enumerate(keys):
        if "#" not in path or planned[index].method_source not in ("operationId", "path"):
            continue
        base_path, _, fragment = path.partition("#")
        base = base_of.get((method, base_path))
        if base is None or planned[base].group != planned[index].group:
            continue
        suffix = snake_case(fragment, "variant")
        lone = suffix == "stream" and planned[index].group in lone_streams
        name = "stream" if lone else f"{planned[base].method}_{suffix}"
        item = planned[index]
        out[index] = Planned(item.group, item.group_source, name, "path", (item.method, *item.fuller))
    return out
