"""Structural checks of a loaded spec: OpenAPI version, dangling refs, openapi-spec-validator findings."""

from __future__ import annotations

from functools import partial
from typing import Any

from ..findings import Findings, Location, join_pointer
from .background import BackgroundValidation
from .document import Document, Node
from .lint import Chain, chain_tokens
from .misplaced import inside_misplaced_ref
from .validator_cache import Event, known_events, remember_events, validator_events

SUPPORTED = ("3.0", "3.1")


def check_version(document: Document) -> str | None:
    """The spec's "3.0"/"3.1" family, or None with an error finding."""
    root = document.root

    def at(pointer: str) -> Location:  # only for a finding: the first line lookup parses the whole file again
        return document.location(document.root_path, pointer)

    if not isinstance(root, dict):
        document.findings.error(f"the top level is {_kind(root)}, not a mapping", at(""),
                                "an OpenAPI document is a mapping that starts with `openapi: 3.1.0`")
        return None
    if "swagger" in root:
        document.findings.error(f"Swagger {root['swagger']} (OpenAPI 2) is not supported", at(""),
                                "convert the document to OpenAPI 3, e.g. with swagger2openapi")
        return None
    version = root.get("openapi")
    if version is None:
        document.findings.error("no `openapi` version key at the top level", at(""), "add e.g. `openapi: 3.1.0`")
        return None
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        document.findings.warn(f"`openapi` is the number {version}, not a string", at("/openapi"),
                               f"quote it: openapi: '{version}'")
        version = str(version)
    if not isinstance(version, str):
        document.findings.error(f"`openapi` is {_kind(version)}, not a version string", at("/openapi"),
                                "write e.g. `openapi: 3.1.0`")
        return None
    family = ".".join(version.split(".")[:2])
    if family not in SUPPORTED:
        document.findings.error(
            f"OpenAPI {version} is not supported", at("/openapi"), "use an OpenAPI 3.0.x or 3.1.x document",
        )
        return None
    return family


def _kind(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return f"`{str(value).lower() if value is not None else 'null'}`"
    names = {dict: "a mapping", list: "a list", str: "a string", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


def find_dangling_refs(document: Document) -> list[list[str | int]]:
    """Paths (token lists) of every `$ref` in the root file that resolves to nothing (dangling or a loop)."""
    dangling: list[list[str | int]] = []
    # `$ref` texts that resolved: another `$ref` of the root file with the same text resolves too (where a chain
    # of `$ref`s leads depends on the text only), and resolving reports nothing when it succeeds
    resolved: set[str] = set()
    stack: list[tuple[Any, Chain]] = [(document.root, None)]  # only mappings and lists are stacked
    while stack:
        value, chain = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref not in resolved:
                path = chain_tokens(chain)
                if _resolve_at(document, value, path) is None:
                    dangling.append(path)
                else:
                    resolved.add(ref)
            for key, child in value.items():
                if isinstance(child, (dict, list)) and key != "example" and not (
                        isinstance(key, str) and key.startswith("x-")):
                    stack.append((child, (chain, key)))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, (dict, list)):
                    stack.append((child, (chain, index)))
    return dangling


def _resolve_at(document: Document, value: Any, path: list[str | int]) -> Node | None:
    return document.resolve(Node(value, document.root_path, join_pointer("", *path)))


def report_dangling_refs(document: Document, paths: list[list[str | int]]) -> None:
    """The findings `find_dangling_refs` adds, from the paths it returned (after it ran quietly): only a `$ref`
    that resolves to nothing adds one, so resolving those again, in the same order, adds the same findings."""
    for path in paths:
        value = document.root
        for token in path:
            value = value[token]
        _resolve_at(document, value, path)


def _without(root: Any, paths: list[list[str | int]]) -> Any:
    """A copy of root in which each given `$ref` object is replaced by an empty schema (copying only the spine)."""
    for path in paths:
        root = _replace(root, path)
    return root


def _replace(value: Any, path: list[str | int]) -> Any:
    if not path:
        return {}
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest)}
    copy = list(value)
    copy[int(head)] = _replace(copy[int(head)], rest)
    return copy


def run_validator(document: Document, family: str, background: bool = False,
                  child: BackgroundValidation | None = None) -> None:
    """Report every openapi-spec-validator finding as a warning at the place in the spec that it is about.

    With `background`, a validator that has to run (its findings are not in the cache) runs in a child process
    (`child`, started before the spec was read, or one started here): `document.pending_validation` then adds
    its findings when called. A given child is used or stopped here."""
    started = child is not None
    if not started:
        dangling = find_dangling_refs(document)
    else:  # the child gets its work first; the dangling `$ref`s are placed after that (placing parses the file again)
        dangling = document.quietly(lambda: find_dangling_refs(document))
    spec = _without(document.root, dangling)
    key, events = known_events(spec, family, document.root_path)
    in_background = events is None and background
    if in_background:
        child = child or BackgroundValidation()
        child.start(spec, family, document.root_path)
        document.pending_validation = partial(_finish, document, child, key, family)
    elif child is not None:
        child.cancel()
    if started:
        report_dangling_refs(document, dangling)  # reported before the validator's findings, as when it runs first
    if in_background:
        return
    if events is None:
        events = validator_events(spec, family, document.root_path.as_uri())
        remember_events(key, events)
    report_events(document, events, family)


def _finish(document: Document, background: BackgroundValidation, key: str | None, family: str) -> None:
    events = background.events()
    remember_events(key, events)
    report_events(document, events, family)


def report_events(document: Document, events: list[Event], family: str) -> None:
    """The validator's events (validator_cache.py) as warnings at their places in the document."""
    findings = Findings()
    hint = f"OpenAPI {family} does not allow this here"
    for event in events:
        if event[0] == "error":
            _, message, walked, inside = event
            place = _place(document, tuple(walked), tuple(inside))
            if not inside_misplaced_ref(document, place.file, place.pointer):  # reported once per kind
                findings.warn(f"validator: {message}", place, hint)
        elif event[0] == "more":
            findings.warn("more validator findings left out", Location(document.display(document.root_path)),
                          "fix the ones above and validate again")
        else:
            _, name, message, site = event
            findings.warn(f"validator stopped early: {name}: {message}", _place(document, tuple(site), ()),
                          "fix the findings above; the validator may check more after that")
    document.findings.items.extend(findings.items)


def _place(document: Document, walked: tuple[str | int, ...], inside: tuple[str | int, ...]) -> Location:
    """The location of `inside` (a plain path) in the value the validator reached by `walked` (through $refs)."""
    node = document.root_node
    for token in walked:
        resolved = document.resolve(node)
        if resolved is None or not _has(resolved.value, token):
            return document.where(node)  # the deepest place known
        node = resolved.child(token)
    node = document.resolve(node) or node
    value, tokens = node.value, []
    for token in inside:
        if not _has(value, token):
            break
        value = value[token]
        tokens.append(token)
    return document.location(node.file, join_pointer(node.pointer, *tokens))


def _has(value: Any, token: str | int) -> bool:
    if isinstance(value, dict):
        return token in value
    return isinstance(value, list) and isinstance(token, int) and 0 <= token < len(value)
