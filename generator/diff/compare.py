"""Two intermediate models → the changes a client user meets: operations matched by HTTP method and path,
then by call; their parameters, request bodies, responses, streams, pagination; then the models."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator

from ..model.types import Api, Body, Operation, Pagination, Parameter, Response
from .change import Change, call_of, endpoint_of, stream_call_of
from .models import Found, Views, definition_changes, field_changes
from .shapes import TypeView, match_definitions, reach_of, type_change

Key = tuple[str, str, tuple[tuple[str, str], ...]]


def compare(old: Api, new: Api) -> list[Change]:
    """Every change from `old` to `new`, in report order (breaking first, then by kind and place)."""
    matched = match_definitions(old, new)
    views = Views(TypeView(old, matched), TypeView(new))
    changes = list(_operation_changes(old, new, views))
    changes += definition_changes(old, new, matched, (reach_of(old), reach_of(new)), views)
    return sorted(set(changes), key=Change.sort_key)


def _operations(api: Api) -> list[Operation]:
    return [op for group in api.groups for op in group.operations]


def _key(op: Operation) -> Key:
    """Method and path; path parameters compare by place, not by name (`{id}` and `{job_id}` are the same)."""
    return op.http_method.upper(), re.sub(r"\{[^}]*\}", "{}", op.path), op.fixed_query


def _operation_changes(old: Api, new: Api, views: Views) -> Iterator[Change]:
    pairs, gone, came = _pair_by_key(_operations(old), _operations(new))
    moved = _moved(gone, came)
    for before, after in pairs + moved:
        yield from _pair_changes(before, after, views)
    moved_old = {id(b) for b, _ in moved}
    moved_new = {id(a) for _, a in moved}
    for op in gone:
        if id(op) not in moved_old:
            yield Change("breaking", "operation-removed", "operation removed", endpoint_of(op), call_of(op),
                         stream_call=stream_call_of(op))
    for op in came:
        if id(op) not in moved_new:
            yield Change("compatible", "operation-added", "operation added", endpoint_of(op), call_of(op),
                         stream_call=stream_call_of(op))


Pairs = list[tuple[Operation, Operation]]


def _pair_by_key(old: list[Operation], new: list[Operation]) -> tuple[Pairs, list[Operation], list[Operation]]:
    """Operations with the same method and path. Several can share them (path keys that differ only by a
    `#fragment`): those pair by call first, then in the order of their calls."""
    news: dict[Key, list[Operation]] = {}
    for op in new:
        news.setdefault(_key(op), []).append(op)
    olds: dict[Key, list[Operation]] = {}
    for op in old:
        olds.setdefault(_key(op), []).append(op)
    pairs: Pairs = []
    gone: list[Operation] = []
    for key, before in olds.items():
        after = news.pop(key, [])
        same_call = [(b, a) for b in before for a in after if call_of(b) == call_of(a)]
        rest_old = sorted((b for b in before if all(b is not p[0] for p in same_call)), key=call_of)
        rest_new = sorted((a for a in after if all(a is not p[1] for p in same_call)), key=call_of)
        pairs += same_call + list(zip(rest_old, rest_new))
        gone += rest_old[len(rest_new):]
        news[key] = rest_new[len(rest_old):]
    came = [op for ops in news.values() for op in ops]
    return pairs, gone, came


def _moved(gone: list[Operation], came: list[Operation]) -> list[tuple[Operation, Operation]]:
    """Operations whose path changed but whose call (and HTTP method) stayed: user code keeps working."""
    def by_call(ops: list[Operation]) -> dict[tuple[str, str], list[Operation]]:
        out: dict[tuple[str, str], list[Operation]] = {}
        for op in ops:
            out.setdefault((op.http_method.upper(), call_of(op)), []).append(op)
        return out
    news = by_call(came)
    return [(olds[0], news[key][0]) for key, olds in by_call(gone).items()
            if len(olds) == 1 and len(news.get(key, [])) == 1]


def _pair_changes(before: Operation, after: Operation, views: Views) -> Iterator[Change]:
    endpoint, call = endpoint_of(after), call_of(after)
    for kind, severity, detail in _what_changed(before, after, views):
        yield Change(severity, kind, detail, endpoint, call, stream_call=stream_call_of(after))


def _what_changed(before: Operation, after: Operation, views: Views) -> list[Found]:
    found: list[Found] = []
    if call_of(before) != call_of(after):
        found.append(("operation-renamed", "breaking", f"`{call_of(before)}` is now `{call_of(after)}`"))
    if _key(before) != _key(after):
        found.append(("operation-moved", "compatible", f"moved from {endpoint_of(before)}"))
    if after.deprecated and not before.deprecated:
        found.append(("operation-deprecated", "compatible", "operation deprecated"))
    found += _parameter_changes(before.parameters, after.parameters, views)
    found += _body_changes(before.body, after.body, views)
    found += _response_changes(before.responses, after.responses, views)
    found += _stream_changes(before, after, views)
    found += _pagination_changes(before, after)
    return found


def _parameter_changes(old: tuple[Parameter, ...], new: tuple[Parameter, ...], views: Views) -> Iterator[Found]:
    """Parameters matched by place and wire name; a path parameter by its position among the path's ones."""
    def keyed(params: tuple[Parameter, ...]) -> dict[tuple[str, str], Parameter]:
        path_params = [p for p in params if p.location == "path"]
        return {(p.location, str(path_params.index(p)) if p.location == "path" else p.wire): p for p in params}
    olds, news = keyed(old), keyed(new)
    for key, before in olds.items():
        after = news.get(key)
        if after is None:
            yield "parameter-removed", "breaking", f"parameter `{before.name}` ({before.location}) removed"
            continue
        if after.name != before.name:
            yield "parameter-renamed", "breaking", f"parameter `{before.name}` is now `{after.name}`"
        if after.required != before.required:
            yield (("parameter-required", "breaking", f"parameter `{after.name}` became required") if after.required
                   else ("parameter-optional", "compatible", f"parameter `{after.name}` became optional"))
        changed = type_change(views.old.variants(before.type), views.new.variants(after.type), "request")
        if changed is not None:
            yield "parameter-type-changed", changed[1], \
                f"parameter `{after.name}` type changed: {views.old.text(before.type)} → {views.new.text(after.type)}"
    for key, after in news.items():
        if key not in olds:
            yield "parameter-added", "breaking" if after.required else "compatible", \
                f"{'required ' if after.required else ''}parameter `{after.name}` ({after.location}) added"


