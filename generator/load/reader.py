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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..findings import Findings, Location, join_pointer
from .json_lines import json_line_tree
from .prescan import flow_depth_line
from .yaml_builder import (
    FLATTEN_HINT,
    LINE_HINT,
    LONG_STRING_HINT,
    MAX_ALIAS_VALUES,
    MAX_DEPTH,
    MAX_STRING_CHARS,
    LineTree,
    Loader,
    ParseLimitError,
    YamlBuilder,
    long_string,
)

__all__ = ["MAX_ALIAS_VALUES", "MAX_DEPTH", "MAX_FILE_BYTES", "MAX_STRING_CHARS", "LineIndex", "ParseLimitError",
           "parse_text", "read_file", "split_pointer", "too_deep"]

MAX_FILE_BYTES = 64 * 1024 * 1024


# ---- reading a file -------------------------------------------------------------------------------


def read_file(path: Path, findings: Findings, lines: dict[Path, LineIndex] | None = None) -> Any:
    """Read and parse one file; problems become findings and the result is None. When parsing found the lines of
    the values (YAML), their LineIndex goes to `lines` under the resolved path."""
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
    return parse_text(text, path, findings, lines)


def _looks_like_json(path: Path, text: str) -> bool:
    return path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "[")


def parse_text(text: str, path: Path, findings: Findings, lines: dict[Path, LineIndex] | None = None) -> Any:
    """Parse spec text; JSON goes through the json module, everything else through YAML (see read_file)."""
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
                                      FLATTEN_HINT) from None
            except ValueError as exc:  # e.g. an integer of more than 4300 digits
                raise _number_error(text, exc) from None
            else:
                _check_json_data(data, path)
                return data
        deep_line = flow_depth_line(text, MAX_DEPTH)
        if deep_line is not None:
            raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels", deep_line, FLATTEN_HINT)
        builder = YamlBuilder(text)
        data = builder.build()
        if lines is not None and builder.lines is not None:
            lines[path.resolve()] = LineIndex(path, builder.lines, True)
        return data
    except ParseLimitError as exc:
        findings.error(exc.message, Location(where, exc.pointer if isinstance(exc, _PointerError) else "", exc.line),
                       exc.hint)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "syntax error"
        findings.error(f"not valid YAML: {problem}", Location(where, "", line), LINE_HINT)
    except yaml.YAMLError as exc:
        findings.error(f"not valid YAML: {_one_line(str(exc))}", Location(where), LINE_HINT)
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
                raise _PointerError(long_string(len(value)), pointer, LineIndex(path).line_of(pointer),
                                    LONG_STRING_HINT)
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            pointer = join_pointer("", *tokens)
            raise _PointerError(f"nesting deeper than {MAX_DEPTH} levels", pointer, LineIndex(path).line_of(pointer),
                                FLATTEN_HINT)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            if isinstance(key, str) and len(key) > MAX_STRING_CHARS:
                pointer = join_pointer("", *tokens)
                raise _PointerError(long_string(len(key)), pointer, LineIndex(path).line_of(pointer),
                                    LONG_STRING_HINT)
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


# ---- lines of JSON pointers ----------------------------------------------------------------------------

def line_tree(text: str) -> LineTree | None:
    """Where each value of a YAML/JSON text starts (see yaml_builder.LineTree); iterative, and not deeper than
    MAX_DEPTH. For a file that was not parsed as YAML (JSON, or a file parsing refused)."""
    loader = Loader(text)
    stack: list[tuple[int, Any, list[Any]]] = []  # (line, children, the key awaiting its value)
    root: LineTree | None = None
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
                node: LineTree = line
            elif starts:
                stack.append((line, {} if isinstance(event, yaml.MappingStartEvent) else [], []))
                continue
            elif ends:
                start, children, _ = stack.pop()
                node = (start, children)
            elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                node = line
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
    _root: LineTree | None = None
    _built: bool = False
    _cache: dict[str, int | None] = field(default_factory=dict)

    def _tree(self) -> LineTree | None:
        if not self._built:
            self._built = True
            try:
                if self.path.stat().st_size <= MAX_FILE_BYTES:
                    text = self.path.read_text(encoding="utf-8-sig")
                    tree = json_line_tree(text) if _looks_like_json(self.path, text) else None
                    self._root = tree if tree is not None else line_tree(text)
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
        for token in split_pointer(pointer):
            if isinstance(node, int):
                return node
            line, children = node
            child: LineTree | None = None
            if isinstance(children, dict):
                child = children.get(token)
            elif token.isdigit() and int(token) < len(children):
                child = children[int(token)]
            if child is None:
                return line
            node = child
        return node if isinstance(node, int) else node[0]


def split_pointer(pointer: str) -> list[str]:
    """'/a~1b/0' → ['a/b', '0'] (RFC 6901)."""
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]
