"""Apply OpenAPI Overlay 1.0 documents to a loaded spec (plain dicts and lists); problems become findings.

Each action's `target` is a JSONPath. `update` merges into every matched node: into an object, key by key
(objects merge recursively, arrays are appended to, anything else replaces); into an array, the update
value is appended as one entry. `remove: true` deletes every matched node from its parent. Actions apply
in order, so each sees the changes made by the ones before it. The input is never mutated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..findings import Finding, Findings, Location, join_pointer
from .jsonpath import JsonPath, JsonPathError, Match, compile_path
from .reader import LineIndex

_VERSION = re.compile(r"1\.0\.(0|[1-9][0-9]*)")
_OVERLAY_FIELDS = frozenset({"overlay", "info", "extends", "actions"})
_INFO_FIELDS = frozenset({"title", "version"})
_ACTION_FIELDS = frozenset({"target", "description", "update", "remove"})
MAX_COPIED_VALUES = 1_000_000  # values one overlay may add to the document (update size × matches)
_SHAPE = "an overlay is a mapping with 'overlay: 1.0.0', 'info' (title, version) and a list of 'actions'"


class _CycleError(ValueError):
    """The document refers to itself (a recursive YAML alias)."""


@dataclass(frozen=True, slots=True)
class _Action:
    path: JsonPath
    remove: bool
    update: Any


def apply_overlays(document: Any, overlays: Sequence[tuple[str, Any]], findings: Findings) -> Any:
    """Apply (source, overlay) pairs in order; returns the changed copy."""
    for source, overlay in overlays:
        document = apply_overlay(document, overlay, source, findings)
    return document


def apply_overlay(document: Any, overlay: Any, source: str, findings: Findings) -> Any:
    """Apply one overlay read from `source` to a copy of `document` and return the copy."""
    first = len(findings.items)
    try:
        result = _copy_tree(document)
    except _CycleError:
        findings.error(
            "the document refers to itself, so the overlay cannot be applied",
            Location(source),
            "remove the recursive YAML alias from the spec",
        )
        return document
    actions = _check_overlay(overlay, source, findings)
    budget = [MAX_COPIED_VALUES]
    for index, raw in enumerate(actions):
        where = Location(source, join_pointer("/actions", index))
        action = _parse_action(raw, where, findings)
        if action is not None and not _apply_action(result, action, where, findings, budget):
            break
    _add_lines(findings, first, source)
    return result


def _add_lines(findings: Findings, first: int, source: str) -> None:
    """Give the findings about this overlay file the line of their pointer."""
    index = LineIndex(Path(source))
    for position in range(first, len(findings.items)):
        finding = findings.items[position]
        where = finding.location
        if where.file == source and where.line is None and where.pointer:
            located = Location(where.file, where.pointer, index.line_of(where.pointer))
            findings.items[position] = Finding(finding.severity, finding.message, located, finding.hint)


def _copy_tree(value: Any) -> Any:
    """Copy nested dicts and lists without recursion; shared (aliased) containers become separate copies."""
    if not isinstance(value, (dict, list)):
        return value
    top = _empty_like(value)
    pending: list[tuple[Any, Any] | int] = [(value, top)]
    active: set[int] = set()  # ids of the containers being copied: the ancestors of the current one
    while pending:
        item = pending.pop()
        if isinstance(item, int):
            active.discard(item)
            continue
        source, target = item
        active.add(id(source))
        pending.append(id(source))
        for key, child in source.items() if isinstance(source, dict) else enumerate(source):
            if isinstance(child, (dict, list)):
                if id(child) in active:
                    raise _CycleError
                target[key] = _empty_like(child)
                pending.append((child, target[key]))
            else:
                target[key] = child
    return top


def _empty_like(container: dict[str, Any] | list[Any]) -> dict[str, Any] | list[Any]:
    return {} if isinstance(container, dict) else [None] * len(container)


# --- checking the overlay document ---------------------------------------------------------------


def _check_overlay(overlay: Any, source: str, findings: Findings) -> list[Any]:
    """Report problems with the overlay's top level; returns its actions ([] when there are none to apply)."""
    if not isinstance(overlay, dict):
        findings.error(f"the overlay is {_describe(overlay)}, not a mapping", Location(source), _SHAPE)
        return []
    _check_fields(overlay, _OVERLAY_FIELDS, Location(source), findings)
    _check_version(overlay.get("overlay"), Location(source, "/overlay"), findings)
    _check_info(overlay.get("info"), Location(source, "/info"), findings)
    actions = overlay.get("actions")
    where = Location(source, "/actions")
    if not isinstance(actions, list):
        problem = "has no 'actions'" if actions is None else f"has 'actions' that is {_describe(actions)}"
        findings.error(f"the overlay {problem}", where, "give 'actions' as a list of {target, update | remove}")
        return []
    if not actions:
        findings.error("the overlay's 'actions' list is empty", where, "an overlay needs at least one action")
    return actions


