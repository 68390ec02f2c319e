"""black's line splitting (black 26, line length 88, no preview features) for the statements our templates emit.

A statement longer than the line (or with a magic trailing comma) is split as black splits it: a def at its
parameters (left-hand split), any other line at its last opening bracket (right-hand split), trying first to
omit trailers and optional (invisible) parentheses when what is left still fits (`_omitting_optional_parens`,
`_prefer_split_omitting`, `_can_omit_invisible_parens`), and each line inside brackets at its delimiters of
the highest priority, adding the trailing comma where black adds one. Lines that result are split again the
same way. The leaves and the facts black takes from its syntax tree come from layout_leaves.py, which gives
up on anything outside the subset; then `layout_statement` answers None and black is asked.

This follows black's own algorithm (linegen.py, lines.py, brackets.py) step by step, including its state: the
depth a leaf was last given, parentheses made visible, leaves detached from the tree by a second opinion.
tests/test_layout.py compares it with black on every statement our templates hand to black alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from .layout_leaves import (
    CLOSING,
    COMMA_PRIORITY,
    DOT_PRIORITY,
    OPENING,
    STRING_PRIORITY,
    COMPARATOR_PRIORITY,
    Leaf,
    leaves_of,
)

LINE_LENGTH = 88
_PAIR = {")": "(", "]": "[", "}": "{"}


class CannotTransform(Exception):
    """This way of splitting does not apply (black's CannotTransform / CannotSplit)."""


class _Tracker:
    """Depths, matching brackets and delimiters of one line (black's BracketTracker)."""

    def __init__(self) -> None:
        self.depth = 0
        self.match: dict[tuple[int, str], Leaf] = {}
        self.delimiters: dict[Leaf, int] = {}
        self.previous: Leaf | None = None
        self.for_depths: list[int] = []
        self.lambda_depths: list[int] = []
        self.invisible: list[Leaf] = []

    def mark(self, leaf: Leaf) -> None:
        if self.depth == 0 and leaf.type in CLOSING and (0, leaf.type) not in self.match:
            return
        if self.for_depths and self.for_depths[-1] == self.depth and leaf.type == "kw" and leaf.value == "in":
            self.depth -= 1
            self.for_depths.pop()
        if self.lambda_depths and self.lambda_depths[-1] == self.depth and leaf.type == ":":
            self.depth -= 1
            self.lambda_depths.pop()
        if leaf.type in CLOSING:
            self.depth -= 1
            leaf.opening = self.match.pop((self.depth, leaf.type))
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.depth = self.depth
        if self.depth == 0:
            before = _split_before(leaf, self.previous)
            if before and self.previous is not None:
                self.delimiters[self.previous] = before
            elif leaf.type == "," and leaf.rule != "for-target":
                self.delimiters[leaf] = COMMA_PRIORITY
        if leaf.type in OPENING:
            self.match[self.depth, {"(": ")", "[": "]", "{": "}"}[leaf.type]] = leaf
            self.depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf
        if leaf.type == "kw" and leaf.value == "lambda":
            self.depth += 1
            self.lambda_depths.append(self.depth)
        if leaf.type == "kw" and leaf.value == "for":
            self.depth += 1
            self.for_depths.append(self.depth)

    def max_priority(self, exclude: Collection[Leaf] = ()) -> int:
        priorities = [p for leaf, p in self.delimiters.items() if leaf not in exclude]
        if not priorities:
            raise CannotTransform("no delimiters")
        return max(priorities)

    def count(self, priority: int) -> int:
        return sum(1 for p in self.delimiters.values() if p == priority)


def _split_before(leaf: Leaf, previous: Leaf | None) -> int:
    """black's is_split_before_delimiter for the leaves layout_leaves admits."""
    if leaf.type == ".":
        closing = previous is None or previous.type in CLOSING
        return DOT_PRIORITY if leaf.rule == "dot" and leaf.attached and closing else 0
    if leaf.type == "string":
        return STRING_PRIORITY if previous is not None and previous.type == "string" else 0
    if leaf.needs_parent and not leaf.attached:
        return 0
    if leaf.rule == "in":
        return 0 if previous is not None and previous.type == "kw" and previous.value == "not" else COMPARATOR_PRIORITY
    if leaf.rule == "not":
        return 0 if previous is not None and previous.type == "kw" and previous.value == "is" else COMPARATOR_PRIORITY
    return leaf.priority


class Line:
    def __init__(self, depth: int, inside_brackets: bool = False) -> None:
        self.depth = depth
        self.inside_brackets = inside_brackets
        self.leaves: list[Leaf] = []
        self.tracker = _Tracker()
        self.magic_trailing_comma: Leaf | None = None
        self.should_split_rhs = False

    def append(self, leaf: Leaf, preformatted: bool = False, track: bool = False) -> None:
        if self.leaves and not preformatted:
            leaf.prefix += leaf.ws
        if self.inside_brackets or not preformatted or track:
            self.tracker.mark(leaf)
            if self._magic_trailing_comma(leaf):
                self.magic_trailing_comma = leaf
        self.leaves.append(leaf)

    def _magic_trailing_comma(self, closing: Leaf) -> bool:
        if not (closing.type in CLOSING and self.leaves and self.leaves[-1].type == ","):
            return False
        if closing.type == "}":
            return True
        if closing.type == "]":
            subscript = closing.attached and closing.parent == "trailer" and closing.opening is not None
            return not (subscript and closing.opening is not None
                        and _one_sequence(closing.opening, closing, self.leaves, "["))
        if self.is_import:
            return True
        return closing.opening is not None and not _one_sequence(closing.opening, closing, self.leaves, "(")

    @property
    def is_import(self) -> bool:
        return bool(self.leaves) and self.leaves[0].import_head and self.leaves[0].attached

    @property
    def is_def(self) -> bool:
        first = self.leaves[0] if self.leaves else None
        second = self.leaves[1] if len(self.leaves) > 1 else None
        return first is not None and first.type == "kw" and (
            first.value == "def" or first.value == "async" and second is not None and second.value == "def")

    def __str__(self) -> str:
        if not self.leaves:
            return "\n"
        first = self.leaves[0]
        return first.prefix + "    " * self.depth + first.value + \
            "".join(leaf.prefix + leaf.value for leaf in self.leaves[1:]) + "\n"

    def lengths(self, reverse: bool = False) -> Iterator[tuple[int, Leaf, int]]:
        indices = range(len(self.leaves) - 1, -1, -1) if reverse else range(len(self.leaves))
        for index in indices:
            leaf = self.leaves[index]
            yield index, leaf, len(leaf.prefix) + len(leaf.value)


def _one_sequence(opening: Leaf, closing: Leaf, leaves: list[Leaf], bracket: str) -> bool:
    """black's is_one_sequence_between: at most one comma (an argument comma counts twice) in the brackets."""
    if opening.type != bracket or closing.type != {"(": ")", "[": "]"}[bracket]:
        return False
    depth = closing.depth + 1
    start = next((i for i, leaf in enumerate(leaves) if leaf is opening), -1)
    if start < 0:
        return False
    commas = 0
    for leaf in leaves[start + 1:]:
        if leaf is closing:
            break
        if leaf.depth == depth and leaf.type == ",":
            commas += 1
            if leaf.attached and leaf.argument_comma:
                commas += 1
                break
    return commas < 2


def _short(line: Line | str, length: int = LINE_LENGTH) -> bool:
    text = line if isinstance(line, str) else str(line).strip("\n")
    return len(text) <= length


# -- transform_line ------------------------------------------------------------------------------------------
Transform = Callable[[Line, frozenset[str]], Iterator[Line]]


def transform_line(line: Line, features: frozenset[str]) -> Iterator[Line]:
    text = str(line).strip("\n")
    if not line.should_split_rhs and not line.magic_trailing_comma and _short(text):
        yield line
        return
    transforms: list[Transform]
    if line.is_def:
        transforms = [_left_hand_split]
    elif line.inside_brackets:
        transforms = [_delimiter_split, _rhs]
    else:
        transforms = [_rhs]
    for transform in transforms:
        try:
            result = _run(line, transform, features, text)
        except CannotTransform:
            continue
        yield from result
        return
    yield line


def _run(line: Line, transform: Transform, features: frozenset[str], text: str) -> list[Line]:
    optional = [bracket for bracket in line.tracker.invisible if bracket.depth == 0]
    result: list[Line] = []
    for transformed in transform(line, features):
        if str(transformed).strip("\n") == text:
            raise CannotTransform("unchanged")
        result.extend(transform_line(transformed, features))
    if "force" in features or transform is not _rhs or not line.tracker.invisible \
            or any(bracket.value for bracket in optional) or _short(result[0]) \
            or not all(leaf.attached for leaf in line.leaves):
        return result
    copy = Line(line.depth, line.inside_brackets)
    copy.should_split_rhs, copy.magic_trailing_comma = line.should_split_rhs, line.magic_trailing_comma
    for leaf in line.leaves:  # black copies the leaves into a new line and detaches the old ones from the tree
        fresh = leaf.copy()
        fresh.attached, leaf.attached = leaf.attached, False
        copy.append(fresh)
    second = _run(copy, transform, features | {"force"}, text)
    if all(_short(part) for part in second):
        result = second
    return result


# -- left-hand split (defs) ----------------------------------------------------------------------------------
def _left_hand_split(line: Line, features: frozenset[str]) -> Iterator[Line]:
    head: list[Leaf] = []
    body: list[Leaf] = []
    tail: list[Leaf] = []
    matching: Leaf | None = None
    for bracket in ("(", "["):
        head, body, tail = [], [], []
        current = head
        matching = None
        for leaf in line.leaves:
            if current is body and leaf.type in CLOSING and leaf.opening is matching and matching is not None:
                _make_visible(leaf)
                _make_visible(matching)
                current = tail if body else head
            current.append(leaf)
            if current is head and leaf.type == bracket:
                matching = leaf
                current = body
        if matching is not None and tail:
            break
    if matching is None or not tail:
        raise CannotTransform("no brackets")
    parts = _build(head, line, matching, "head"), _build(body, line, matching, "body"), \
        _build(tail, line, matching, "tail")
    _split_succeeded(*parts)
    for part in parts:
        if part.leaves:
            yield part


def _make_visible(leaf: Leaf) -> None:
    if leaf.type == "(" and not leaf.value:
        leaf.value = "("
    elif leaf.type == ")" and not leaf.value:
        leaf.value = ")"


def _split_succeeded(head: Line, body: Line, tail: Line) -> None:
    tail_length = len(str(tail).strip())
    if not body.leaves and tail_length < 3:
        raise CannotTransform("not worth it")


def _build(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    """black's bracket_split_build_line: one of head, body and tail of a bracket split."""
    result = Line(original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening) and leaves[-1].type != ",":
            leaves.append(Leaf(",", ",", attached=False))
    track = _inside_matching_brackets(leaves) if component == "head" else set()
    for leaf in leaves:
        result.append(leaf, preformatted=True, track=leaf in track)
    if component == "body" and _should_split(result, opening):
        result.should_split_rhs = True
    return result


def _ensure_trailing_comma(leaves: list[Leaf], original: Line, opening: Leaf) -> bool:
    if not leaves:
        return False
    if original.is_import:
        return True
    if not original.is_def or opening.value != "(":
        return False
    return not any(leaf.type == "," and not (leaf.attached and leaf.in_annotation) for leaf in leaves)


def _inside_matching_brackets(leaves: list[Leaf]) -> set[Leaf]:
    start = next((i for i, leaf in enumerate(leaves) if leaf.type in OPENING), None)
    if start is None:
        return set()
    ids: set[Leaf] = set()
    stack: list[tuple[str, list[Leaf]]] = []
    for leaf in leaves[start:]:
        if leaf.type in OPENING:
            stack.append(({"(": ")", "[": "]", "{": "}"}[leaf.type], [leaf]))
        elif leaf.type in CLOSING:
            if stack and leaf.type == stack[-1][0]:
                _, level = stack.pop()
                level.append(leaf)
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(leaf)
    return ids


def _should_split(line: Line, opening: Leaf) -> bool:
    """black's should_split_line: explode a body of comma-separated items after a right-hand split."""
    if not (opening.attached and opening.value in "[{("):
        return False
    if not line.leaves:
        return False
    trailing_comma = line.leaves[-1].type == ","
    try:
        priority = line.tracker.max_priority({line.leaves[-1]} if trailing_comma else ())
    except CannotTransform:
        return False
    return priority == COMMA_PRIORITY and (trailing_comma or opening.parent in ("atom", "import"))


# -- delimiter split -----------------------------------------------------------------------------------------
def _delimiter_split(line: Line, features: frozenset[str]) -> Iterator[Line]:
    if not line.leaves:
        raise CannotTransform("empty")
    last = line.leaves[-1]
    tracker = line.tracker
    priority = tracker.max_priority({last})
    if priority == DOT_PRIORITY and tracker.count(priority) == 1:
        raise CannotTransform("a single attribute")
    current = Line(line.depth, line.inside_brackets)
    for leaf in line.leaves:
        current.append(leaf, preformatted=True)
        if tracker.delimiters.get(leaf) == priority:
            current.leaves[0].prefix = ""
            yield current
            current = Line(line.depth, line.inside_brackets)
    if current.leaves:
        if priority == COMMA_PRIORITY and current.leaves[-1].type != ",":
            current.append(Leaf(",", ",", attached=False))
        current.leaves[0].prefix = ""
        yield current


# -- right-hand split ----------------------------------------------------------------------------------------
@dataclass
class _RHS:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


def _rhs(line: Line, features: frozenset[str]) -> Iterator[Line]:
    """black's right_hand_split_with_omits: omit trailers from the right while the first line still fits."""
    prefix_lengths: dict[Leaf, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[leaf] = length
        length += len(leaf.prefix) + len(leaf.value)
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line):
        if omit:
            target = next((leaf.opening for leaf in reversed(line.leaves)
                           if leaf.type in CLOSING and leaf not in omit), None)
            if target is not None and target.value and prefix_lengths.get(target, 0) > LINE_LENGTH:
                continue
        lines = list(_right_hand_split(line, features, omit))
        if first_lines is None and not omit:
            first_lines = lines
        if _short(lines[0]):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from _right_hand_split(line, features, ())


def _right_hand_split(line: Line, features: frozenset[str], omit: Collection[Leaf]) -> Iterator[Line]:
    yield from _omitting_optional_parens(_first_rhs(line, omit), line, features, omit)


def _first_rhs(line: Line, omit: Collection[Leaf]) -> _RHS:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.type in CLOSING and leaf not in omit:
            opening, closing = leaf.opening, leaf
            current = body
    if opening is None or closing is None or not head:
        raise CannotTransform("no brackets")
    tail.reverse()
    body.reverse()
    head.reverse()
    parts = _build(head, line, opening, "head"), _build(body, line, opening, "body"), \
        _build(tail, line, opening, "tail")
    _split_succeeded(*parts)
    return _RHS(*parts, opening, closing)


def _omitting_optional_parens(rhs: _RHS, line: Line, features: frozenset[str],
                              omit: Collection[Leaf]) -> Iterator[Line]:
    if "force" not in features and rhs.opening.type == "(" and not rhs.opening.value \
            and rhs.closing.type == ")" and not rhs.closing.value and not line.is_import \
            and _can_omit_invisible_parens(rhs):
        omitted = {rhs.closing, *omit}
        try:
            rhs_oop = _first_rhs(line, omitted)
            if _prefer_split_omitting(rhs_oop, rhs):
                yield from _omitting_optional_parens(rhs_oop, line, features, omitted)
                return
        except CannotTransform as error:
            chained = sum(1 for leaf in line.leaves if leaf.type == "=") > 1
            if not chained and not _can_be_split(rhs.body) and not _short(rhs.body):
                raise CannotTransform("the body is still too long") from error
    _make_visible(rhs.opening)
    _make_visible(rhs.closing)
    for part in (rhs.head, rhs.body, rhs.tail):
        if part.leaves:
            yield part


def _prefer_split_omitting(rhs_oop: _RHS, rhs: _RHS) -> bool:
    """black's _prefer_split_rhs_oop_over_rhs (without preview features)."""
    head = rhs.head.leaves
    if not (len(head) >= 2 and head[-2].type == "="):
        return True
    if not any(leaf.type in OPENING or leaf.type in CLOSING for leaf in head[:-1]):
        return True
    if not _short(rhs.head, LINE_LENGTH - 1):
        return True
    if rhs.head.magic_trailing_comma is not None:
        return True
    equals = sum(1 for leaf in head if leaf.type == "=")
    if equals > 1 and equals > sum(1 for leaf in rhs_oop.head.leaves if leaf.type == "="):
        return False
    closing_after_equal = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.type == "=":
            break
        if leaf.type in CLOSING:
            closing_after_equal = True
            break
    return closing_after_equal or (any(leaf.type == "=" for leaf in rhs_oop.head.leaves)
                                   and _short(rhs_oop.head))


def _can_omit_invisible_parens(rhs: _RHS) -> bool:
    line = rhs.body
    tracker = line.tracker
    if not tracker.delimiters:
        return True
    priority = tracker.max_priority()
    if tracker.count(priority) > 1:
        return False
    if priority == DOT_PRIORITY:
        return True
    first, second = line.leaves[0], line.leaves[1]
    if first.type in OPENING and second.type not in CLOSING and _can_omit_opening_paren(line, first):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.type in (")", "}") or last.type == "]" and last.attached and last.parent != "trailer":
        if penultimate.type in OPENING:
            return False
        if _can_omit_closing_paren(line, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = 4 * line.depth
    index = -1
    for index, leaf, leaf_length in line.lengths():
        if leaf.type in CLOSING and leaf.opening is first:
            remainder = True
        if remainder:
            length += leaf_length
            if length > LINE_LENGTH:
                return False
            if leaf.type in OPENING:
                remainder = False
    return len(line.leaves) == index + 1


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for _, leaf, leaf_length in line.lengths():
        length += leaf_length
        if leaf is last.opening:
            if seen_other_brackets or length <= LINE_LENGTH:
                return True
        elif leaf.type in OPENING:
            seen_other_brackets = True
    return False


def _can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].type == "string" and leaves[1].type == ".":
        calls = dots = 0
        following = leaves[-1]
        for leaf in leaves[-2::-1]:
            if leaf.type in OPENING:
                if following.type not in CLOSING:
                    return False
                calls += 1
            elif leaf.type == ".":
                dots += 1
            elif leaf.type == "name":
                if not (following.type == "." or following.type in OPENING):
                    return False
            elif leaf.type not in CLOSING:
                return False
            if dots > 1 and calls > 1:
                return False
            following = leaf
    return True


def _trailers_to_omit(line: Line) -> Iterator[set[Leaf]]:
    """black's generate_trailers_to_omit: growing sets of closing brackets a right-hand split may pass over."""
    omit: set[Leaf] = set()
    if not line.magic_trailing_comma:
        yield omit
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[Leaf] = set()
    for index, leaf, leaf_length in line.lengths(reverse=True):
        length += leaf_length
        if length > LINE_LENGTH:
            break
        previous = line.leaves[index - 1] if index > 0 else None
        if opening is not None:
            if leaf is opening:
                opening = None
            elif leaf.type in CLOSING:
                if _trailing_comma_pair(previous, leaf, line):
                    break
                inner.add(leaf)
        elif leaf.type in CLOSING:
            if previous is not None and previous.type in OPENING:
                inner.add(leaf)
                continue
            if closing is not None:
                omit.add(closing)
                omit.update(inner)
                inner.clear()
                yield omit
            if _trailing_comma_pair(previous, leaf, line):
                break
            if leaf.value:
                opening, closing = leaf.opening, leaf


def _trailing_comma_pair(previous: Leaf | None, leaf: Leaf, line: Line) -> bool:
    return previous is not None and previous.type == "," and leaf.opening is not None and \
        not _one_sequence(leaf.opening, leaf, line.leaves, "(")


# -- entry points --------------------------------------------------------------------------------------------
def layout_statement(text: str, indent: int) -> str | None:
    """black's text for one logical line at `indent` columns (`text` without the indentation of its first
    line; continuation lines as they are), or None when the statement is outside the subset."""
    if indent % 4:
        return None
    leaves = leaves_of(text)
    if leaves is None:
        return None
    line = Line(indent // 4)
    for leaf in leaves:
        line.append(leaf)
    try:
        return "".join(str(part) for part in transform_line(line, frozenset()))
    except (CannotTransform, KeyError, IndexError):
        return None


def layout_program(program: str) -> str | None:
    """black's text of a program made by stability._alone (`if x:` blocks to the statement's depth, `@d` before a
    definition, the statement, `pass` after a block opener), or None when the statement is outside the subset."""
    lines = program.split("\n")
    depth = 0
    while lines[depth] == "    " * depth + "if x:":
        depth += 1
    wrapper = lines[:depth]
    if lines[depth] == "    " * depth + "@d":
        wrapper.append(lines[depth])
        depth_lines = lines[depth + 1:-1]
    else:
        depth_lines = lines[depth:-1]
    body = [" " * (4 * depth + 4) + "pass"]
    closing = depth_lines[-1:] == body
    statement = depth_lines[:-1] if closing else depth_lines
    if not statement or not statement[0].startswith("    " * depth) or statement[0][4 * depth:4 * depth + 1] == " ":
        return None
    text = layout_statement("\n".join(statement)[4 * depth:], 4 * depth)
    if text is None:
        return None
    blank = "\n" if depth and len(wrapper) > depth else ""  # black puts a blank line before a nested decorator
    return "".join(line + "\n" for line in wrapper[:depth]) + blank + "".join(line + "\n" for line in wrapper[depth:]) \
        + text + ("".join(line + "\n" for line in body) if closing else "")
