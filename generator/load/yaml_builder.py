"""YAML text → plain Python data and the line of every value, in one pass over libyaml's event stream.

The builder is iterative (no recursion, so no stack overflow however deep the input) and enforces the reading
limits while it goes (see reader.py). Scalars follow the YAML 1.2 core schema (scalars.py); anchors and `<<`
merge keys are supported; tags outside JSON's data model are refused.

Beside the data it records a line tree, the lines that reader.LineIndex looks JSON pointers up in: a leaf is
the line of a scalar or an alias (an int), a mapping or a list is `(line, children)` with children a dict of
each key as written (the first of equal keys) or a list. It is the tree reader.line_tree makes from the same
text, made here because findings usually need lines and a second parse costs as much as the first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import yaml

from .scalars import MAYBE_NOT_STRING, TAG_PREFIX, ScalarError, plain_scalar, tagged_scalar

Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 100  # nested mappings/lists; real specs stay under 30, and deeper schemas cannot become Python
MAX_STRING_CHARS = 1_000_000  # one string (a description, an example); real specs stay under 10,000
MAX_ALIAS_VALUES = 1_000_000  # values added by expanding YAML aliases, counted as if copied out

# A line tree: an int (the line of a leaf), or (line, children) with children a dict of raw key → tree or a list.
LineTree = int | tuple[int, Any]

_MAP_TAG = TAG_PREFIX + "map"
_SEQ_TAG = TAG_PREFIX + "seq"
_SCALAR_KINDS = frozenset({"null", "bool", "int", "float", "str", "timestamp"})
LINE_HINT = "fix the YAML syntax"
FLATTEN_HINT = "flatten the document: move nested schemas to components and use $ref"
LONG_STRING_HINT = "shorten it; put long documentation outside the spec and link to it"
_UNSUPPORTED_TAG_HINT = "remove the tag: a spec holds only JSON data (objects, lists, scalars)"
_MERGE = object()  # a `<<` key


class ParseLimitError(Exception):
    """The input breaks one of the limits above, or cannot be represented as JSON data."""

    def __init__(self, message: str, line: int | None, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.hint = hint


def long_string(length: int) -> str:
    return f"a string of {length:,} characters, over the {MAX_STRING_CHARS:,}-character limit"


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


def _line(event: yaml.Event) -> int:
    """The 1-based line an event starts on (libyaml and PyYAML always give one)."""
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 0


class _Frame:
    """A mapping or list being built, with the line tree of its children."""

    __slots__ = ("anchor", "children", "height", "is_map", "items", "key", "line", "merges", "size", "wants_key")

    def __init__(self, is_map: bool, line: int, anchor: str | None) -> None:
        self.is_map = is_map
        self.line = line
        self.anchor = anchor
        self.items: list[Any] = []  # list items, or alternating keys and values
        self.children: Any = {} if is_map else []  # line trees: by raw key (the first of equal keys), or in order
        self.key: Any = None  # the raw key awaiting its value (None: not a string, no line kept)
        self.wants_key = is_map
        self.merges = False  # whether a `<<` key was met
        self.size = 1  # plus len(items): the values in this subtree, aliases expanded
        self.height = 1

    def place(self, tree: LineTree) -> None:
        """Keep the line tree of the value just added (not of a key); a mapping then waits for its next key."""
        if self.is_map:
            key, children = self.key, self.children
            if key is not None and key not in children:
                children[key] = tree
            self.wants_key = True
        else:
            self.children.append(tree)


class YamlBuilder:
    """Turns one YAML document into dicts, lists and scalars, enforcing the limits while it goes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # name → (value, size, height)
        self.open_anchors: set[str] = set()
        self.alias_values = 0
        self.root: Any = None
        self.lines: LineTree | None = None  # the root's line tree, once built
        self.documents = 0

    def build(self) -> Any:
        loader = Loader(self.text)
        get_event = loader.get_event
        scalar, mapping, sequence = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        stack = self.stack
        try:
            while (event := get_event()) is not None:  # type: ignore[no-untyped-call]
                kind = type(event)
                if kind is scalar:
                    # the common case, inline: an untagged scalar without anchor inside a mapping or list
                    if event.tag is not None or event.anchor is not None or not stack:
                        self._scalar(event)
                        continue
                    parent = stack[-1]
                    text = event.value
                    if parent.wants_key:
                        if (text == "<<" and event.implicit[0]) or len(text) > MAX_STRING_CHARS:
                            self._scalar(event)
                            continue
                        parent.key = text
                        parent.wants_key = False
                        parent.items.append(text)
                        continue
                    line = event.start_mark.line + 1
                    if len(text) > MAX_STRING_CHARS:
                        raise ParseLimitError(long_string(len(text)), line, LONG_STRING_HINT)
                    if text and text[0] not in MAYBE_NOT_STRING or not event.implicit[0]:
                        parent.items.append(text)
                    else:
                        parent.items.append(_checked_scalar(plain_scalar, text, line))
                    parent.place(line)
                elif kind is mapping or kind is sequence:
                    self._start(event, kind is mapping)
                elif kind in ends:
                    self._end()
                elif kind is yaml.AliasEvent:
                    self._alias(event, _line(event))
                elif kind is yaml.DocumentStartEvent:
                    self._document(_line(event))
        finally:
            loader.dispose()
        return self.root

    def _document(self, line: int) -> None:
        self.documents += 1
        if self.documents > 1:
            raise ParseLimitError("more than one YAML document in the file", line,
                                  "keep one document per file (remove the extra `---`)")

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        """Any scalar the loop in `build` leaves out: tagged, anchored, a `<<` key, too long or the whole document."""
        line = _line(event)
        text = event.value
        if len(text) > MAX_STRING_CHARS:
            raise ParseLimitError(long_string(len(text)), line, LONG_STRING_HINT)
        self._tagged_scalar(event, text, line)

    def _tagged_scalar(self, event: yaml.ScalarEvent, text: str, line: int) -> None:
        """Any scalar: tagged, anchored, a `<<` key or the whole document."""
        tag = event.tag
        kind = _scalar_kind(tag, line)
        plain = tag is None and event.implicit[0]
        value: Any
        if self.stack and self.stack[-1].wants_key:
            value = _MERGE if plain and text == "<<" else text
        elif plain:
            value = _checked_scalar(plain_scalar, text, line)
        elif kind is None:  # quoted, a block scalar, or the non-specific tag `!`
            value = text
        else:
            value = _checked_scalar(partial(tagged_scalar, kind), text, line)
        self._add(value, 1, 0, line, event.anchor, line, text)

    def _start(self, event: yaml.CollectionStartEvent, is_map: bool) -> None:
        line = _line(event)
        tag = event.tag
        if tag is not None and tag != "!" and tag != (_MAP_TAG if is_map else _SEQ_TAG):
            raise ParseLimitError(f"unsupported YAML tag {tag!r}", line, _UNSUPPORTED_TAG_HINT)
        if len(self.stack) >= MAX_DEPTH:
            raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels", line, FLATTEN_HINT)
        if self.stack and self.stack[-1].wants_key:
            raise ParseLimitError("a mapping key is a list or a mapping", line, "use plain strings as keys, as in JSON")
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(is_map, line, event.anchor))

    def _end(self) -> None:
        frame = self.stack.pop()
        value = self._finish(frame)
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
        self._add(value, frame.size + len(frame.items), frame.height, frame.line, frame.anchor,
                  (frame.line, frame.children), None)

    def _alias(self, event: yaml.AliasEvent, line: int) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise ParseLimitError(f"the YAML alias *{name} is inside the value it refers to (a recursive alias)",
                                  line, "JSON data cannot contain itself; use a $ref for recursive schemas")
        if name not in self.anchors:
            raise ParseLimitError(f"the YAML alias *{name} refers to no anchor &{name} before it", line, LINE_HINT)
        value, size, height = self.anchors[name]
        self.alias_values += size
        if self.alias_values > MAX_ALIAS_VALUES:
            raise ParseLimitError(
                f"YAML aliases expand to more than {MAX_ALIAS_VALUES:,} values (a 'billion laughs' document)",
                line, "write the data out, or share it with $ref instead of YAML aliases",
            )
        if len(self.stack) + height > MAX_DEPTH:
            raise ParseLimitError(f"nesting deeper than {MAX_DEPTH} levels (through the alias *{name})", line,
                                  FLATTEN_HINT)
        self._add(value, size, height, line, None, line, None)

    def _add(self, value: Any, size: int, height: int, line: int, anchor: str | None, tree: LineTree,
             raw_key: str | None) -> None:
        """Add a value to the collection being built; `tree` is its line tree, `raw_key` its text when a key."""
        if anchor is not None:
            self.anchors[anchor] = (value, size, height)
        if not self.stack:
            self.root, self.lines = value, tree
            return
        parent = self.stack[-1]
        if parent.wants_key:
            if isinstance(value, (dict, list)):
                raise ParseLimitError("a mapping key is a list or a mapping", line,
                                      "use plain strings as keys, as in JSON")
            if value is _MERGE:
                parent.merges = True
            elif type(value) is not str:
                value = _json_key(value)
            parent.key, parent.wants_key = raw_key, False
        else:
            parent.place(tree)
        parent.items.append(value)
        parent.size += size - 1  # each item counts one by itself
        if height >= parent.height:
            parent.height = height + 1

    @staticmethod
    def _finish(frame: _Frame) -> Any:
        items = frame.items
        if not frame.is_map:
            return items
        if not frame.merges:
            return dict(zip(items[::2], items[1::2]))
        pairs: list[tuple[Any, Any]] = []
        merged: list[tuple[Any, Any]] = []
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
