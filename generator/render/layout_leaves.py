"""One statement as the leaves black's line splitting works on (layout.py), for the subset our templates emit.

black splits a logical line using facts from its syntax tree: where it puts invisible parentheses (around a
return value, an assignment's value, an annotation, a condition, a conditional expression), which bracket is a
call's or a subscript's and which a literal's, which operators are binary, which `if` belongs to a comprehension,
which commas separate arguments. This module reads those facts off the tokens of one statement with a small
scan of its brackets, and gives up (None) on anything it does not know for sure: comments, slices, walrus,
`**` as an operator, f-strings, statements other than assignments, expressions, `return`, `raise`, `if`,
`while`, `def`, `class` and `from ... import`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout_tokens import CLOSING, OPENING, Unsupported, tokens_of

COMPREHENSION_PRIORITY = 20
COMMA_PRIORITY = 18
TERNARY_PRIORITY = 16
LOGIC_PRIORITY = 14
STRING_PRIORITY = 12
COMPARATOR_PRIORITY = 10
DOT_PRIORITY = 1
MATH_PRIORITIES = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4, "%": 4}
COMPARATORS = frozenset({"<", ">", "==", "!=", "<=", ">="})
_PAIR = {")": "(", "]": "[", "}": "{"}
_STATEMENT_KEYWORDS = frozenset({"def", "async", "class", "return", "if", "while", "from", "raise", "await"})


@dataclass(eq=False, slots=True)
class Leaf:
    """One token of the line (or an invisible parenthesis, value ""), with what black's splitting asks of it."""

    type: str  # the bracket or punctuation itself, or "name", "kw", "number", "string", "op", "unary", "star", "aug"
    value: str
    ws: str = ""  # the whitespace black puts before it after its neighbour
    prefix: str = ""
    parent: str = ""  # brackets: "trailer", "atom", "params", "classdef", "import"
    priority: int = 0  # as a delimiter a line may be split before
    rule: str = ""  # "dot", "in", "not", "for-target": priorities that depend on the leaf before
    needs_parent: bool = True  # black finds its priority through its parent node
    argument_comma: bool = False  # a comma between arguments or parameters (an arglist or typedargslist)
    in_annotation: bool = False  # a comma inside a parameter's or the return annotation
    import_head: bool = False  # the `from` of a `from ... import`
    tight: bool = False  # an `=` of a keyword argument or a default without annotation
    attached: bool = True  # still in black's tree (black detaches leaves it copies for a second opinion)
    depth: int = 0
    opening: Leaf | None = None

    def copy(self) -> Leaf:
        return Leaf(self.type, self.value, self.ws, "", self.parent, self.priority, self.rule, self.needs_parent,
                    self.argument_comma, self.in_annotation, self.import_head, self.tight)


@dataclass(slots=True)
class _Frame:
    bracket: str  # "" for the statement itself
    parent: str
    start: int  # index in the leaves of the first leaf inside
    element: int  # where the current element (what a conditional expression would start with) starts
    seen_for: bool = False
    for_pending: int = 0
    lambdas: int = 0
    annotated: bool = False  # params: the current parameter has an annotation
    annotation: int = -1  # params: where the current parameter's annotation starts (-1: not in one)
    union: bool = False  # params: the current annotation has a top-level `|`
    ternary: int = -1  # where a conditional expression at this level starts (-1: none)
    ternary_else: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)


def _operand_end(leaf: Leaf | None) -> bool:
    return leaf is not None and (leaf.type in ("name", "number", "string") or leaf.type in CLOSING)


