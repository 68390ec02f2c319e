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


def validator_events(spec: Any, family: str, base_uri: str) -> list[Event]:
    """Run openapi-spec-validator over `spec`: its findings (at most MAX_VALIDATOR_FINDINGS) as events."""
    # imported here, not at the top: openapi-spec-validator takes long to import, and most runs never use it
    from .spec_validator import Trail, located_errors
    from .valid_refs import references_checked_once

    events: list[Event] = []
    trail = Trail()
    try:
        with references_checked_once():
            kept = (e for e in located_errors(spec, family, base_uri, trail)
                    if type(e.error).__name__ not in REPLACED_VALIDATOR_ERRORS)
            for count, located in enumerate(kept):
                if count >= MAX_VALIDATOR_FINDINGS:
                    events.append(["more"])
                    break
                events.append(["error", short(located.error.message), list(located.base),
                               list(located.error.absolute_path)])
            kept.close()
    except Exception as exc:  # noqa: BLE001 - the validator is a third party; its crash is a finding
        events.append(["crash", type(exc).__name__, short(str(exc)), list(trail.crash_site or ())])
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
                   for name in ("spec_validator.py", "valid_refs.py")),
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
