"""Whether black keeps a one-line statement shape, decided without black where the rules are clear.

A shape (statements.shape_of) is one logical line that fits the line length. black rewrites such a line
only in these ways, all decided here from its tokens:
- the whitespace between tokens, which black recomputes from the syntax: none inside brackets, before `,`
  `:` `.` and calls or subscripts, after unary operators and `*`/`**` unpacking, around `=` of a keyword
  argument or an unannotated parameter default; one space around binary operators, keywords, `->`, `=` of
  assignments and annotated defaults, and after `,` and `:`;
- literals: numbers (lowercase letters, uppercase hex digits, `1.0` not `1.`), strings (quotes.py);
- a trailing comma before a closing bracket (magic: the line is exploded), `class A():` (parentheses dropped);
- redundant parentheses black removes, body on the header's line, semicolons, power operators (hugged when
  simple), slices, walrus, backslashes: left to black (None), as is any token this module does not know.
The answer is True or False when the rules decide, None when black must judge.
"""

from __future__ import annotations

import ast
import keyword
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

from .quotes import is_black_string
from .statements import LINE_LENGTH, STRING_LITERAL, width

_NUMBER = r"0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d[\d_]*)?[jJ]?"
_OPERATORS = sorted(["...", "**=", "//=", ">>=", "<<=", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                     "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", *"-+*/%@&|^~<>()[]{},:;.=!"],
                    key=len, reverse=True)
_TOKEN = re.compile(r"( *)(?:(?P<string>" + STRING_LITERAL.pattern + r")|(?P<number>" + _NUMBER
                    + r")|(?P<name>[A-Za-z_]\w*)|(?P<op>" + "|".join(map(re.escape, _OPERATORS)) + "))", re.DOTALL)
_KEYWORDS = frozenset(keyword.kwlist) - {"True", "False", "None"}
_VALUES = frozenset({"True", "False", "None", "..."})
_OPENERS = frozenset("([{")
_CLOSERS = frozenset(")]}")
_UNARY = frozenset({"-", "+", "~", "*", "**"})
_UNSURE_OPS = frozenset({";", ":=", "!"})
_BLOCK_KEYWORDS = frozenset({"if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def",
                             "class", "async"})
_TUPLE_KEPT_AFTER = frozenset({"except", "return", "=", "in", "if", "elif", "while"})
_EXPLODED = "\n"  # no whitespace black writes between two tokens of a line
_STRING_PREFIXES = frozenset({"", "r", "u", "f", "b", "br", "rb", "fr", "rf"})


@dataclass
class _Token:
    text: str
    kind: str  # string, number, name, keyword, op
    space: str  # the whitespace written before it

    @property
    def operand(self) -> bool:
        """Whether it ends an operand (so a following `(`/`[` is a call/subscript, `-` a binary minus)."""
        return self.kind in ("string", "number") or self.kind == "name" or self.text in _CLOSERS \
            or self.text in _VALUES


@dataclass
class _Bracket:
    kind: str  # call, params, paren, subscript, list, brace (the statement itself: line)
    lambdas: int = 0  # lambdas whose parameters are open at this level
    annotated: bool = False  # in params: the current parameter has an annotation
    spaced_equals: list[bool] = field(default_factory=list)


class _Unsure(Exception):
    """A construct this module leaves to black."""