def _check_version(version: Any, where: Location, findings: Findings) -> None:
    if isinstance(version, str) and _VERSION.fullmatch(version):
        return
    if version is None:
        findings.error("the overlay has no 'overlay' version field", where, "add 'overlay: 1.0.0'")
    elif not isinstance(version, str):
        findings.error(f"the overlay version is {_describe(version)}", where, "write it as a string: '1.0.0'")
    else:
        findings.error(f"unsupported overlay version {version!r}", where, "only Overlay 1.0.x is supported")


def _check_info(info: Any, where: Location, findings: Findings) -> None:
    if not isinstance(info, dict):
        problem = "has no 'info'" if info is None else f"has 'info' that is {_describe(info)}"
        findings.error(f"the overlay {problem}", where, "add 'info' with 'title' and 'version' strings")
        return
    _check_fields(info, _INFO_FIELDS, where, findings)
    for name in ("title", "version"):
        if not isinstance(info.get(name), str):
            problem = "is missing" if name not in info else f"is {_describe(info[name])}"
            findings.error(f"the overlay's info.{name} {problem}", _at(where, name), f"give info.{name} as a string")


def _check_fields(mapping: dict[Any, Any], allowed: frozenset[str], where: Location, findings: Findings) -> None:
    for key in mapping:
        if not (key in allowed or (isinstance(key, str) and key.startswith("x-"))):
            expected = ", ".join(sorted(allowed))
            findings.warn(f"unknown field {key!r}", _at(where, str(key)), f"expected one of {expected}, or an 'x-' extension")


def _parse_action(raw: Any, where: Location, findings: Findings) -> _Action | None:
    """Check one action; returns None (after reporting why) when it cannot be applied."""
    if not isinstance(raw, dict):
        findings.error(f"the action is {_describe(raw)}, not a mapping", where, "an action has 'target' and 'update'")
        return None
    _check_fields(raw, _ACTION_FIELDS, where, findings)
    path = _compile_target(raw.get("target"), _at(where, "target"), findings)
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        findings.error(f"'remove' is {_describe(remove)}", _at(where, "remove"), "write 'remove: true' or leave it out")
        return None
    if not remove and "update" not in raw:
        findings.error("the action has neither 'update' nor 'remove: true'", where, "add one of them")
        return None
    return None if path is None else _Action(path, remove, raw.get("update"))


def _compile_target(target: Any, where: Location, findings: Findings) -> JsonPath | None:
    if not isinstance(target, str):
        problem = "has no 'target'" if target is None else f"has a 'target' that is {_describe(target)}"
        findings.error(f"the action {problem}", where, "give 'target' as a JSONPath string such as $.info")
        return None
    try:
        return compile_path(target)
    except JsonPathError as exc:
        findings.error(
            f"invalid JSONPath in target {target!r}: {exc.message} at position {exc.position}",
            where,
            "quote member names that are not plain words, e.g. $.paths['/users/{id}'].get",
        )
        return None


