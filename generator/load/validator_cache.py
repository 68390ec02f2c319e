"""openapi-spec-validator's findings as plain data, kept in the cache folder between runs.

The validator's output is a list of events (JSON data): ["error", message, walked, inside] for a finding,
["more"] when findings were left out, ["crash", exception name, message, crash site]. They say where each
finding is as paths through the spec (see spec_validator.py), never as file lines, so the caller turns them
into findings at their exact locations in the document whether the events come from the validator or from the
cache. The cache key covers everything the events depend on: the validated data (after overlays, without the
dangling `$ref`s), the URI it is validated at, the bytes of every file it refers to (followed through their own
`$ref`s), the versions of the validator and of the libraries it runs on, and this code. A warm run then does
not even import the validator (~0.3 s of start-up).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..cache import KeyValueStore, cache_folder, installed_version
from ..findings import Findings
from .lint import REPLACED_VALIDATOR_ERRORS
from .reader import read_file

Event = list[Any]
MAX_VALIDATOR_FINDINGS = 200
_FORMAT = "validator-events-1"
_LIBRARIES = (("openapi_spec_validator", "openapi-spec-validator"), ("openapi_schema_validator",
              "openapi-schema-validator"), ("jsonschema", "jsonschema"), ("jsonschema_path", "jsonschema-path"),
              ("jsonschema_specifications", "jsonschema-specifications"), ("referencing", "referencing"))
_OTHER_FILE_REF = re.compile(r"'\$ref': (?!'#)")  # in repr() of the data: a `$ref` that may name another file
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")


def validator_events(spec: Any, family: str, base_uri: str, split: Split | None = None) -> list[Event]:
    """Run openapi-spec-validator over `spec`: its findings (at most MAX_VALIDATOR_FINDINGS) as events.

    Its two passes (the OpenAPI schema over the whole document, then the walk of paths and components) are
    independent: with `split`, the first runs in the process `split` starts, beside the walk. The events are
    those of the passes one after the other: the first pass's, then (unless it crashed or reached the
    limit) the walk's."""
    # imported here, not at the top: openapi-spec-validator takes long to import, and most runs never use it
    from .spec_validator import Trail, located_validator, schema_errors, walk_errors

    trail = Trail()
    with patched_validator():
        try:
            validator = located_validator(spec, family, base_uri, trail)
        except Exception as exc:  # noqa: BLE001 - the validator is a third party; its crash is a finding
            return [_crash(exc, trail)]

        def first() -> Pass:
            return _pass(schema_errors(validator), trail)

        def second() -> Pass:
            return _pass(walk_errors(validator), trail)

        if split is None:
            return _merged(step() for step in (first, second))
        elsewhere = split(first)
        walked = second()
        return _merged([elsewhere() or first(), walked])


@contextmanager
def patched_validator() -> Iterator[None]:
    """The validator with the shortcuts that keep its findings (valid_refs, stable_order, quick_checks)."""
    from .quick_checks import lookups_remembered, subscriptable_checked_by_type
    from .stable_order import properties_in_document_order
    from .valid_refs import references_checked_once

    with references_checked_once(), properties_in_document_order(), subscriptable_checked_by_type(), \
            lookups_remembered():
        yield


# a pass's findings as events (at most MAX_VALIDATOR_FINDINGS + 1), and the crash that ended it (or None)
Pass = tuple[list[Event], Event | None]
# runs a pass in another process; what it gives waits for it: its result, or None when that process failed
Split = Callable[[Callable[[], Pass]], Callable[[], Pass | None]]


def _pass(errors: Iterator[Any], trail: Any) -> Pass:
    kept: list[Event] = []
    try:
        for located in errors:
            if type(located.error).__name__ in REPLACED_VALIDATOR_ERRORS:
                continue
            kept.append(["error", short(located.error.message), list(located.base),
                         list(located.error.absolute_path)])
            if len(kept) > MAX_VALIDATOR_FINDINGS:
                break
    except Exception as exc:  # noqa: BLE001 - the validator is a third party; its crash is a finding
        return kept, _crash(exc, trail)
    return kept, None


def _crash(exc: Exception, trail: Any) -> Event:
    return ["crash", type(exc).__name__, short(str(exc)), list(trail.crash_site or ())]


def _merged(passes: Iterable[Pass]) -> list[Event]:
    """The events of passes run one after the other: up to the first crash, at most MAX_VALIDATOR_FINDINGS."""
    events: list[Event] = []
    for kept, crash in passes:
        for event in kept:
            if len(events) >= MAX_VALIDATOR_FINDINGS:
                return [*events, ["more"]]
            events.append(event)
        if crash is not None:
            return [*events, crash]
    return events


def known_events(spec: Any, family: str, root_path: Path) -> tuple[str | None, list[Event] | None]:
    """The cache key of the events for `spec` (None: not to be cached), and the events when the cache has them."""
    folder = cache_folder()
    key = None if folder is None else events_key(spec, family, root_path)
    if folder is None or key is None:
        return key, None
    store = KeyValueStore(_store_path(folder), "events")
    try:
        known = store.get(key)
    finally:
        store.close()
    return key, None if known is None else list(json.loads(known))


def events_may_be_cached() -> bool:
    """Whether the cache folder holds validator findings (of some spec): a look at the folder, no key made."""
    folder = cache_folder()
    return folder is not None and _store_path(folder).exists()


def remember_events(key: str | None, events: list[Event]) -> None:
    folder = cache_folder()
    if key is None or folder is None:
        return
    try:
        text = json.dumps(events, allow_nan=False)
    except (TypeError, ValueError):  # a path token JSON cannot hold exactly: not cached
        return
    store = KeyValueStore(_store_path(folder), "events")
    try:
        store.put_many({key: text})
    finally:
        store.close()


def _store_path(folder: Path) -> Path:
    return folder / "validator.sqlite3"


def events_key(spec: Any, family: str, root_path: Path) -> str | None:
    """The cache key of the validator's events for `spec`; None when they cannot be cached (a remote `$ref`)."""
    text = repr(spec)
    files = _referenced_files(spec, root_path) if _OTHER_FILE_REF.search(text) else {}
    if files is None:
        return None
    digest = hashlib.sha256()
    for part in (_FORMAT, family, root_path.as_uri(), str(MAX_VALIDATOR_FINDINGS), *sorted(REPLACED_VALIDATOR_ERRORS),
                 *(f"{module} {installed_version(module, name)}" for module, name in _LIBRARIES),
                 *(hashlib.sha256((Path(__file__).parent / name).read_bytes()).hexdigest()
                   for name in ("spec_validator.py", "valid_refs.py", "stable_order.py", "quick_checks.py")),
                 hashlib.sha256(Path(__file__).read_bytes()).hexdigest(),
                 *(f"{path} {sha}" for path, sha in sorted(files.items()))):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _referenced_files(spec: Any, root_path: Path) -> dict[str, str] | None:
    """sha256 of every file reached from `spec` through `$ref`s (and their own); None at a remote `$ref`."""
    found: dict[str, str] = {}
    queue: list[tuple[Any, Path]] = [(spec, root_path)]
    while queue:
        data, file = queue.pop()
        for ref in _refs(data):
            target = ref.partition("#")[0]
            if not target:
                continue
            if _SCHEME.match(target) or target.startswith("//"):
                return None
            path = (file.parent / unquote(target)).resolve()
            if str(path) in found:
                continue
            try:
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as exc:
                found[str(path)] = f"unreadable {type(exc).__name__}"
                continue
            queue.append((read_file(path, Findings()), path))
    return found


def _refs(data: Any) -> list[str]:
    refs: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                refs.append(ref)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return refs


def short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