def _body_changes(before: Body | None, after: Body | None, views: Views) -> Iterator[Found]:
    if before is None and after is None:
        return
    if before is None or after is None:
        if after is None:
            yield "request-body-removed", "breaking", "request body removed"
        else:
            yield "request-body-added", "breaking" if after.required else "compatible", "request body added"
        return
    if before.fields and after.fields:
        yield from field_changes(before.fields, after.fields, "request", views, "argument")
        return
    changed = type_change(views.old.variants(before.type), views.new.variants(after.type), "request")
    if changed is not None:
        yield "request-body-type-changed", changed[1], \
            f"request body type changed: {views.old.text(before.type)} → {views.new.text(after.type)}"
    elif _body_call(before) != _body_call(after):
        yield "request-body-argument-changed", "breaking", \
            f"the request body is now passed as {_body_call(after)} (was {_body_call(before)})"
    elif before.kind != after.kind:
        yield "request-body-type-changed", "compatible", \
            f"request body sent as {after.media_type} (was {before.media_type})"


def _body_call(body: Body) -> str:
    """How a call passes the body: its properties as keyword arguments, or the whole body as one argument."""
    return "keyword arguments (one per property)" if body.fields else f"`{body.argument}=`"


def _success(responses: tuple[Response, ...]) -> Response | None:
    """The lowest 2XX answer, else `default`; the plain answer before the event stream (compared as the stream)."""
    ordered = sorted(responses, key=lambda r: (r.status, r.kind == "event-stream"))
    return next((r for r in ordered if r.status.startswith("2")), None) or \
        next((r for r in ordered if r.status == "default"), None)


def _response_changes(old: tuple[Response, ...], new: tuple[Response, ...], views: Views) -> Iterator[Found]:
    before, after = _success(old), _success(new)
    if before is None or after is None:
        if before is not after:
            yield "response-type-changed", "breaking", \
                f"response {_response_text(before, views.old)} → {_response_text(after, views.new)}"
        return
    if before.kind != after.kind:
        yield "response-type-changed", "breaking", \
            f"response is now {after.kind} ({after.media_type}), was {before.kind} ({before.media_type})"
        return
    changed = type_change(views.old.variants(before.type), views.new.variants(after.type), "response")
    if changed is not None:
        yield "response-type-changed", changed[1], \
            f"response type changed: {views.old.text(before.type)} → {views.new.text(after.type)}"


def _response_text(response: Response | None, view: TypeView) -> str:
    return "none" if response is None else f"{response.kind} {view.text(response.type)}"


def _stream_changes(before: Operation, after: Operation, views: Views) -> Iterator[Found]:
    old, new = before.stream, after.stream
    if old is None or new is None:
        if new is not None:
            yield "stream-changed", "compatible", f"streaming method `{new.method_name}` added"
        elif old is not None:
            yield "stream-changed", "breaking", f"streaming method `{old.method_name}` removed"
        return
    if old.method_name != new.method_name:
        yield "stream-changed", "breaking", f"streaming method `{old.method_name}` is now `{new.method_name}`"
    if old.only != new.only:
        yield "stream-changed", "breaking", \
            "the operation now only streams" if new.only else "the operation no longer only streams"
    changed = type_change(views.old.variants(old.chunk), views.new.variants(new.chunk), "response")
    if changed is not None:
        yield "stream-changed", changed[1], \
            f"stream chunk type changed: {views.old.text(old.chunk)} → {views.new.text(new.chunk)}"


def _pagination_changes(before: Operation, after: Operation) -> Iterator[Found]:
    """A pager gained, lost or changed (its kind, cursor, items or stop rule)."""
    old, new = before.pagination, after.pagination
    if old == new:
        return
    if old is None and new is not None:
        yield "pagination-changed", "compatible", f"now paginated: {_describe(new)}"
    elif new is None and old is not None:
        yield "pagination-changed", "breaking", f"no longer paginated (was {_describe(old)})"
    elif old is not None and new is not None:
        yield "pagination-changed", "breaking", f"pagination changed: {_describe(old)} → {_describe(new)}"


def _describe(value: Pagination) -> str:
    return json.dumps(dataclasses.asdict(value), sort_keys=True, ensure_ascii=False, default=str)