# --- applying actions ----------------------------------------------------------------------------


def _apply_action(document: Any, action: _Action, where: Location, findings: Findings, budget: list[int]) -> bool:
    """Apply one action; False when the overlay must stop (it would copy more than MAX_COPIED_VALUES)."""
    matches = _distinct(action.path.find(document))
    if not matches:
        findings.warn(
            f"target matched nothing: {action.path.text}",
            _at(where, "target"),
            "the action was skipped; check the path against the document as changed by earlier actions",
        )
    elif action.remove:
        _remove(matches, _at(where, "target"), findings)
    elif _check_update(matches, action.update, _at(where, "update"), findings):
        budget[0] -= len(matches) * _count_values(action.update, budget[0])
        if budget[0] < 0:
            findings.error(
                f"the update would copy more than {MAX_COPIED_VALUES:,} values into the document "
                f"({len(matches):,} matches)",
                _at(where, "update"),
                "target fewer nodes, or make the update smaller",
            )
            return False
        for match in matches:
            _update(match.value, action.update)
    return True


def _count_values(value: Any, limit: int) -> int:
    """How many values `value` holds (itself included), counting at most a little past `limit`."""
    count, stack = 0, [value]
    while stack and count <= limit:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def _distinct(matches: list[Match]) -> list[Match]:
    """Drop repeated selections of the same node (e.g. from `$['a','a']`), keeping document order."""
    seen: set[tuple[int, str | int | None]] = set()
    unique = []
    for match in matches:
        place = (id(match.parent), match.key)
        if place not in seen:
            seen.add(place)
            unique.append(match)
    return unique


def _check_update(matches: list[Match], update: Any, where: Location, findings: Findings) -> bool:
    """An update applies to objects (when it is an object itself) and to arrays; report the first misfit."""
    for match in matches:
        if isinstance(match.value, list) or (isinstance(match.value, dict) and isinstance(update, dict)):
            continue
        problem = (
            f"an object cannot be updated with {_describe(update)}"
            if isinstance(match.value, dict)
            else f"the target selects {_describe(match.value)}, which cannot be updated"
        )
        node = match.pointer or "the root"
        findings.error(
            f"{problem} (at {node})",
            where,
            "target the object or array that contains it; to replace a value, update its parent with {key: value}",
        )
        return False
    return True


def _update(target: dict[str, Any] | list[Any], update: Any) -> None:
    if isinstance(target, list):
        target.append(_copy_tree(update))
        return
    pending: list[tuple[dict[str, Any], dict[str, Any]]] = [(target, update)]
    while pending:
        into, changes = pending.pop()
        for key, value in changes.items():
            current = into.get(key)
            if isinstance(current, dict) and isinstance(value, dict):
                pending.append((current, value))
            elif isinstance(current, list) and isinstance(value, list):
                current.extend(_copy_tree(value))
            else:
                into[key] = _copy_tree(value)


def _remove(matches: list[Match], where: Location, findings: Findings) -> None:
    """Delete matched nodes; several indices of one array go highest first so the others stay valid."""
    from_lists: dict[int, tuple[list[Any], list[int]]] = {}
    for match in matches:
        parent, key = match.parent, match.key
        if isinstance(parent, dict):
            parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int):
            from_lists.setdefault(id(parent), (parent, []))[1].append(key)
        else:
            findings.error("the target selects the document root, which cannot be removed", where, "target its members")
    for items, indices in from_lists.values():
        for index in sorted(indices, reverse=True):
            del items[index]


def _at(where: Location, field: str) -> Location:
    return Location(where.file, join_pointer(where.pointer, field))


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "an array"
    kind = {str: "string", int: "number", float: "number"}.get(type(value), type(value).__name__)
    return f"the {kind} {value!r}"
