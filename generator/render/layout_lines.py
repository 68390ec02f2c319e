"""The lines black's splitting works on (black's Line and BracketTracker) and the pieces of a bracket split.

Leaves keep the state black keeps on them: the depth the last line that tracked them gave them, the bracket a
closing bracket matches, parentheses made visible, leaves detached from the tree (layout.py)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from .layout_leaves import (
    COMMA_PRIORITY,
    COMPARATOR_PRIORITY,
    DOT_PRIORITY,
    STRING_PRIORITY,
    Leaf,
)
from .layout_tokens import CLOSING, OPENING

LINE_LENGTH = 88
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_SPLIT_BY_KIND = frozenset({".", "string"})  # leaves split_before decides by their kind, not their priority
_NOT_PLAIN = frozenset({*OPENING, *CLOSING, "kw", ":"})  # the kinds _mark does not mark as a plain leaf


class CannotTransform(Exception):
    """This way of splitting does not apply (black's CannotTransform / CannotSplit)."""


class Tracker:
    """Depths, matching brackets and delimiters of one line (black's BracketTracker)."""

    __slots__ = ("comma_before_closing", "delimiters", "depth", "for_depths", "invisible", "lambda_depths", "match",
                 "previous")

    def __init__(self) -> None:
        self.depth = 0
        self.match: dict[tuple[int, str], Leaf] = {}
        self.delimiters: dict[Leaf, int] = {}
        self.previous: Leaf | None = None
        self.for_depths: list[int] = []
        self.lambda_depths: list[int] = []
        self.invisible: list[Leaf] = []
        self.comma_before_closing = False  # a closing bracket right after a comma was marked

    def max_priority(self, exclude: Collection[Leaf] = ()) -> int:
        if exclude:
            priorities = [p for leaf, p in self.delimiters.items() if leaf not in exclude]
        else:
            priorities = list(self.delimiters.values())
        if not priorities:
            raise CannotTransform("no delimiters")
        return max(priorities)

    def count(self, priority: int) -> int:
        return sum(1 for p in self.delimiters.values() if p == priority)


def split_before(leaf: Leaf, previous: Leaf | None) -> int:
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
    __slots__ = ("depth", "inside_brackets", "leaves", "magic_trailing_comma", "should_split_rhs", "tracker",
                 "unmarked")

    def __init__(self, depth: int, inside_brackets: bool = False) -> None:
        self.depth = depth
        self.inside_brackets = inside_brackets
        self.leaves: list[Leaf] = []
        self.tracker = Tracker()
        self.magic_trailing_comma: Leaf | None = None
        self.should_split_rhs = False
        self.unmarked = False

    def append(self, leaf: Leaf, preformatted: bool = False) -> None:
        self.extend([leaf], preformatted)

    def extend(self, leaves: list[Leaf], preformatted: bool = False, track: Collection[Leaf] = ()) -> None:
        """Append each leaf in turn (black's Line.append); `track`: leaves a preformatted line still tracks."""
        own = self.leaves
        if not preformatted:
            for leaf in leaves[0 if own else 1:]:
                leaf.prefix += leaf.ws
        if self.inside_brackets or not preformatted:
            before = own[-1] if own else None
            own.extend(leaves)
            self._mark(leaves, before)
        elif track:  # the leaves of bracket pairs: a closing bracket's leaf before it is tracked too
            own.extend(leaves)
            self._mark([leaf for leaf in leaves if leaf in track], None)
        else:
            own.extend(leaves)

    def hold_unmarked(self, leaves: list[Leaf]) -> None:
        """Take the leaves of a piece of a delimiter split without marking them yet (black marks them as it
        appends them). _run marks them (mark_all) unless the piece fits and its line had no comma before a
        closing bracket (so the piece has no magic trailing comma): then _run takes the piece as it is, nothing
        reads its tracker, and the depths and brackets marking would give its leaves are the ones its line
        gave them (the piece starts at that line's depth 0), which no one reads before a later line marks
        them again."""
        self.leaves.extend(leaves)
        self.unmarked = True

    def mark_all(self) -> None:
        """Mark the line's leaves as if each had been appended in turn."""
        self._mark(self.leaves, None)

    def _mark(self, leaves: Iterable[Leaf], before: Leaf | None) -> None:
        """black's BracketTracker.mark for each leaf in turn (`before`: the line's leaf before the first)."""
        tracker = self.tracker
        depth, previous, match, delimiters = tracker.depth, tracker.previous, tracker.match, tracker.delimiters
        for leaf in leaves:
            kind = leaf.type
            if kind in _NOT_PLAIN:
                if kind in OPENING:
                    leaf.depth = depth
                    previous = before = leaf
                    match[depth, _CLOSER[kind]] = leaf
                    depth += 1
                    if not leaf.value:
                        tracker.invisible.append(leaf)
                    continue
                if kind in CLOSING:
                    if depth or (0, kind) in match:
                        depth -= 1
                        leaf.opening = match.pop((depth, kind))
                        if not leaf.value:
                            tracker.invisible.append(leaf)
                        leaf.depth = depth
                        previous = leaf
                    if before is not None and before.type == ",":
                        tracker.comma_before_closing = True
                        if self._magic_trailing_comma(leaf):
                            self.magic_trailing_comma = leaf
                    before = leaf
                    continue
                if leaf.value in ("lambda", "for") or leaf.value in ("in", ":") and (
                        tracker.lambda_depths or tracker.for_depths):
                    depth, previous = self._mark_keyword(leaf, depth, previous)
                    before = leaf
                    continue
            # any other leaf (a keyword that opens or closes no depth too): black's BracketTracker.mark once
            # the depth is known, as _mark_delimiter
            leaf.depth = depth
            if not depth:
                if leaf.priority or leaf.rule or kind in _SPLIT_BY_KIND:
                    priority = split_before(leaf, previous)
                    if priority and previous is not None:
                        delimiters[previous] = priority
                    elif kind == "," and leaf.rule != "for-target":
                        delimiters[leaf] = COMMA_PRIORITY
                elif kind == ",":  # a comma without a rule
                    delimiters[leaf] = COMMA_PRIORITY
            previous = before = leaf
        tracker.depth, tracker.previous = depth, previous

    def _mark_delimiter(self, leaf: Leaf, depth: int, previous: Leaf | None) -> tuple[int, Leaf]:
        """The leaf's depth and the delimiter before it (black's BracketTracker.mark after the depth is known)."""
        leaf.depth = depth
        if depth == 0:
            before = split_before(leaf, previous) if leaf.priority or leaf.rule or leaf.type in _SPLIT_BY_KIND else 0
            if before and previous is not None:
                self.tracker.delimiters[previous] = before
            elif leaf.type == "," and leaf.rule != "for-target":
                self.tracker.delimiters[leaf] = COMMA_PRIORITY
        return depth, leaf

    def _mark_keyword(self, leaf: Leaf, depth: int, previous: Leaf | None) -> tuple[int, Leaf]:
        tracker = self.tracker
        if leaf.type == "kw" and leaf.value == "in" and tracker.for_depths and tracker.for_depths[-1] == depth:
            depth -= 1
            tracker.for_depths.pop()
        elif leaf.type == ":" and tracker.lambda_depths and tracker.lambda_depths[-1] == depth:
            depth -= 1
            tracker.lambda_depths.pop()
        depth, previous = self._mark_delimiter(leaf, depth, previous)
        if leaf.type == "kw" and leaf.value in ("lambda", "for"):
            depth += 1
            (tracker.lambda_depths if leaf.value == "lambda" else tracker.for_depths).append(depth)
        return depth, previous

    def _magic_trailing_comma(self, closing: Leaf) -> bool:
        """Whether the comma before `closing` is a magic trailing comma (the line's leaves may go on after it)."""
        if closing.type == "}":
            return True
        if closing.type == "]":
            subscript = closing.attached and closing.parent == "trailer" and closing.opening is not None
            return not (subscript and closing.opening is not None
                        and one_sequence(closing.opening, closing, self.leaves, "["))
        if self.is_import:
            return True
        return closing.opening is not None and not one_sequence(closing.opening, closing, self.leaves, "(")

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
        return text_of(self) + "\n"

    def lengths(self, reverse: bool = False) -> Iterator[tuple[int, Leaf, int]]:
        indices = range(len(self.leaves) - 1, -1, -1) if reverse else range(len(self.leaves))
        for index in indices:
            leaf = self.leaves[index]
            yield index, leaf, len(leaf.prefix) + len(leaf.value)


def one_sequence(opening: Leaf, closing: Leaf, leaves: list[Leaf], bracket: str) -> bool:
    """black's is_one_sequence_between: at most one comma (an argument comma counts twice) in the brackets."""
    if opening.type != bracket or closing.type != {"(": ")", "[": "]"}[bracket]:
        return False
    depth = closing.depth + 1
    try:
        start = leaves.index(opening)  # leaves compare by identity
    except ValueError:
        return False
    commas = 0
    for leaf in leaves[start + 1:]:
        if leaf is closing:
            break
        if leaf.depth == depth and leaf.type == ",":
            commas += 1
            if leaf.attached and leaf.argument_comma or commas > 1:
                return False
    return True


def text_of(line: Line) -> str:
    """The line's text without its line break."""
    leaves = line.leaves
    if not leaves:
        return ""
    text = "".join([leaf.prefix + leaf.value for leaf in leaves])
    if not line.depth:
        return text
    prefix = leaves[0].prefix  # the indentation goes between the first leaf's prefix and its value
    return prefix + "    " * line.depth + text[len(prefix):] if prefix else "    " * line.depth + text


def is_short(line: Line, length: int = LINE_LENGTH) -> bool:
    return len(text_of(line)) <= length


def make_visible(leaf: Leaf) -> None:
    if leaf.type == "(" and not leaf.value:
        leaf.value = "("
    elif leaf.type == ")" and not leaf.value:
        leaf.value = ")"


def split_succeeded(head: Line, body: Line, tail: Line) -> None:
    if not body.leaves and len(text_of(tail).strip()) < 3:
        raise CannotTransform("not worth it")


def build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    """black's bracket_split_build_line: one of head, body and tail of a bracket split."""
    result = Line(original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening) and leaves[-1].type != ",":
            leaves.append(Leaf(",", ",", attached=False))
    track = _inside_matching_brackets(leaves) if component == "head" else set()
    result.extend(leaves, preformatted=True, track=track)
    if component == "body" and should_split(result, opening):
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
    ids: set[Leaf] = set()
    stack: list[tuple[str, list[Leaf]]] = []
    started = False  # the leaves before the first opening bracket are passed over
    for leaf in leaves:
        kind = leaf.type
        if kind in OPENING:
            started = True
            stack.append((_CLOSER[kind], [leaf]))
        elif kind in CLOSING:
            if stack and kind == stack[-1][0]:
                _, level = stack.pop()
                level.append(leaf)
                ids.update(level)
            elif started:
                break
        elif stack:
            stack[-1][1].append(leaf)
    return ids


def should_split(line: Line, opening: Leaf) -> bool:
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
