"""Problems found in a spec, kept as values and reported together with their location."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    text = token if type(token) is str else str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """Append tokens to a JSON pointer: join_pointer('/paths', '/a/{b}') == '/paths/~1a~1{b}'."""
    if len(tokens) == 1:  # the common cases, without a generator
        return pointer + "/" + escape_pointer_token(tokens[0])
    if len(tokens) == 2:
        return pointer + "/" + escape_pointer_token(tokens[0]) + "/" + escape_pointer_token(tokens[1])
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is: a file, a JSON pointer inside it, and the line when known."""

    file: str
    pointer: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where} #{self.pointer}" if self.pointer else where


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: what, where, and what to do about it."""

    severity: Severity
    message: str
    location: Location
    hint: str = ""

    def render(self) -> str:
        text = f"{self.location}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


@dataclass
class Findings:
    """An accumulator passed through a stage; stages add to it instead of raising."""

    items: list[Finding] = field(default_factory=list)

    def add(self, severity: Severity, message: str, location: Location, hint: str = "") -> None:
        self.items.append(Finding(severity, message, location, hint))

    def warn(self, message: str, location: Location, hint: str = "") -> None:
        self.add("warning", message, location, hint)

    def error(self, message: str, location: Location, hint: str = "") -> None:
        self.add("error", message, location, hint)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.items if f.severity == "error"]


class SpecError(Exception):
    """Raised at a boundary when a spec cannot be turned into a client; carries every finding."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(f.render() for f in findings))
