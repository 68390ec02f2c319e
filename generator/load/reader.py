"""Read one spec file (YAML or JSON) into plain Python data, and find lines for JSON pointers.

Reading is bounded: a file over `MAX_FILE_BYTES`, nesting deeper than `MAX_DEPTH`, a string longer than
`MAX_STRING_CHARS`, or YAML aliases that would expand to more than `MAX_ALIAS_VALUES` values (a "billion laughs")
is an error with its line, found while parsing, before anything else walks the data. YAML is built from
libyaml's event stream by an iterative builder (no recursion, so no stack overflow however deep the input),
with the YAML 1.2 core schema for scalars (scalars.py: `1e9` is a number, `yes` and `2024-01-01` are strings),
anchors and `<<` merge keys; tags outside JSON's data model (`!!python/...`, `!!binary`, `!!set`, custom `!tags`)
are refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from ..findings import Findings, Location, join_pointer
from .prescan import flow_depth_line
from .scalars import TAG_PREFIX, ScalarError, plain_scalar, tagged_scalar

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 100  # nested mappings/lists; real specs stay under 30, and deeper schemas cannot become Python
MAX_STRING_CHARS = 1_000_000  # one string (a description, an example); real specs stay under 10,000
MAX_ALIAS_VALUES = 1_000_000  # values added by expanding YAML aliases, counted as if copied out

_MAP_TAG = TAG_PREFIX + "map"
_SEQ_TAG = TAG_PREFIX + "seq"
_SCALAR_KINDS = frozenset({"null", "bool", "int", "float", "str", "timestamp"})
_LINE_HINT = "fix the YAML syntax"
_FLATTEN_HINT = "flatten the document: move nested schemas to components and use $ref"


class ParseLimitError(Exception):
    """The input breaks one of the limits above, or cannot be represented as JSON data."""

    def __init__(self, message: str, line: int | None, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.hint = hint


# ---- reading a file -------------------------------------------------------------------------------


def read_file(path: Path, findings: Findings) -> Any:
    """Read and parse one file; problems become findings and the result is None."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            findings.error(f"the file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit", Location(where),
                           "split it into several files joined with $ref")
            return None
        raw = path.read_bytes()
    except OSError as exc:
        findings.error(f"cannot read file: {exc.strerror or exc}", Location(where), "check the path")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        what = "UTF-16 or UTF-32" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "UTF-8"
        findings.error(
            f"not UTF-8: byte {exc.start} is {raw[exc.start:exc.start + 1]!r}"
            + (f" (the file looks like {what})" if what != "UTF-8" else ""),
            Location(where, "", line),
            "save the file as UTF-8",
        )
        return None
    if not text.strip():
        findings.error("the file is empty", Location(where), "an OpenAPI document starts with `openapi: 3.1.0`")
        return None
    return parse_text(text, path, findings)


def _looks_like_json(path: Path, text: str) -> bool:
    return path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "[")


def parse_text(text: str, path: Path, findings: Findings) -> Any:
    """Parse spec text; JSON goes through the json module, everything else through YAML."""
    where = str(path)
    try:
        if _looks_like_json(path, text):
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                if path.suffix.lower() == ".json":
                    findings.error(f"not valid JSON: {exc.msg}", Location(where, "", exc.lineno),
                                   "fix the JSON syntax at that line")
                    return None
            except RecursionError:
                raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels", _json_depth_line(text),
                                      _FLATTEN_HINT) from None
            except ValueError as exc:  # e.g. an integer of more than 4300 digits
                raise _number_error(text, exc) from None
            else:
                _check_json_data(data, path)
                return data
        deep_line = flow_depth_line(text, MAX_DEPTH)
        if deep_line is not None:
            raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels", deep_line, _FLATTEN_HINT)
        return _YamlBuilder(text).build()
    except ParseLimitError as exc:
        findings.error(exc.message, Location(where, exc.pointer if isinstance(exc, _PointerError) else "", exc.line),
                       exc.hint)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "syntax error"
        findings.error(f"not valid YAML: {problem}", Location(where, "", line), _LINE_HINT)
    except yaml.YAMLError as exc:
        findings.error(f"not valid YAML: {_one_line(str(exc))}", Location(where), _LINE_HINT)
    return None


