"""JSONPath (RFC 9535) for overlay targets: `compile_path(text)` once, then `JsonPath.find(document)`.

Selectors: quoted name, `*`, index, filter (no slices); child (`.name`, `[...]`) and descendant (`..name`, `..*`,
`..[...]`) segments. Filters compare literals and singular queries (`@.a.b`, `$['x'][0]`) with == != < <= > >=,
test existence (`@.key`), and combine with `&&`, `||`, `!` and parentheses; function extensions (`length()`, ...)
are not supported. Leniency: a dotted member name may contain '-' after its first character (`$.info.x-logo`).
Documents are acyclic trees of dicts and lists, walked iteratively (deep documents are fine); results come in
the RFC's order (document order within each step), duplicates kept.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple, NoReturn

from ..findings import join_pointer

MAX_NESTING = 32
_MAX_INDEX = 2**53 - 1
_BLANK = " \t\n\r"
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")
_SINGULAR_ONLY = "a comparison needs a singular query (only .name, ['name'] or [index] segments)"


class JsonPathError(ValueError):
    """A syntax error in a JSONPath; `position` is the 0-based index of the offending character."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at position {position}")
        self.message = message
        self.position = position


@dataclass(frozen=True, slots=True)
class Match:
    """One selected node: its value, where it sits (parent container and key) and its JSON pointer."""

    value: Any
    parent: dict[Any, Any] | list[Any] | None
    key: str | int | None
    pointer: str


class _Node(NamedTuple):
    """A node while evaluating; `up` links to the node above, so pointers are built only for results."""

    value: Any
    parent: dict[Any, Any] | list[Any] | None
    key: str | int | None
    up: _Node | None


# --- syntax: selectors are data, filter expressions compile to functions of (current node, root) ----


_Nodes = Callable[[Any, Any], list[_Node]]
_Operand = Callable[[Any, Any], Any]
_Predicate = Callable[[Any, Any], bool]


@dataclass(frozen=True, slots=True)
class _Name:
    name: str


@dataclass(frozen=True, slots=True)
class _Wildcard:
    pass


@dataclass(frozen=True, slots=True)
class _Index:
    index: int


@dataclass(frozen=True, slots=True)
class _Filter:
    holds: _Predicate


_Selector = _Name | _Wildcard | _Index | _Filter


@dataclass(frozen=True, slots=True)
class _Segment:
    selectors: tuple[_Selector, ...]
    descendant: bool


class _ParsedQuery(NamedTuple):
    nodes: _Nodes
    singular: bool
    start: int


