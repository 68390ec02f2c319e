"""black's right-hand split: at the last opening bracket, passing over trailers and optional parentheses while
what is left still fits (black's right_hand_split_with_omits, _maybe_split_omitting_optional_parens,
_prefer_split_rhs_oop_over_rhs, can_omit_invisible_parens, generate_trailers_to_omit), without preview features."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from operator import attrgetter

from .layout_leaves import DOT_PRIORITY, Leaf
from .layout_lines import (
    LINE_LENGTH,
    CannotTransform,
    Line,
    build_line,
    is_short,
    make_visible,
    one_sequence,
    split_succeeded,
)
from .layout_tokens import CLOSING, OPENING

_VALUE = attrgetter("value")
_PREFIX = attrgetter("prefix")


@dataclass
class _RHS:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


def right_hand_split_with_omits(line: Line, features: frozenset[str]) -> Iterator[Line]:
    """black's right_hand_split_with_omits: omit trailers from the right while the first line still fits."""
    values = list(map(_VALUE, line.leaves))  # the texts as they are before any attempt makes brackets visible
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line):
        if omit:
            target = next((leaf.opening for leaf in reversed(line.leaves)
                           if leaf.type in CLOSING and leaf not in omit), None)
            if target is not None and target.value and _length_before(line, values, target) > LINE_LENGTH:
                continue
        lines = list(_right_hand_split(line, features, omit))
        if first_lines is None and not omit:
            first_lines = lines
        if is_short(lines[0]):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from _right_hand_split(line, features, ())


def _length_before(line: Line, values: list[str], target: Leaf) -> int:
    """The width of the line up to `target` (0 when it is not the line's) with the leaves' texts `values`."""
    leaves = line.leaves
    if target not in leaves:
        return 0
    index = leaves.index(target)
    return 4 * line.depth + sum(map(len, values[:index])) + sum(map(len, map(_PREFIX, leaves[:index])))


def _right_hand_split(line: Line, features: frozenset[str], omit: Collection[Leaf]) -> Iterator[Line]:
    yield from _omitting_optional_parens(_first_rhs(line, omit), line, features, omit)


def _first_rhs(line: Line, omit: Collection[Leaf]) -> _RHS:
    """The split at the last closing bracket not in `omit` whose brackets hold something (empty ones go to the
    tail): black's _first_right_hand_split."""
    leaves = line.leaves
    end = len(leaves)
    while True:
        index = end - 1
        while index >= 0 and (leaves[index].type not in CLOSING or leaves[index] in omit):
            index -= 1
        if index < 0:
            raise CannotTransform("no brackets")
        closing = leaves[index]
        opening = closing.opening
        if opening is None:
            raise CannotTransform("no brackets")
        try:
            start = leaves.index(opening, 0, index)  # leaves compare by identity; each is once in a line
        except ValueError:
            raise CannotTransform("no brackets") from None
        if start < index - 1:
            break
        end = start
    head, body, tail = leaves[:start + 1], leaves[start + 1:index], leaves[index:]
    parts = build_line(head, line, opening, "head"), build_line(body, line, opening, "body"), \
        build_line(tail, line, opening, "tail")
    split_succeeded(*parts)
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
            if not chained and not _can_be_split(rhs.body) and not is_short(rhs.body):
                raise CannotTransform("the body is still too long") from error
    make_visible(rhs.opening)
    make_visible(rhs.closing)
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
    if not is_short(rhs.head, LINE_LENGTH - 1):
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
                                   and is_short(rhs_oop.head))


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
        not one_sequence(leaf.opening, leaf, line.leaves, "(")