def keeps_shape(shape: str, program: str) -> bool | None:
    """Whether black gives `program` (a small program holding the line `shape`) back unchanged; None: unsure.

    `shape` is a key of StabilityOracle.shapes: a statement shape, or `param:`/`tail:` and a line of a def laid
    out one parameter per line (stability._exploded_def)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)
            compile(program, "<shape>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        return False  # black is never asked: the oracle counts it as changed
    kind, _, line = shape.partition(":") if shape.startswith(("param:", "tail:")) else ("", "", shape)
    line = STRING_LITERAL.sub(lambda m: '"s"' if m.group() == '"S"' else m.group(), line)
    try:
        if kind == "param":
            return _fits(line, 4) and _spaced_as_black(line, _Bracket("params"))
        if kind == "tail":
            return _fits(line, 0) and line.startswith(")") and _spaced_as_black("def f(x" + line, _Bracket("line"))
        return _fits(line, 0) and _spaced_as_black(line, _Bracket("line"))
    except _Unsure:
        return None


def _fits(line: str, indent: int) -> bool:
    """True when black keeps the line on one line as far as its width goes (statements.width: an upper bound
    of black's count); a line that may be too long is left to black."""
    if width(line) + indent > LINE_LENGTH:
        raise _Unsure
    return True


def _tokens(line: str) -> list[_Token]:
    tokens = []
    position = 0
    while position < len(line):
        match = _TOKEN.match(line, position)
        if match is None:
            raise _Unsure  # a backslash, a comment, trailing whitespace, non-ASCII names, ...
        kind = match.lastgroup or ""
        text = match.group(kind)
        if kind == "name" and text in _KEYWORDS:
            kind = "keyword"
        if kind == "string" and text[:min(i for i in (text.find('"'), text.find("'")) if i >= 0)].lower() \
                not in _STRING_PREFIXES:
            raise _Unsure  # letters before the quotes that are no string prefix (`if"s"`)
        tokens.append(_Token(text, kind, match.group(1)))
        position = match.end()
    return tokens


def _spaced_as_black(line: str, outer: _Bracket) -> bool:
    tokens = _tokens(line)
    if not tokens or tokens[0].space:
        return False
    first = tokens[0].text
    if first in ("match", "case", "type") and len(tokens) > 1 and tokens[1].kind == "name":
        raise _Unsure  # soft keywords starting a statement
    stack = [outer]
    block = outer.kind == "line" and first in _BLOCK_KEYWORDS
    verdict = True
    for number, token in enumerate(tokens):
        previous = tokens[number - 1] if number else None
        if _star_at_line_level(token, previous, stack):
            raise _Unsure
        if not _literal_kept(token) or _empty_class_parentheses(tokens, number):
            verdict = False
        if previous is not None and token.space != _space(previous, token, stack, tokens, number):
            verdict = False
        _track(token, previous, stack, tokens, number)
        if block and token.text == ":" and len(stack) == 1 and not stack[0].lambdas and number + 1 < len(tokens):
            raise _Unsure  # a body on the header's line
    if len(stack) != 1 or outer.kind == "line" and tokens[-1].text == ",":
        raise _Unsure  # unbalanced, or a bare one-tuple at the end
    return verdict


def _empty_class_parentheses(tokens: list[_Token], number: int) -> bool:
    """`class A():`, whose parentheses black removes."""
    return number >= 2 and tokens[number - 2].text == "class" and tokens[number].text == "(" \
        and number + 1 < len(tokens) and tokens[number + 1].text == ")"


def _literal_kept(token: _Token) -> bool:
    if token.kind == "number":
        return token.text == _black_number(token.text)
    if token.kind == "string":
        kept = is_black_string(token.text)
        if kept is None:
            raise _Unsure
        return kept
    if token.text in _UNSURE_OPS:
        raise _Unsure
    return True


def _star_at_line_level(token: _Token, previous: _Token | None, stack: list[_Bracket]) -> bool:
    """An unpacking star outside brackets (`*a, b = c`, `return *a, b`): left to black."""
    return token.text in ("*", "**") and _unary(previous) and len(stack) == 1 and stack[0].kind == "line"


def _black_number(text: str) -> str:
    """The numeric literal as black writes it."""
    low = text.lower()
    if low.startswith(("0o", "0b")):
        return low
    if low.startswith("0x"):
        return "0x" + low[2:].upper()
    mantissa, e, exponent = low.partition("e")
    imaginary = "j" if not e and mantissa.endswith("j") else ""
    mantissa = mantissa.removesuffix(imaginary)
    if "." in mantissa:
        whole, _, fraction = mantissa.partition(".")
        mantissa = f"{whole or 0}.{fraction or 0}"
    return mantissa + e + exponent + imaginary


def _unary(previous: _Token | None) -> bool:
    return previous is None or not previous.operand


def _space(previous: _Token, token: _Token, stack: list[_Bracket], tokens: list[_Token], number: int) -> str:
    """The whitespace black puts before `token`."""
    bracket = stack[-1]
    text, before = token.text, previous.text
    if text == ":" and (bracket.kind == "subscript" or bracket.kind in ("call", "paren", "list") and not bracket.lambdas):
        raise _Unsure  # a slice or a walrus
    if text in _CLOSERS:
        if before == ",":
            if text == "}" or number >= 2 and tokens[number - 2].text != "(" and _brackets_hold_commas(tokens, number):
                return _EXPLODED  # a magic trailing comma: black splits the line
            raise _Unsure  # a one-tuple or a single subscript keeps its comma
        return ""
    if before == "," and len(stack) == 1 and stack[0].kind == "line" and not _starts_element(token):
        raise _Unsure  # a bare one-tuple (`x, = y`, `return x,`): black may add parentheses
    if text == "," or before in _OPENERS:
        return ""
    if before == "." or text == ".":
        if previous.kind == "number":
            raise _Unsure  # black parenthesizes the number
        return " " if previous.kind == "keyword" or text == "import" else ""
    if before in _UNARY and _unary(tokens[number - 2] if number >= 2 else None) or number == 1 and before == "@":
        return ""  # after a unary operator, an unpacking star or a decorator's `@`
    if text == "=":
        return " " if _equals_spaced(bracket) else ""
    if before == "=":
        return " " if bracket.spaced_equals and bracket.spaced_equals[-1] else ""
    if text in ("(", "["):
        return "" if previous.operand and previous.kind != "keyword" else " "
    if text == ":":
        return ""
    if before == ":":
        return " "
    if before == "**" or text == "**" and previous.operand:
        raise _Unsure  # power operator hugging
    return " "


def _starts_element(token: _Token) -> bool:
    """Whether the token can start an expression (so a comma before it is no bare one-tuple's)."""
    if token.kind == "keyword":
        return token.text in ("not", "lambda", "await", "yield")
    return token.kind != "op" or token.text in _OPENERS or token.text in _UNARY or token.text == "..."


def _brackets_hold_commas(tokens: list[_Token], number: int) -> bool:
    """Whether the brackets closed at `number` hold a comma besides the trailing one at their top level."""
    return _comma_at_top(reversed(tokens[:number - 1]), _CLOSERS, _OPENERS)


def _comma_at_top(tokens: Iterable[_Token], deeper: frozenset[str], out: frozenset[str]) -> bool:
    """Whether a comma comes before the bracket that ends the walk (`out` at depth 0) outside nested ones."""
    depth = 0
    for token in tokens:
        if token.text in deeper:
            depth += 1
        elif token.text in out:
            if depth == 0:
                return False
            depth -= 1
        elif token.text == "," and depth == 0:
            return True
    return False


def _equals_spaced(bracket: _Bracket) -> bool:
    if bracket.lambdas:
        spaced = False
    elif bracket.kind == "line":
        spaced = True
    elif bracket.kind == "call":
        spaced = False
    elif bracket.kind == "params":
        spaced = bracket.annotated
    else:
        raise _Unsure
    bracket.spaced_equals.append(spaced)
    return spaced


def _track(token: _Token, previous: _Token | None, stack: list[_Bracket], tokens: list[_Token], number: int) -> None:
    """Updates the bracket stack after `token`; raises _Unsure at parentheses black may remove."""
    text = token.text
    bracket = stack[-1]
    if text == "lambda":
        bracket.lambdas += 1
    elif text == ":" and bracket.lambdas:
        bracket.lambdas -= 1
    elif text == ":" and bracket.kind == "params":
        bracket.annotated = True
    elif text == "," and bracket.kind == "params" and not bracket.lambdas:
        bracket.annotated = False
    elif text == "(":
        stack.append(_Bracket(_paren_kind(previous, tokens, number)))
    elif text == "[":
        stack.append(_Bracket("subscript" if previous is not None and previous.operand
                              and previous.kind != "keyword" else "list"))
    elif text == "{":
        stack.append(_Bracket("brace"))
    elif text in _CLOSERS:
        if len(stack) == 1:
            raise _Unsure
        stack.pop()


def _paren_kind(previous: _Token | None, tokens: list[_Token], number: int) -> str:
    if previous is not None and previous.operand and previous.kind != "keyword":
        before = tokens[number - 2].text if number >= 2 else ""
        return "params" if before == "def" else "call"
    if number + 1 < len(tokens) and tokens[number + 1].text == ")":
        return "paren"  # an empty tuple
    if previous is not None and previous.text in _TUPLE_KEPT_AFTER and _holds_comma(tokens, number):
        return "paren"  # black keeps the parentheses of a tuple there
    if previous is None or previous.kind == "keyword" or previous.text in _OPENERS \
            or previous.text in ("=", ":", "->", "@", ",") or previous.text.endswith("="):
        raise _Unsure  # parentheses black may make invisible
    return "paren"


def _holds_comma(tokens: list[_Token], number: int) -> bool:
    """Whether the brackets opened at `number` hold a comma at their top level."""
    return _comma_at_top(tokens[number + 1:], _OPENERS, _CLOSERS)