def _is_name_first(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or char == "_" or (char != "" and ord(char) >= 0x80)


def _is_name_char(char: str) -> bool:
    return _is_name_first(char) or char in "0123456789-"


def _is_singular(segments: tuple[_Segment, ...]) -> bool:
    return all(
        not s.descendant and len(s.selectors) == 1 and isinstance(s.selectors[0], (_Name, _Index))
        for s in segments
    )


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def fail(self, message: str, position: int | None = None) -> NoReturn:
        raise JsonPathError(message, self.pos if position is None else position)

    def at(self, literal: str) -> bool:
        return self.text.startswith(literal, self.pos)

    def eat(self, literal: str) -> bool:
        if self.at(literal):
            self.pos += len(literal)
            return True
        return False

    def skip_blank(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in _BLANK:
            self.pos += 1

    def parse(self) -> tuple[_Segment, ...]:
        if not self.eat("$"):
            self.fail("a JSONPath must start with '$'")
        segments = self.segments()
        if self.pos < len(self.text):
            self.fail(f"unexpected {self.text[self.pos]!r}")
        return segments

    def segments(self) -> tuple[_Segment, ...]:
        found: list[_Segment] = []
        while True:
            start = self.pos
            self.skip_blank()
            if not (self.at(".") or self.at("[")):
                self.pos = start
                return tuple(found)
            found.append(self.segment())

    def segment(self) -> _Segment:
        if self.eat(".."):
            if self.at("["):
                return _Segment(self.bracket(), descendant=True)
            return _Segment((self.dotted("'..'"),), descendant=True)
        if self.eat("."):
            return _Segment((self.dotted("'.'"),), descendant=False)
        return _Segment(self.bracket(), descendant=False)

    def dotted(self, after: str) -> _Selector:
        if self.eat("*"):
            return _Wildcard()
        start = self.pos
        if not _is_name_first(self.text[self.pos : self.pos + 1]):
            self.fail(f"expected a member name or '*' after {after}; quote other names: ['a/b']")
        while self.pos < len(self.text) and _is_name_char(self.text[self.pos]):
            self.pos += 1
        return _Name(self.text[start : self.pos])

    def bracket(self) -> tuple[_Selector, ...]:
        self.pos += 1  # "["
        selectors: list[_Selector] = []
        while True:
            self.skip_blank()
            selectors.append(self.selector())
            self.skip_blank()
            if self.eat("]"):
                return tuple(selectors)
            if not self.eat(","):
                self.fail("expected ',' or ']'")

    def selector(self) -> _Selector:
        char = self.text[self.pos : self.pos + 1]
        if char and char in "'\"":
            return _Name(self.string())
        if self.eat("*"):
            return _Wildcard()
        if self.eat("?"):
            self.skip_blank()
            return _Filter(self.logical())
        if char and char in ":-0123456789":
            return self.index()
        self.fail("expected a selector: a quoted name, '*', an index or a '?' filter")

    def index(self) -> _Index:
        match = _INT.match(self.text, self.pos)
        if match is None or match.group() == "-0" or abs(int(match.group())) > _MAX_INDEX:
            self.fail("expected an index: an integer without leading zeros (slices are not supported)")
        self.pos = match.end()
        self.skip_blank()
        if self.at(":"):
            self.fail("array slices (start:end:step) are not supported")
        return _Index(int(match.group()))

    def string(self) -> str:
        quote, start = self.text[self.pos], self.pos
        self.pos += 1
        parts: list[str] = []
        while True:
            if self.pos >= len(self.text):
                self.fail("unterminated string", start)
            char = self.text[self.pos]
            if char == quote:
                self.pos += 1
                return "".join(parts)
            if char == "\\":
                parts.append(self.escape(quote))
            elif ord(char) < 0x20:
                self.fail("control character in string; escape it")
            else:
                parts.append(char)
                self.pos += 1

    def escape(self, quote: str) -> str:
        self.pos += 1  # backslash
        char = self.text[self.pos : self.pos + 1]
        simple = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/", "\\": "\\", quote: quote}
        if char in simple:
            self.pos += 1
            return simple[char]
        if char != "u":
            self.fail(f"invalid escape '\\{char}'", self.pos - 1)
        start = self.pos - 1
        code = self.hex4()
        if 0xD800 <= code <= 0xDBFF and self.eat("\\") and self.at("u"):
            low = self.hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) if 0xDC00 <= low <= 0xDFFF else -1
        if 0xD800 <= code <= 0xDFFF or code < 0:
            self.fail("unpaired surrogate in '\\u' escape", start)
        return chr(code)

    def hex4(self) -> int:
        digits = self.text[self.pos + 1 : self.pos + 5]  # after "u"
        if len(digits) != 4 or any(d not in string.hexdigits for d in digits):
            self.fail("expected 4 hex digits after '\\u'")
        self.pos += 5
        return int(digits, 16)

    # filters: logical-or > logical-and > basic (parenthesized / comparison / existence test)

    def logical(self) -> _Predicate:
        self.depth += 1
        if self.depth > MAX_NESTING:
            self.fail(f"filter nested deeper than {MAX_NESTING} levels")
        alternatives = [self.conjunction()]
        while self.eat_operator("||"):
            alternatives.append(self.conjunction())
        self.depth -= 1
        return lambda current, root: any(test(current, root) for test in alternatives)

    def conjunction(self) -> _Predicate:
        conditions = [self.basic()]
        while self.eat_operator("&&"):
            conditions.append(self.basic())
        return lambda current, root: all(test(current, root) for test in conditions)

    def eat_operator(self, op: str) -> bool:
        start = self.pos
        self.skip_blank()
        if self.eat(op):
            self.skip_blank()
            return True
        self.pos = start
        return False

    def basic(self) -> _Predicate:
        negated = self.eat("!")
        if negated:
            self.skip_blank()
        if self.eat("("):
            self.skip_blank()
            inner = self.logical()
            self.skip_blank()
            if not self.eat(")"):
                self.fail("expected ')'")
            return (lambda current, root: not inner(current, root)) if negated else inner
        if self.at("@") or self.at("$"):
            query = self.query()
            if negated or not self.comparison_ahead():
                return lambda current, root: bool(query.nodes(current, root)) != negated
            return self.comparison(self.singular(query))
        if negated:
            self.fail("expected '(' or a query after '!'")
        return self.comparison(self.literal())

    def query(self) -> _ParsedQuery:
        start = self.pos
        relative = self.text[self.pos] == "@"
        self.pos += 1
        segments = self.segments()
        return _ParsedQuery(_query_nodes(relative, segments), _is_singular(segments), start)

    def singular(self, query: _ParsedQuery) -> _Operand:
        if not query.singular:
            self.fail(_SINGULAR_ONLY, query.start)
        return _first_value(query.nodes)

    def comparison_ahead(self) -> bool:
        start = self.pos
        self.skip_blank()
        found = any(self.at(op) for op in _COMPARISONS)
        self.pos = start
        return found

    def comparison(self, left: _Operand) -> _Predicate:
        self.skip_blank()
        op = next((op for op in _COMPARISONS if self.at(op)), None)
        if op is None:
            self.fail("expected a comparison operator (==, !=, <, <=, >, >=)")
        self.pos += len(op)
        self.skip_blank()
        right = self.singular(self.query()) if self.at("@") or self.at("$") else self.literal()
        return lambda current, root: _compare(left(current, root), op, right(current, root))

    def literal(self) -> _Operand:
        if self.text[self.pos : self.pos + 1] in ("'", '"'):
            return _constant(self.string())
        number = _NUMBER.match(self.text, self.pos)
        if number is not None:
            self.pos = number.end()
            text = number.group()
            return _constant(float(text) if any(c in text for c in ".eE") else int(text))
        word = _WORD.match(self.text, self.pos)
        keywords = {"true": True, "false": False, "null": None}
        if word is not None and word.group() in keywords:
            self.pos = word.end()
            return _constant(keywords[word.group()])
        if word is not None and self.text.startswith("(", word.end()):
            self.fail(f"function '{word.group()}()' is not supported")
        self.fail("expected a literal (a quoted string, a number, true, false or null) or a query")


def compile_path(text: str) -> JsonPath:
    """Parse a JSONPath; raises JsonPathError(message, position) on bad syntax."""
    return JsonPath(text, _Parser(text).parse())


# --- evaluation ----------------------------------------------------------------------------------


class JsonPath:
    """A parsed JSONPath query."""

    def __init__(self, text: str, segments: tuple[_Segment, ...]) -> None:
        self.text = text
        self._segments = segments

    def __repr__(self) -> str:
        return f"JsonPath({self.text!r})"

    def find(self, document: Any) -> list[Match]:
        """Every node the query selects, in the RFC's order (duplicates kept, as the RFC says)."""
        found = _run(self._segments, _Node(document, None, None, None), document)
        return [Match(node.value, node.parent, node.key, _pointer(node)) for node in found]


def _pointer(node: _Node) -> str:
    keys: list[str | int] = []
    current: _Node | None = node
    while current is not None and current.key is not None:
        keys.append(current.key)
        current = current.up
    return join_pointer("", *reversed(keys))


class _Nothing:
    """The value of a singular query that selects no node."""


_NOTHING = _Nothing()


def _run(segments: tuple[_Segment, ...], start: _Node, root: Any) -> list[_Node]:
    nodes = [start]
    for segment in segments:
        inputs = [d for n in nodes for d in _descendants(n)] if segment.descendant else nodes
        nodes = [found for node in inputs for sel in segment.selectors for found in _select(sel, node, root)]
    return nodes


def _child(node: _Node, key: str | int) -> _Node:
    return _Node(node.value[key], node.value, key, node)


def _children(node: _Node) -> list[_Node]:
    value = node.value
    if isinstance(value, dict):
        return [_child(node, key) for key in value]
    if isinstance(value, list):
        return [_child(node, index) for index in range(len(value))]
    return []


def _descendants(node: _Node) -> list[_Node]:
    """The node and all nodes below it, each before its descendants, siblings in order."""
    found: list[_Node] = []
    pending = [node]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(reversed(_children(current)))
    return found


def _select(selector: _Selector, node: _Node, root: Any) -> list[_Node]:
    value = node.value
    if isinstance(selector, _Name):
        return [_child(node, selector.name)] if isinstance(value, dict) and selector.name in value else []
    if isinstance(selector, _Wildcard):
        return _children(node)
    if isinstance(selector, _Filter):
        return [child for child in _children(node) if selector.holds(child.value, root)]
    if not isinstance(value, list):
        return []
    index = selector.index + len(value) if selector.index < 0 else selector.index
    return [_child(node, index)] if 0 <= index < len(value) else []


def _query_nodes(relative: bool, segments: tuple[_Segment, ...]) -> _Nodes:
    def nodes(current: Any, root: Any) -> list[_Node]:
        return _run(segments, _Node(current if relative else root, None, None, None), root)

    return nodes


def _first_value(query: _Nodes) -> _Operand:
    def value(current: Any, root: Any) -> Any:
        found = query(current, root)
        return found[0].value if found else _NOTHING

    return value


def _constant(value: Any) -> _Operand:
    return lambda current, root: value


def _compare(left: Any, op: str, right: Any) -> bool:
    """RFC 9535 comparison: a missing value equals only a missing value; < only between numbers or strings."""
    if op in ("==", "!="):
        return _equal(left, right) == (op == "==")
    if op in ("<", "<="):
        return _less(left, right) or (op == "<=" and _equal(left, right))
    return _less(right, left) or (op == ">=" and _equal(left, right))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _less(left: Any, right: Any) -> bool:
    if _is_number(left) and _is_number(right):
        return bool(left < right)
    return isinstance(left, str) and isinstance(right, str) and left < right


def _equal(left: Any, right: Any) -> bool:
    """JSON equality (1 == 1.0 but true != 1), containers compared deeply without recursion."""
    pending = [(left, right)]
    while pending:
        a, b = pending.pop()
        if _is_number(a) and _is_number(b):
            if a != b:
                return False
        elif isinstance(a, dict) and isinstance(b, dict):
            if a.keys() != b.keys():
                return False
            pending.extend((a[k], b[k]) for k in a)
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                return False
            pending.extend(zip(a, b))
        elif type(a) is not type(b) or a != b:
            return False
    return True
