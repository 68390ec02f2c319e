"""black's line splitting (black 26, line length 88, no preview features) for the statements our templates emit.

A statement longer than the line (or with a magic trailing comma) is split as black splits it: a def at its
parameters (left-hand split), any other line at its last opening bracket (right-hand split), trying first to
omit trailers and optional (invisible) parentheses when what is left still fits (layout_rhs.py), and each
line inside brackets at its delimiters of the highest priority, adding the trailing comma where black adds
one. Lines that result are split again the same way. The lines and their brackets are layout_lines.py; the
leaves and the facts black takes from its syntax tree come from layout_leaves.py (its tokens from
layout_tokens.py), which gives up on anything outside the subset: then `layout_statement` answers None and
black is asked.

This follows black's own algorithm (linegen.py, lines.py, brackets.py) step by step, including its state: the
depth a leaf was last given, parentheses made visible, leaves detached from the tree by a second opinion.
tests/test_layout.py compares it with black on every statement our templates hand to black alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .layout_leaves import COMMA_PRIORITY, DOT_PRIORITY, VARIABLE, Leaf, leaves_from
from .layout_lines import (
    LINE_LENGTH,
    CannotTransform,
    Line,
    build_line,
    make_visible,
    split_succeeded,
    text_of,
)
from .layout_rhs import right_hand_split_with_omits
from .layout_tokens import CLOSING, Unsupported, tokens_of

# -- transform_line ------------------------------------------------------------------------------------------
Transform = Callable[[Line, frozenset[str]], Iterator[Line]]


def transform_line(line: Line, features: frozenset[str], text: str) -> list[tuple[Line, str]]:
    """The lines black makes of `line` (whose text is `text`), each with its text (no leaf of a line changes
    once the line is given out: the lines of one split share no leaves)."""
    if not line.should_split_rhs and not line.magic_trailing_comma and len(text) <= LINE_LENGTH:
        return [(line, text)]
    transforms: list[Transform]
    if line.is_def:
        transforms = [_left_hand_split]
    elif line.inside_brackets:
        transforms = [_delimiter_split, right_hand_split_with_omits]
    else:
        transforms = [right_hand_split_with_omits]
    for transform in transforms:
        try:
            result = _run(line, transform, features, text)
        except CannotTransform:
            continue
        return result
    return [(line, text_of(line))]  # a failed transform may have made parentheses of the line visible


def _run(line: Line, transform: Transform, features: frozenset[str], text: str) -> list[tuple[Line, str]]:
    second_opinion = "force" not in features and transform is right_hand_split_with_omits \
        and bool(line.tracker.invisible)
    optional = [bracket for bracket in line.tracker.invisible if bracket.depth == 0] if second_opinion else []
    result: list[tuple[Line, str]] = []
    for transformed in transform(line, features):
        transformed_text = text_of(transformed)
        if transformed.unmarked:  # a piece of a delimiter split: see Line.hold_unmarked
            transformed.unmarked = False
            if len(transformed_text) > LINE_LENGTH or line.tracker.comma_before_closing:
                transformed.mark_all()
        if len(transformed_text) == len(text):
            _EQUAL_WIDTHS[0] += 1
            if transformed_text == text:
                raise CannotTransform("unchanged")
        if len(transformed_text) <= LINE_LENGTH and not transformed.should_split_rhs \
                and not transformed.magic_trailing_comma:
            result.append((transformed, transformed_text))  # what transform_line does with a line that fits
        else:
            result.extend(transform_line(transformed, features, transformed_text))
    if not second_opinion or any(bracket.value for bracket in optional) or len(result[0][1]) <= LINE_LENGTH \
            or not all(leaf.attached for leaf in line.leaves):
        return result
    copy = Line(line.depth, line.inside_brackets)
    copy.should_split_rhs, copy.magic_trailing_comma = line.should_split_rhs, line.magic_trailing_comma
    for leaf in line.leaves:  # black copies the leaves into a new line and detaches the old ones from the tree
        fresh = leaf.copy()
        fresh.attached, leaf.attached = leaf.attached, False
        copy.append(fresh)
    second = _run(copy, transform, features | {"force"}, text)
    if all(len(part_text) <= LINE_LENGTH for _, part_text in second):
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
                make_visible(leaf)
                make_visible(matching)
                current = tail if body else head
            current.append(leaf)
            if current is head and leaf.type == bracket:
                matching = leaf
                current = body
        if matching is not None and tail:
            break
    if matching is None or not tail:
        raise CannotTransform("no brackets")
    parts = build_line(head, line, matching, "head"), build_line(body, line, matching, "body"), \
        build_line(tail, line, matching, "tail")
    split_succeeded(*parts)
    for part in parts:
        if part.leaves:
            yield part


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
    start = 0
    # the tracker holds its delimiters in the order of the line (a leaf's is set as it or the next is marked)
    ends = [leaf for leaf, leaf_priority in tracker.delimiters.items() if leaf_priority == priority]
    for end in ends:
        index = line.leaves.index(end, start)  # LookupError if out of order: layout_statement gives up
        current.hold_unmarked(line.leaves[start:index + 1])
        current.leaves[0].prefix = ""
        yield current
        current = Line(line.depth, line.inside_brackets)
        start = index + 1
    current.hold_unmarked(line.leaves[start:])
    if current.leaves:
        if priority == COMMA_PRIORITY and current.leaves[-1].type != ",":
            comma = Leaf(",", ",", attached=False)
            comma.prefix = comma.ws  # as Line.append gives it
            current.leaves.append(comma)
        current.leaves[0].prefix = ""
        yield current


# -- entry points --------------------------------------------------------------------------------------------
def layout_statement(text: str, indent: int) -> str | None:
    """black's text for one logical line at `indent` columns (`text` without the indentation of its first
    line; continuation lines as they are), or None when the statement is outside the subset."""
    if indent % 4 or not text.isascii():
        return None
    try:
        tokens = tokens_of(text)
    except (Unsupported, LookupError):
        return None
    key: tuple[object, ...] | None = None
    if len(tokens) <= _REMEMBERED_TOKENS:  # a longer statement is not remembered
        key = (indent, *[(kind, len(value)) if kind in VARIABLE and value != "type" else value
                         for kind, value in tokens])
        known = _LAYOUTS.get(key)
        if known is not None:
            return "".join(_interleave(known, [value for kind, value in tokens if kind in VARIABLE]))
    leaves = leaves_from(tokens)
    if leaves is None:
        return None
    line = Line(indent // 4)
    line.extend(leaves)
    compared = _EQUAL_WIDTHS[0]
    try:
        parts = transform_line(line, frozenset(), text_of(line))
    except (CannotTransform, LookupError, AttributeError, RecursionError):  # unsure: black decides
        return None
    laid = "".join([part_text + "\n" for _, part_text in parts])
    if compared == _EQUAL_WIDTHS[0] and key is not None:
        _remember(key, parts, tokens, laid)
    return laid


# black's decisions read the lengths of names, strings and numbers, never their text, except where a split
# compares a line with what it made of it: a statement whose splitting made no such comparison between texts
# of one width is laid out like any other of its shape and widths, with their texts in place of its own.
_LAYOUTS: dict[tuple[object, ...], list[str]] = {}
_REMEMBERED_TOKENS = 40  # longer statements seldom come again
_EQUAL_WIDTHS = [0]  # how many such comparisons were made (it only grows; any change keeps a layout unshared)


def _remember(key: tuple[object, ...], parts: list[tuple[Line, str]], tokens: list[tuple[str, str]],
              laid: str) -> None:
    """Keep the layout as the texts between the statement's names, strings and numbers (which it must hold
    once each, in their order)."""
    variables = [value for kind, value in tokens if kind in VARIABLE]
    between: list[str] = []
    done = position = 0
    for line, _ in parts:
        if line.leaves:
            position += 4 * line.depth
        for leaf in line.leaves:
            position += len(leaf.prefix)
            if leaf.type in VARIABLE:
                if len(between) >= len(variables) or leaf.value != variables[len(between)]:
                    return
                between.append(laid[done:position])
                done = position + len(leaf.value)
            position += len(leaf.value)
        position += 1
    between.append(laid[done:])
    if position != len(laid) or len(between) != len(variables) + 1 or \
            "".join(_interleave(between, variables)) != laid:
        return
    if len(_LAYOUTS) >= 8192:
        _LAYOUTS.clear()
    _LAYOUTS[key] = between


def _interleave(between: list[str], variables: list[str]) -> list[str]:
    out = [between[0]]
    for value, text in zip(variables, between[1:], strict=True):
        out += value, text
    return out


def layout_program(program: str) -> str | None:
    """black's text of a program made by stability._alone (`if x:` blocks to the statement's depth, `@d` before a
    definition, the statement, `pass` after a block opener), or None when the statement is outside the subset."""
    lines = program.split("\n")
    depth = 0
    while depth < len(lines) - 1 and lines[depth] == "    " * depth + "if x:":
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
