"""A loaded spec: the root file, the files it refers to, and `$ref` resolution across them."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote

from ..findings import Findings, Location, Severity, join_pointer
from .reader import LineIndex, read_file, split_pointer

MAX_REF_HOPS = 64
T = TypeVar("T")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")  # http:, https:, file:, ... (not a Windows drive, C:)


@dataclass(frozen=True, slots=True)
class Node:
    """A value inside the spec and where it is: the file and the JSON pointer."""

    value: Any
    file: Path
    pointer: str

    def child(self, *tokens: str | int) -> Node:
        value = self.value
        for token in tokens:
            value = value[token]
        return Node(value, self.file, join_pointer(self.pointer, *tokens))

    def get(self, key: str) -> Node | None:
        if isinstance(self.value, dict) and key in self.value:
            return Node(self.value[key], self.file, join_pointer(self.pointer, key))
        return None

    @property
    def ref_key(self) -> str:
        """A stable identity for this place, used to name and deduplicate schemas."""
        return f"{self.file.as_posix()}#{self.pointer}"


@dataclass(frozen=True)
class DocumentState:
    findings: int
    reported: frozenset[tuple[Path, str]]
    files: dict[Path, Any]


@dataclass
class Document:
    """The root spec (after overlays) plus every file reached through `$ref`."""

    root_path: Path
    root: Any
    allow_outside_refs: bool = False
    findings: Findings = field(default_factory=Findings)
    _files: dict[Path, Any] = field(default_factory=dict)
    _lines: dict[Path, LineIndex] = field(default_factory=dict)
    _reported: set[tuple[Path, str]] = field(default_factory=set)
    _shown: dict[tuple[Path, str], str] = field(default_factory=dict)  # display(): (file, working folder) → text
    # `$ref`s where OpenAPI allows none (load/misplaced.py): (displayed file, JSON pointer)
    misplaced_refs: set[tuple[str, str]] = field(default_factory=set)
    # validation still running in the background (load/background.py): call it to add its findings
    pending_validation: Callable[[], None] | None = None
    _quiet: bool = False

    def __post_init__(self) -> None:
        self.root_path = self.root_path.resolve()
        self._files[self.root_path] = self.root

    def keep_lines(self, lines: dict[Path, LineIndex]) -> None:
        """Line indexes already made while the files were read (by resolved path)."""
        self._lines.update(lines)

    def state(self) -> DocumentState:
        """What later work adds to: the findings, the places reported, the files read."""
        return DocumentState(len(self.findings.items), frozenset(self._reported), dict(self._files))

    def restore(self, state: DocumentState) -> None:
        """Back to an earlier state: what was added since is forgotten."""
        del self.findings.items[state.findings:]
        self._reported = set(state.reported)
        self._files = dict(state.files)

    def quietly(self, work: Callable[[], T]) -> T:
        """`work()`, leaving no trace: no findings, no places marked reported, no files kept. Problems are not
        even placed (placing the first one parses the whole file again for its lines)."""
        before, self._quiet = self.state(), True
        try:
            return work()
        finally:
            self._quiet = False
            self.restore(before)

    @property
    def root_node(self) -> Node:
        return Node(self.root, self.root_path, "")

    def location(self, file: Path, pointer: str) -> Location:
        index = self._lines.setdefault(file, LineIndex(file))
        return Location(self.display(file), pointer, index.line_of(pointer))

    def where(self, node: Node) -> Location:
        return self.location(node.file, node.pointer)

    def display(self, file: Path) -> str:
        cwd = os.getcwd()
        shown = self._shown.get((file, cwd))
        if shown is None:
            try:
                shown = str(file.relative_to(Path(cwd)))
            except ValueError:
                shown = str(file)
            self._shown[(file, cwd)] = shown
        return shown

    def _load(self, path: Path, node: Node, ref: str) -> Any:
        """The data of a referenced file, read once; None (with an error at the `$ref`) when unusable."""
        if path in self._files:
            return self._files[path]
        found = Findings()
        data = self._files[path] = read_file(path, found, self._lines) if path.is_file() else None
        if data is None:
            for finding in found.items:  # the file's own problems, at their own lines
                where = finding.location
                if where.file == str(path):
                    where = Location(self.display(path), where.pointer, where.line)
                self.findings.add(finding.severity, finding.message, where, finding.hint)
            if path.is_file():
                self._report(node, f"$ref {ref!r}: {self.display(path)} cannot be used",
                             "fix that file (its own errors are listed)", "error")
            else:
                problem = "does not exist" if not path.exists() else "is not a file"
                self._report(node, f"$ref {ref!r}: {self.display(path)} {problem}",
                             "fix the path (it is relative to the file that holds the $ref)", "error")
        return data

    def _target_file(self, target: str, base: Node) -> Path | None:
        if _SCHEME.match(target) or target.startswith("//"):
            self._report(base, f"remote $ref {base.value['$ref']!r} is refused: only local files are read",
                         "download the file next to the spec and refer to it by a relative path", "error")
            return None
        path = (base.file.parent / unquote(target)).resolve()
        folder = self.root_path.parent
        if not self.allow_outside_refs and not path.is_relative_to(folder):
            self._report(base, f"$ref {base.value['$ref']!r} points outside the spec's folder {self.display(folder)}",
                         "move the file into the spec's folder, or pass --allow-outside-refs", "error")
            return None
        return path

    def _report(self, node: Node, message: str, hint: str, severity: Severity = "warning") -> None:
        if self._quiet:
            return
        if (node.file, node.pointer) not in self._reported:
            self._reported.add((node.file, node.pointer))
            self.findings.add(severity, message, self.where(node), hint)

    def resolve_once(self, node: Node) -> Node | None:
        """Follow one `$ref` at `node`; None (with a finding) when it points nowhere."""
        ref = node.value.get("$ref") if isinstance(node.value, dict) else None
        if not isinstance(ref, str):
            return node
        target, _, fragment = ref.partition("#")
        file = node.file if not target else self._target_file(target, node)
        if file is None:
            return None
        data = self._load(file, node, ref)
        if data is None:
            self._report(node, f"$ref {ref!r}: {self.display(file)} could not be read", "fix the path", "error")
            return None
        value: Any = data
        pointer = unquote(fragment)
        for token in split_pointer(pointer):
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                self._report(node, f"$ref {ref!r} points to nothing", "fix the reference or add the target")
                return None
        return Node(value, file, pointer)

    def resolve(self, node: Node) -> Node | None:
        """Follow `$ref`s until a value that is not a bare reference; None when dangling or circular."""
        seen: set[str] = set()
        current: Node | None = node
        for _ in range(MAX_REF_HOPS):
            if current is None or not is_ref(current.value):
                return current
            if current.ref_key in seen:
                self._report(node, "$ref chain loops back to itself without reaching a definition",
                             "point one of the $refs at a real schema", "error")
                return None
            seen.add(current.ref_key)
            current = self.resolve_once(current)
        self._report(node, f"$ref chain longer than {MAX_REF_HOPS} hops", "point the $ref at the definition itself",
                     "error")
        return None


def is_ref(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("$ref"), str)
