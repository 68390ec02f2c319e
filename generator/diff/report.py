"""A list of changes as JSON, a Markdown changelog section, terminal text, or one summary line."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .change import Change


@dataclass(frozen=True)
class Side:
    """What one side of the comparison is: the path given, and the API's title and version."""

    label: str
    title: str
    version: str

    def plain(self) -> dict[str, str]:
        return {"source": self.label, "title": self.title, "version": self.version}

    def __str__(self) -> str:
        return f"{self.label} ({self.title} {self.version})" if self.version else self.label


def summary(changes: Sequence[Change]) -> dict[str, Any]:
    breaking = sum(1 for c in changes if c.severity == "breaking")
    kinds = Counter(c.kind for c in changes)
    return {"breaking": breaking, "compatible": len(changes) - breaking, "by_kind": dict(sorted(kinds.items()))}


def to_json(old: Side, new: Side, changes: Sequence[Change]) -> str:
    return json.dumps({
        "old": old.plain(),
        "new": new.plain(),
        "changes": [_plain(c) for c in changes],
        "summary": summary(changes),
    }, indent=2, ensure_ascii=False)


def _plain(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"severity": change.severity, "kind": change.kind,
                           "operation": change.operation or None, "call": change.call or None,
                           "detail": change.detail}
    if change.stream_call:
        out["stream_call"] = change.stream_call
    if change.model:
        out["model"] = change.model
        out["used_by"] = list(change.used_by)
    return out


def summary_line(changes: Sequence[Change], since: str = "") -> str:
    """`diff: 2 breaking, 5 compatible changes since HEAD`, or `diff: no API changes since HEAD`."""
    tail = f" since {since}" if since else ""
    if not changes:
        return f"diff: no API changes{tail}"
    counts = summary(changes)
    total = counts["breaking"] + counts["compatible"]
    noun = "change" if total == 1 else "changes"
    return f"diff: {counts['breaking']} breaking, {counts['compatible']} compatible {noun}{tail}"


def to_text(old: Side, new: Side, changes: Sequence[Change]) -> str:
    lines = [f"{old} → {new}", summary_line(changes)]
    for severity, title in (("breaking", "Breaking changes"), ("compatible", "Compatible changes")):
        picked = [c for c in changes if c.severity == severity]
        if picked:
            lines += ["", f"{title} ({len(picked)}):"]
            lines += [f"  {c.kind:<28} {_subject(c, '')}: {c.detail}" for c in picked]
    return "\n".join(lines)


def to_markdown(old: Side, new: Side, changes: Sequence[Change]) -> str:
    """A changelog section; one line when nothing changed."""
    version = new.version or new.label
    intro = f"From {_code(old.title)} {old.version or old.label} to {version}: {_counted(changes)}."
    if not changes:
        return f"No API changes from {_code(old.title)} {old.version or old.label} to {version}."
    lines = [f"## API changes in {version}", "", intro]
    for severity, title in (("breaking", "Breaking changes"), ("compatible", "Other changes")):
        picked = [c for c in changes if c.severity == severity]
        if picked:
            lines += ["", f"### {title}", ""]
            lines += [f"- {_subject(c, '`')}: {_markdown_text(c.detail)}" for c in picked]
    return "\n".join(lines)


def _counted(changes: Sequence[Change]) -> str:
    if not changes:
        return "no API changes"
    counts = summary(changes)
    return f"{counts['breaking']} breaking, {counts['compatible']} compatible"


def _subject(change: Change, quote: str) -> str:
    if change.call:
        stream = f" and {quote}{change.stream_call}(){quote}" if change.stream_call else ""
        return f"{quote}{change.call}(){quote}{stream} ({quote}{change.operation}{quote})"
    used = ", ".join(f"{quote}{call}{quote}" for call in change.used_by[:3])
    more = f" and {len(change.used_by) - 3} more" if len(change.used_by) > 3 else ""
    return f"{quote}{change.model}{quote}" + (f" (used by {used}{more})" if used else "")


def _code(text: str) -> str:
    return text.replace("\n", " ")


def _markdown_text(text: str) -> str:
    """Details hold spec text (names, enum values): keep it on one line; backticks already mark code."""
    return " ".join(text.split()).replace("<", "&lt;")
