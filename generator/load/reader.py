"""Read one spec file (YAML or JSON) into plain Python data, and find lines for JSON pointers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..findings import Findings, Location

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 64 * 1024 * 1024


class _StrictLoader(_Loader):  # type: ignore[valid-type,misc]
    """SafeLoader (C-accelerated when available) whose mapping keys are always strings, as in JSON."""


def _json_key(key: Any) -> Any:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key) if isinstance(key, (int, float)) else key


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    pairs = loader.construct_pairs(node, deep=True)
    return {_json_key(k): v for k, v in pairs}


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))  # JSON has no dates: `2024-01-01` stays the string it is in JSON


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _looks_like_json(path: Path, text: str) -> bool:
    return path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "[")


def parse_text(text: str, path: Path, findings: Findings) -> Any:
    """Parse spec text; JSON goes through the json module, everything else through YAML."""
    where = str(path)
    if _looks_like_json(path, text):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if path.suffix.lower() == ".json":
                findings.error(
                    f"not valid JSON: {exc.msg}",
                    Location(where, "", exc.lineno),
                    "fix the JSON syntax at that line",
                )
                return None
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        findings.error(f"not valid YAML: {exc.problem}", Location(where, "", line), "fix the YAML syntax")
    except yaml.YAMLError as exc:
        findings.error(f"not valid YAML: {exc}", Location(where), "fix the YAML syntax")
    except RecursionError:
        findings.error("nesting too deep to parse", Location(where), "flatten the document")
    return None


def read_file(path: Path, findings: Findings) -> Any:
    """Read and parse one file; problems become findings and the result is None."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            findings.error(f"file is {size} bytes, over the {MAX_FILE_BYTES} limit", Location(where))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        findings.error(f"cannot read file: {exc.strerror}", Location(where), "check the path")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        findings.error(
            f"not UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})",
            Location(where),
            "save the file as UTF-8",
        )
        return None
    return parse_text(text, path, findings)


@dataclass
class LineIndex:
    """Maps JSON pointers of one YAML/JSON file to 1-based lines; built lazily, only when reporting."""

    path: Path
    _root: yaml.Node | None = None
    _built: bool = False
    _cache: dict[str, int | None] = field(default_factory=dict)

    def _compose(self) -> yaml.Node | None:
        if not self._built:
            self._built = True
            try:
                text = self.path.read_text(encoding="utf-8-sig")
                self._root = yaml.compose(text, Loader=_StrictLoader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
                self._root = None
        return self._root

    def line_of(self, pointer: str) -> int | None:
        if pointer not in self._cache:
            self._cache[pointer] = self._find(pointer)
        return self._cache[pointer]

    def _find(self, pointer: str) -> int | None:
        node = self._compose()
        if node is None:
            return None
        line = node.start_mark.line + 1
        for token in split_pointer(pointer):
            child = _child(node, token)
            if child is None:
                return line
            node = child
            line = node.start_mark.line + 1
        return line


def _child(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                return value  # type: ignore[no-any-return]
    if isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
        return node.value[int(token)]  # type: ignore[no-any-return]
    return None


def split_pointer(pointer: str) -> list[str]:
    """'/a~1b/0' → ['a/b', '0'] (RFC 6901)."""
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]