class _Scan:
    """The statement's tokens turned into leaves, with the spans black wraps in invisible parentheses."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.leaves: list[Leaf] = []
        self.frames = [_Frame("", "stmt", 0, 0)]
        self.spans: list[tuple[int, int]] = []
        self.statement = self._statement_kind()
        self.assigned = False  # an `=` or augmented assignment at the top level was seen
        self.target_end = -1  # the `:` or `=` after an assignment's target
        self.annotation: tuple[int, int] | None = None  # `x: T = value`: T's leaves
        self.value_start = -1
        self.returns = -1  # where the return annotation starts
        self.import_parens: tuple[int, int] | None = None
        self.index = 0

    def _statement_kind(self) -> str:
        kind, value = self.tokens[0]
        if kind == "kw":
            if value == "async" and self.tokens[1:2] == [("kw", "def")]:
                return "def"
            if value not in _STATEMENT_KEYWORDS - {"async"}:
                raise Unsupported(value)
            return value if value in ("def", "class", "return", "if", "while", "from", "raise") else "expr"
        if kind == "op" and value in OPENING or value in ("*", "-", "+", "~") or \
                value == "type" and self.tokens[1:2] and self.tokens[1][0] == "name":
            raise Unsupported(value)
        return "expr"

    def run(self) -> list[Leaf]:
        leaves = self.leaves
        for index, (kind, value) in enumerate(self.tokens):
            if kind == "name" or kind == "number":  # what most tokens are, decided here
                leaves.append(Leaf(kind, value))
                continue
            if kind == "string":
                leaves.append(Leaf(kind, value, needs_parent=False))
                continue
            self.index = index
            if value == ",":  # the next most common
                leaves.append(self._comma(self.frames[-1], len(leaves)))
            else:
                self._token(index, kind, value)
        if len(self.frames) != 1:
            raise Unsupported("brackets")
        self._close_element(self.frames[0], len(self.leaves))
        self.spans.extend(self.frames[0].spans)
        self._statement_spans()
        return self._with_invisible_parens()

    # -- one token -----------------------------------------------------------------------------------------
    def _token(self, index: int, kind: str, value: str) -> None:
        frame, leaves = self.frames[-1], self.leaves
        previous = leaves[-1] if leaves else None
        if kind == "op" and value in OPENING:
            parent = self._bracket_parent(value, previous)
            leaves.append(Leaf(value, value, parent=parent))
            self.frames.append(_Frame(value, parent, len(leaves), len(leaves)))
        elif kind == "op" and value in CLOSING:
            self._close(frame, value, len(leaves))
        else:
            leaves.append(self._leaf(index, kind, value, frame, previous))

    def _bracket_parent(self, bracket: str, previous: Leaf | None) -> str:
        if bracket == "{":
            return "atom"
        if bracket == "[" and self.statement in ("def", "class") and len(self.frames) == 1 and \
                not any(leaf.type == "(" for leaf in self.leaves):
            raise Unsupported("type parameters")
        if _operand_end(previous):
            if bracket == "(" and self.statement in ("def", "class") and len(self.frames) == 1 and \
                    not any(leaf.type == "(" for leaf in self.leaves):
                return "params" if self.statement == "def" else "classdef"
            if previous is not None and previous.type == "number":
                raise Unsupported("number call")
            return "trailer"
        if bracket == "(" and self.statement == "from" and previous is not None and previous.value == "import":
            return "import"
        return "atom"

    def _close(self, frame: _Frame, value: str, position: int) -> None:
        if len(self.frames) == 1 or frame.bracket != _PAIR[value]:
            raise Unsupported("brackets")
        self._close_element(frame, position)
        self._end_parameter(frame, position)
        if frame.spans and frame.bracket == "(":
            frame.spans = [span for span in frame.spans if span != (frame.start, position)]
        if frame.lambdas or frame.for_pending:
            raise Unsupported("open lambda or for")
        opening = self.leaves[frame.start - 1]
        if opening.parent == "atom" and opening.type in "[{" and position - frame.start > 2 and \
                self.leaves[frame.start].type == "(" and self._matching(frame.start) == position - 1:
            raise Unsupported("parenthesized single element")  # black makes those parentheses invisible
        self.frames.pop()
        self.leaves.append(Leaf(value, value, parent=opening.parent))
        self.spans.extend(frame.spans)

    def _leaf(self, index: int, kind: str, value: str, frame: _Frame, previous: Leaf | None) -> Leaf:
        position = len(self.leaves)
        if kind == "kw":
            return self._keyword(index, value, frame, previous)
        if kind == "aug":
            if len(self.frames) > 1 or self.assigned or self.statement != "expr":
                raise Unsupported(value)
            self.assigned, self.target_end, self.value_start = True, position, position + 1
            frame.element = position + 1
            return Leaf("aug", value)
        if value == ",":
            return self._comma(frame, position)
        if value == ".":
            if previous is not None and previous.type == "number":
                raise Unsupported("number attribute")
            import_dot = self.statement == "from" and not any(leaf.value == "import" for leaf in self.leaves)
            return Leaf(".", ".", rule="" if import_dot else "dot")
        if value == ":":
            return self._colon(frame, position)
        if value == "=":
            return self._equal(frame, position)
        if value == "->":
            if len(self.frames) > 1 or self.statement != "def":
                raise Unsupported(value)
            self.returns = position + 1
            return Leaf("->", value)
        return self._operator(value, frame, previous)

    def _operator(self, value: str, frame: _Frame, previous: Leaf | None) -> Leaf:
        unary = not _operand_end(previous)
        if value in ("*", "**") and unary:
            if frame.bracket == "" or frame.lambdas or frame.bracket == "[" and frame.parent == "trailer":
                raise Unsupported("star")
            return Leaf("star", value)
        if value in ("-", "+", "~") and unary:
            return Leaf("unary", value)
        if unary or value == "**" or value == "~":
            raise Unsupported(value)
        if value in COMPARATORS:
            return Leaf("op", value, priority=COMPARATOR_PRIORITY, needs_parent=False)
        if value in MATH_PRIORITIES:
            if value == "|" and frame.annotation >= 0 and frame.bracket == "(" and frame.parent == "params":
                frame.union = True
            return Leaf("op", value, priority=MATH_PRIORITIES[value])
        raise Unsupported(value)

    def _keyword(self, index: int, value: str, frame: _Frame, previous: Leaf | None) -> Leaf:
        position = len(self.leaves)
        if index == 0 or value == "def" and index == 1 and self.statement == "def":
            if value in ("return", "raise", "if", "while"):
                frame.element = 1
            return Leaf("kw", value, import_head=value == "from" and self.statement == "from")
        if value == "if":
            if frame.seen_for:
                frame.element = position + 1
                return Leaf("kw", value, priority=COMPREHENSION_PRIORITY)
            if frame.ternary >= 0 or frame.lambdas:
                raise Unsupported("nested conditional expression")
            frame.ternary = frame.element
            return Leaf("kw", value, priority=TERNARY_PRIORITY)
        if value == "else":
            if frame.ternary < 0 or frame.ternary_else:
                raise Unsupported("else")
            frame.ternary_else = True
            return Leaf("kw", value, priority=TERNARY_PRIORITY)
        if value == "for":
            if frame.bracket == "" or frame.lambdas:
                raise Unsupported("for")
            self._close_element(frame, position)
            frame.seen_for, frame.for_pending = True, frame.for_pending + 1
            return Leaf("kw", value, priority=COMPREHENSION_PRIORITY)
        if value == "in":
            if frame.for_pending:
                frame.for_pending -= 1
                frame.element = position + 1
                return Leaf("kw", value)
            return Leaf("kw", value, rule="in")
        if value == "not":
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else ("", "")
            return Leaf("kw", value, rule="not" if following == ("kw", "in") else "")
        if value == "is":
            return Leaf("kw", value, priority=COMPARATOR_PRIORITY, needs_parent=False)
        if value in ("and", "or"):
            return Leaf("kw", value, priority=LOGIC_PRIORITY)
        if value == "lambda":
            if frame.bracket == "":
                raise Unsupported("lambda")
            frame.lambdas += 1
            return Leaf("kw", value)
        if value == "await" or value == "import" and self.statement == "from" or \
                value == "as" and self.statement == "from" or value == "from" and self.statement == "raise":
            return Leaf("kw", value)
        raise Unsupported(value)

    def _comma(self, frame: _Frame, position: int) -> Leaf:
        if frame.lambdas:
            raise Unsupported("lambda parameters")
        self._close_element(frame, position)
        if frame.bracket == "" and self.statement == "expr" and not self.assigned:
            raise Unsupported("tuple target")
        self._end_parameter(frame, position)
        frame.annotated = False
        frame.element = position + 1
        frames = self.frames  # only the parameters' frame (the second: _bracket_parent) holds annotations
        in_annotation = self.returns >= 0 or len(frames) > 2 and frames[1].annotation >= 0
        arguments = frame.bracket == "(" and frame.parent in ("trailer", "params", "classdef")
        return Leaf(",", ",", argument_comma=arguments, in_annotation=in_annotation,
                    rule="for-target" if frame.for_pending else "")

    def _colon(self, frame: _Frame, position: int) -> Leaf:
        if frame.lambdas:
            frame.lambdas -= 1
            frame.element = position + 1
            return Leaf(":", ":")
        if frame.bracket == "{" or frame.bracket == "(" and frame.parent == "params":
            self._close_element(frame, position)
            if frame.bracket == "(":
                if self.leaves[-1].type != "name" or len(self.leaves) > 1 and self.leaves[-2].type == "star":
                    raise Unsupported("annotated star parameter")
                frame.annotated, frame.annotation = True, position + 1
            frame.element = position + 1
            return Leaf(":", ":")
        if frame.bracket == "" and self.index == len(self.tokens) - 1:
            if self.statement not in ("def", "class", "if", "while"):
                raise Unsupported("block")
            self._close_element(frame, position)
            return Leaf(":", ":")
        if frame.bracket == "" and self.statement == "expr" and not self.assigned and self.target_end < 0:
            self.target_end = position
            frame.element = position + 1
            return Leaf(":", ":")
        raise Unsupported(":")

    def _equal(self, frame: _Frame, position: int) -> Leaf:
        if frame.lambdas:
            raise Unsupported("lambda default")
        if frame.bracket == "":
            if self.assigned or self.statement != "expr":
                raise Unsupported("chained assignment")
            self._close_element(frame, position)
            self.assigned, self.value_start = True, position + 1
            if self.target_end < 0:
                self.target_end = position
            else:
                self.annotation = (self.target_end + 1, position)
            frame.element = position + 1
            return Leaf("=", "=")
        if frame.bracket == "(" and frame.parent in ("trailer", "classdef"):
            self._close_element(frame, position)
            frame.element = position + 1
            return Leaf("=", "=", tight=True)
        if frame.bracket == "(" and frame.parent == "params":
            self._close_element(frame, position)
            self._end_parameter(frame, position)
            frame.element = position + 1
            return Leaf("=", "=", tight=not frame.annotated)
        raise Unsupported("=")

    # -- spans ---------------------------------------------------------------------------------------------
    def _close_element(self, frame: _Frame, position: int) -> None:
        """A conditional expression at this level ends here: black wraps it in invisible parentheses."""
        if frame.ternary < 0:
            return
        if not frame.ternary_else:
            raise Unsupported("if without else")
        frame.spans.append((frame.ternary, position))
        frame.ternary, frame.ternary_else = -1, False

    def _end_parameter(self, frame: _Frame, position: int) -> None:
        if frame.annotation >= 0:
            if self.leaves[frame.annotation].type == "(" and self._matching(frame.annotation) == position - 1:
                raise Unsupported("parenthesized annotation")
            if frame.union:
                self.spans.append((frame.annotation, position))
        frame.annotation, frame.union = -1, False

    def _statement_spans(self) -> None:
        end = len(self.leaves)
        kind = self.statement
        if kind == "return" and end > 1:
            self._checked_span(1, end)
        elif kind in ("if", "while"):
            self._checked_span(1, end - 1)
        elif kind == "def" and self.returns >= 0:
            annotation = self.leaves[self.returns:end - 1]
            if any(leaf.type == "string" or leaf.type == "," and following.type in CLOSING
                   for leaf, following in zip(annotation, annotation[1:] + [self.leaves[-1]], strict=True)):
                raise Unsupported("a return annotation black splits at its right")  # should_split_funcdef_with_rhs
            self._checked_span(self.returns, end - 1)
        elif kind == "from":
            self._import_span(end)
        elif kind == "expr" and self.target_end >= 0:
            if not self.assigned:
                self._checked_span(self.target_end + 1, end)  # `x: T` alone
            if self.annotation is not None:
                self._checked_span(*self.annotation)
            if self.value_start >= 0:
                self._checked_span(self.value_start, end)

    def _import_span(self, end: int) -> None:
        start = next((i + 1 for i, leaf in enumerate(self.leaves) if leaf.value == "import"), end)
        if start >= end or self.leaves[start].type == "star":
            raise Unsupported("import")
        if self.leaves[start].type == "(":
            if self._matching(start) != end - 1:
                raise Unsupported("import")
            self.import_parens = (start, end - 1)
            return
        self.spans.append((start, end))

    def _checked_span(self, start: int, end: int) -> None:
        if start >= end:
            raise Unsupported("empty")
        if self.leaves[start].type == "(" and self._matching(start) == end - 1:
            raise Unsupported("parenthesized")  # black makes them invisible (or keeps a tuple's)
        if self.leaves[end - 1].type == "," or self.leaves[start].type == "star":
            raise Unsupported("one-tuple or star")
        self.spans = [span for span in self.spans if span != (start, end)]
        self.spans.append((start, end))

    def _matching(self, start: int) -> int:
        depth = 0
        for index in range(start, len(self.leaves)):
            depth += self.leaves[index].type in OPENING
            depth -= self.leaves[index].type in CLOSING
            if depth == 0:
                return index
        return -1

    def _with_invisible_parens(self) -> list[Leaf]:
        leaves = self.leaves
        spans = set(self.spans)
        for start, end in spans:
            if leaves[start].type == "(" and leaves[start].parent == "atom" and self._matching(start) == end - 1:
                raise Unsupported("parenthesized")
        opens: dict[int, int] = {}
        closes: dict[int, int] = {}
        for start, end in spans:
            opens[start] = opens.get(start, 0) + 1
            closes[end] = closes.get(end, 0) + 1
        if self.import_parens is not None:
            for index in self.import_parens:
                leaves[index].value = ""
        out: list[Leaf] = []
        done = 0
        for index in sorted(opens.keys() | closes.keys()):
            out += leaves[done:index]
            out += [Leaf(")", "", parent="atom") for _ in range(closes.get(index, 0))]
            out += [Leaf("(", "", parent="atom") for _ in range(opens.get(index, 0))]
            done = index
        out += leaves[done:]
        _whitespace(out)
        return out


def _whitespace(leaves: list[Leaf]) -> None:
    """black's whitespace before each new leaf (linegen's `whitespace()` for the tokens this module admits)."""
    if not leaves:
        return
    previous = leaves[0]
    for leaf in leaves[1:]:
        kind, before = leaf.type, previous.type
        if kind in _NO_SPACE_BEFORE or before in _NO_SPACE_AFTER:
            pass
        elif kind == "." or before == ".":
            if kind == "kw" or before == "kw":  # the other one is the dot
                leaf.ws = " "
        elif not (kind in ("(", "[") and leaf.parent in ("trailer", "params", "classdef") or
                  kind == "=" and leaf.tight or before == "=" and previous.tight):
            leaf.ws = " "
        previous = leaf


_NO_SPACE_BEFORE = frozenset({*CLOSING, ",", ":"})
_NO_SPACE_AFTER = frozenset({*OPENING, "unary", "star"})


def leaves_of(text: str) -> list[Leaf] | None:
    """The leaves of one logical line (its text over one or more physical lines), or None when unsure."""
    if not text.isascii():
        return None
    try:
        tokens = tokens_of(text)
    except (Unsupported, LookupError):
        return None
    return leaves_from(tokens)


def leaves_from(tokens: list[tuple[str, str]]) -> list[Leaf] | None:
    """The leaves of a logical line made of `tokens` (tokens_of), or None when unsure."""
    if not tokens:
        return None
    if len(tokens) <= _SHORT:
        return _short_leaves(tokens)
    try:
        return _Scan(tokens).run()
    except (Unsupported, LookupError):
        return None


# A short statement's leaves depend only on the kinds of its tokens and the text of its keywords and operators
# (and of a name `type`, a soft keyword at a statement's start): statements of one shape, which our templates
# repeat, get copies of the leaves of the first, with the texts of their names, strings and numbers.
_SHORT = 24
_SHAPES: dict[tuple[str, ...], list[tuple[Leaf, int]] | None] = {}
VARIABLE = frozenset({"name", "string", "number"})  # the kinds of tokens whose text the shape leaves open


def _short_leaves(tokens: list[tuple[str, str]]) -> list[Leaf] | None:
    shape = tuple([kind if kind in VARIABLE and value != "type" else value for kind, value in tokens])
    template = _SHAPES.get(shape, [])
    if template is None:
        return None
    if template:
        return [Leaf(leaf.type, leaf.value if index < 0 else tokens[index][1], leaf.ws, "", leaf.parent,
                     leaf.priority, leaf.rule, leaf.needs_parent, leaf.argument_comma, leaf.in_annotation,
                     leaf.import_head, leaf.tight) for leaf, index in template]
    if len(_SHAPES) >= 4096:
        _SHAPES.clear()
    try:
        leaves = _Scan(tokens).run()
    except (Unsupported, LookupError):
        _SHAPES[shape] = None
        return None
    variable = iter([index for index, (kind, _) in enumerate(tokens) if kind in VARIABLE])
    _SHAPES[shape] = [(leaf.copy(), next(variable) if leaf.type in VARIABLE else -1) for leaf in leaves]
    return leaves