class _PointerError(ParseLimitError):
    def __init__(self, message: str, pointer: str, line: int | None, hint: str) -> None:
        super().__init__(message, line, hint)
        self.pointer = pointer


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _number_error(text: str, exc: ValueError) -> ParseLimitError:
    match = re.search(r"[0-9]{4000,}", text)
    line = text.count("\n", 0, match.start()) + 1 if match else None
    if "digits" in str(exc):
        return ParseLimitError("a number has more than 4,300 digits", line, "write it as a string")
    return ParseLimitError(f"not valid JSON: {_one_line(str(exc))}", line, "fix the JSON syntax at that line")


def _json_depth_line(text: str) -> int | None:
    """The line where JSON text first nests deeper than MAX_DEPTH (strings skipped)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
        elif char in "]}":
            depth -= 1
    return None


def _check_json_data(data: Any, path: Path) -> None:
    """Depth and string limits on data from the json module (no aliases there, so no expansion)."""
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(data, 1, ())]
    while stack:
        value, depth, tokens = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING_CHARS:
                pointer = join_pointer("", *tokens)
                raise _PointerError(_long_string(len(value)), pointer, LineIndex(path).line_of(pointer),
                                    _LONG_STRING_HINT)
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            pointer = join_pointer("", *tokens)
            raise _PointerError(f"nesting deeper than {MAX_DEPTH} levels", pointer, LineIndex(path).line_of(pointer),
                                _FLATTEN_HINT)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            if isinstance(key, str) and len(key) > MAX_STRING_CHARS:
                pointer = join_pointer("", *tokens)
                raise _PointerError(_long_string(len(key)), pointer, LineIndex(path).line_of(pointer),
                                    _LONG_STRING_HINT)
            stack.append((child, depth + 1, (*tokens, key)))


def too_deep(data: Any) -> str | None:
    """The JSON pointer of the first value nested deeper than MAX_DEPTH (aliases followed), or None."""
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(data, 1, ())]
    seen: dict[int, int] = {}  # id of a container → the greatest depth it was checked at
    while stack:
        value, depth, tokens = stack.pop()
        if not isinstance(value, (dict, list)) or seen.get(id(value), 0) >= depth:
            continue
        if depth > MAX_DEPTH:
            return join_pointer("", *tokens)
        seen[id(value)] = depth
        items = value.items() if isinstance(value, dict) else enumerate(value)
        stack.extend((child, depth + 1, (*tokens, key)) for key, child in items)
    return None


def _long_string(length: int) -> str:
    return f"a string of {length:,} characters, over the {MAX_STRING_CHARS:,}-character limit"


_LONG_STRING_HINT = "shorten it; put long documentation outside the spec and link to it"


# ---- YAML: an iterative builder over libyaml events ----------------------------------------------------


_MERGE = object()  # a `<<` key
_UNSUPPORTED_TAG_HINT = "remove the tag: a spec holds only JSON data (objects, lists, scalars)"


def _scalar_kind(tag: str | None, line: int | None) -> str | None:
    """"int" for `!!int` and so on; None for no tag or `!`; an error for a tag outside JSON's data model."""
    if tag is None or tag == "!":
        return None
    kind = tag.removeprefix(TAG_PREFIX)
    if not tag.startswith(TAG_PREFIX) or kind not in _SCALAR_KINDS:
        raise ParseLimitError(f"unsupported YAML tag {tag!r}", line, _UNSUPPORTED_TAG_HINT)
    return kind


def _checked_scalar(convert: Callable[[str], Any], text: str, line: int | None) -> Any:
    try:
        return convert(text)
    except ScalarError as exc:
        raise ParseLimitError(f"not valid YAML: {exc}", line, "remove the tag or fix the value") from None
    except ValueError as exc:  # Python's limit on the digits of an int
        if "digits" in str(exc):
            raise ParseLimitError("a number has more than 4,300 digits", line, "write it as a string") from None
        raise


def _json_key(key: Any) -> Any:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key) if isinstance(key, (int, float)) else key


@dataclass
class _Frame:
    """A mapping or list being built."""

    is_map: bool
    line: int
    anchor: str | None
    items: list[Any] = field(default_factory=list)  # list items, or alternating keys and values
    merges: list[Any] = field(default_factory=list)  # values of `<<` keys, in order
    size: int = 1  # values in this subtree, aliases expanded
    height: int = 1

    @property
    def wants_key(self) -> bool:
        return self.is_map and len(self.items) % 2 == 0


class _YamlBuilder:
    """Turns one YAML document into dicts, lists and scalars, enforcing the limits while it goes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # name → (value, size, height)
        self.open_anchors: set[str] = set()
        self.alias_values = 0
        self.root: Any = None
        self.documents = 0

    def build(self) -> Any:
        loader = _Loader(self.text)
        try:
            while True:
                event = loader.get_event()  # type: ignore[no-untyped-call]
                if event is None:
                    break
                self._event(event)
        finally:
            loader.dispose()
        return self.root

    def _event(self, event: yaml.Event) -> None:
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, yaml.ScalarEvent):
            if len(event.value) > MAX_STRING_CHARS:
                raise ParseLimitError(_long_string(len(event.value)), line, _LONG_STRING_HINT)
            value = self._scalar(event, line)
            self._add(value, 1, 0, line, event.anchor)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event, line)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            is_map = isinstance(event, yaml.MappingStartEvent)
            tag = event.tag
            if tag not in (None, "!", _MAP_TAG if is_map else _SEQ_TAG):
                raise ParseLimitError(f"unsupported YAML tag {tag!r}", line, _UNSUPPORTED_TAG_HINT)
            if len(self.stack) >= MAX_DEPTH:
                raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels", line,
                                      _FLATTEN_HINT)
            if self.stack and self.stack[-1].wants_key:
                raise ParseLimitError("a mapping key is a list or a mapping", line,
                                      "use plain strings as keys, as in JSON")
            if event.anchor is not None:
                self.open_anchors.add(event.anchor)
            self.stack.append(_Frame(is_map, line or 0, event.anchor))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = self.stack.pop()
            value = self._finish(frame)
            if frame.anchor is not None:
                self.open_anchors.discard(frame.anchor)
            self._add(value, frame.size, frame.height, frame.line, frame.anchor)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise ParseLimitError("more than one YAML document in the file", line,
                                      "keep one document per file (remove the extra `---`)")

    def _scalar(self, event: yaml.ScalarEvent, line: int | None) -> Any:
        """The value of a scalar (see scalars.py); a mapping key is its text as written (JSON keys are strings)."""
        tag = event.tag
        kind = _scalar_kind(tag, line)
        plain = tag is None and event.implicit[0]
        if self.stack and self.stack[-1].wants_key:
            return _MERGE if plain and event.value == "<<" else event.value
        if plain:
            return _checked_scalar(plain_scalar, event.value, line)
        if kind is None:  # quoted, a block scalar, or the non-specific tag `!`
            return event.value
        return _checked_scalar(partial(tagged_scalar, kind), event.value, line)

    def _alias(self, event: yaml.AliasEvent, line: int | None) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise ParseLimitError(f"the YAML alias *{name} is inside the value it refers to (a recursive alias)",
                                  line, "JSON data cannot contain itself; use a $ref for recursive schemas")
        if name not in self.anchors:
            raise ParseLimitError(f"the YAML alias *{name} refers to no anchor &{name} before it", line, _LINE_HINT)
        value, size, height = self.anchors[name]
        self.alias_values += size
        if self.alias_values > MAX_ALIAS_VALUES:
            raise ParseLimitError(
                f"YAML aliases expand to more than {MAX_ALIAS_VALUES:,} values (a 'billion laughs' document)",
                line, "write the data out, or share it with $ref instead of YAML aliases",
            )
        if len(self.stack) + height > MAX_DEPTH:
            raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels (through the alias *{name})", line,
                                  _FLATTEN_HINT)
        self._add(value, size, height, line, None)

    def _add(self, value: Any, size: int, height: int, line: int | None, anchor: str | None) -> None:
        if anchor is not None:
            self.anchors[anchor] = (value, size, height)
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if parent.wants_key:
            if isinstance(value, (dict, list)):
                raise ParseLimitError("a mapping key is a list or a mapping", line,
                                      "use plain strings as keys, as in JSON")
            value = value if value is _MERGE else _json_key(value)
        parent.items.append(value)
        parent.size += size
        parent.height = max(parent.height, height + 1)

    def _finish(self, frame: _Frame) -> Any:
        if not frame.is_map:
            return frame.items
        pairs: list[tuple[Any, Any]] = []
        merged: list[tuple[Any, Any]] = []
        items = frame.items
        for index in range(0, len(items) - 1, 2):
            key, value = items[index], items[index + 1]
            if key is not _MERGE:
                pairs.append((key, value))
                continue
            sources = list(reversed(value)) if isinstance(value, list) else [value]
            for source in sources:
                if not isinstance(source, dict):
                    raise ParseLimitError("a `<<` merge key needs a mapping or a list of mappings", frame.line,
                                          "merge mappings only")
                merged.extend(source.items())
        return dict(merged + pairs) if merged else dict(pairs)


# ---- lines of JSON pointers ----------------------------------------------------------------------------

# A line tree: (line, children) with children a dict of raw key → tree, a list of trees, or None for a leaf.
_Tree = tuple[int, Any]


def _line_tree(text: str) -> _Tree | None:
    """Where each value of a YAML/JSON text starts; iterative, and not deeper than MAX_DEPTH."""
    loader = _Loader(text)
    stack: list[tuple[int, Any, list[Any]]] = []  # (line, children, the key awaiting its value)
    root: _Tree | None = None
    skipped = 0  # depth inside a collection below MAX_DEPTH, kept as one leaf
    try:
        while True:
            event = loader.get_event()  # type: ignore[no-untyped-call]
            if event is None:
                break
            line = event.start_mark.line + 1
            starts = isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent))
            ends = isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent))
            if skipped:
                skipped += 1 if starts else -1 if ends else 0
                continue
            if starts and len(stack) >= MAX_DEPTH:
                skipped = 1
                node: _Tree = (line, None)
            elif starts:
                stack.append((line, {} if isinstance(event, yaml.MappingStartEvent) else [], []))
                continue
            elif ends:
                start, children, _ = stack.pop()
                node = (start, children)
            elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                node = (line, None)
                if stack and isinstance(stack[-1][1], dict) and not stack[-1][2]:
                    stack[-1][2].append(event.value if isinstance(event, yaml.ScalarEvent) else None)
                    continue
            else:
                continue
            if not stack:
                root = node
                continue
            _, children, pending = stack[-1]
            if isinstance(children, list):
                children.append(node)
            elif pending:
                key = pending.pop()
                if isinstance(key, str) and key not in children:
                    children[key] = node
            else:  # a collection used as a key: its value will be dropped
                pending.append(None)
    except (yaml.YAMLError, RecursionError, MemoryError):
        return None
    finally:
        loader.dispose()
    return root


@dataclass
class LineIndex:
    """Maps JSON pointers of one YAML/JSON file to 1-based lines; built lazily, only when reporting."""

    path: Path
    _root: _Tree | None = None
    _built: bool = False
    _cache: dict[str, int | None] = field(default_factory=dict)

    def _tree(self) -> _Tree | None:
        if not self._built:
            self._built = True
            try:
                if self.path.stat().st_size <= MAX_FILE_BYTES:
                    self._root = _line_tree(self.path.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError):
                self._root = None
        return self._root

    def line_of(self, pointer: str) -> int | None:
        if pointer not in self._cache:
            self._cache[pointer] = self._find(pointer)
        return self._cache[pointer]

    def _find(self, pointer: str) -> int | None:
        node = self._tree()
        if node is None:
            return None
        line = node[0]
        for token in split_pointer(pointer):
            children = node[1]
            child: _Tree | None = None
            if isinstance(children, dict):
                child = children.get(token)
            elif isinstance(children, list) and token.isdigit() and int(token) < len(children):
                child = children[int(token)]
            if child is None:
                return line
            node = child
            line = node[0]
        return line


def split_pointer(pointer: str) -> list[str]:
    """'/a~1b/0' → ['a/b', '0'] (RFC 6901)."""
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]
