"""The tokens of one statement (layout_leaves.py), as Python's tokenizer cuts them, for the subset our
templates emit."""

from __future__ import annotations

import keyword
import re

OPENING = frozenset("([{")
CLOSING = frozenset(")]}")
_AUGMENTED = frozenset({"+=", "-=", "*=", "/=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>=", "@=", "**="})
_VALUES = frozenset({"None", "True", "False"})
_NUMBER = re.compile(r"\d+(\.\d+)?")
_STRING_PREFIXES = frozenset({"", "b", "r", "rb", "br"})


_DEPTH = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}
_QUOTES = frozenset("\"'")
_NAME_START = frozenset("_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class Unsupported(Exception):
    """The statement holds something layout_leaves.py does not decide."""


# The tokens of the subset, as Python's tokenizer cuts them (anything else, a comment or a backslash, matches
# nothing and makes the statement unsupported). A number or a name glued to what follows it is taken whole and
# then refused, so no valid program is cut differently from Python.
_TRIPLE_DOUBLE = r'"""(?:[^"\\\n]|\\.|"(?!""))*"""'
_TRIPLE_SINGLE = r"'''(?:[^'\\\n]|\\.|'(?!''))*'''"
_STRING = rf"""{_TRIPLE_DOUBLE}|{_TRIPLE_SINGLE}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
_OPERATORS = r"\*\*=|//=|>>=|<<=|->|\*\*|//|<<|>>|[-+*/%&|^@=!<>:]=|\.\.\.|[-+*/%&|^~@<>=.,:;()\[\]{}]"
_TOKEN = re.compile(  # spaces, then the token: a string, a name, a number, an operator or a line break
    rf"[ ]*([rRbBuUfF]{{0,2}}(?:{_STRING})|[A-Za-z_]\w*|\d[\w.]*|{_OPERATORS}|\n[ \n]*)")
_REFUSED_OPERATORS = frozenset({"...", ":=", ";", "@", "!", "**=", "@="})
_KEYWORDS = frozenset(keyword.kwlist) - _VALUES
_ALL_OPERATORS = [*"-+*/%&|^~@<>=.,:;()[]{}", *(f"{op}=" for op in "-+*/%&|^@=!<>:"),
                  "**=", "//=", ">>=", "<<=", "->", "**", "//", "<<", ">>", "..."]
_FIXED = {  # the tokens whose kind their text decides
    **{op: ("aug" if op in _AUGMENTED else "op", op) for op in _ALL_OPERATORS if op not in _REFUSED_OPERATORS},
    **{name: ("kw", name) for name in _KEYWORDS},
}


def tokens_of(text: str) -> list[tuple[str, str]]:
    text = text.rstrip(" ")
    found = _TOKEN.findall(text)
    # the tokens are pieces of the text in its order, and the spaces between them go (the text ends in none): every
    # character is taken when the tokens hold every character but a space
    if "".join(found).replace(" ", "") != text.replace(" ", ""):  # a character no token takes
        raise Unsupported(text[:10])
    out: list[tuple[str, str]] = []
    last = len(found) - 1
    depth = 0
    known = _KNOWN
    for index, token in enumerate(found):
        entry = known.get(token)
        if entry is not None:
            out.append(entry[0])
            depth += entry[1]
        elif token[0] == "\n":
            if index < last and not depth:
                raise Unsupported("a line break outside brackets")
        else:
            out.append(_learn(token))
    return out


# Each token's (kind, text) and the change of bracket depth it makes: the operators and keywords, and the names,
# strings and numbers seen so far (a string or number is learnt only once its text is known to be supported).
_KNOWN: dict[str, tuple[tuple[str, str], int]] = {}
_KNOWN_LIMIT = 1 << 16
_LEARNT_LENGTH = 80  # a longer token (a long string) seldom comes again: it is not kept


def _learn(token: str) -> tuple[str, str]:
    first = token[0]
    if token[-1] in _QUOTES:
        if not _quotes_normalized(token):
            raise Unsupported(token)
        kind = "string"
    elif first in _NAME_START:
        kind = "name"
    elif first.isdigit():
        if not _NUMBER.fullmatch(token):
            raise Unsupported(token)
        kind = "number"
    else:
        raise Unsupported(token)
    if len(token) <= _LEARNT_LENGTH:
        if len(_KNOWN) >= _KNOWN_LIMIT:
            _forget()
        _KNOWN[token] = (kind, token), 0
    return kind, token


def _forget() -> None:
    _KNOWN.clear()
    _KNOWN.update({token: (fixed, _DEPTH.get(token, 0)) for token, fixed in _FIXED.items()})


_forget()


def _quotes_normalized(value: str) -> bool:
    """A one-line string black leaves as it is: double quotes, or single quotes around a double quote (the
    oracle hands over strings with their quotes normalized; this only makes sure)."""
    start = min(i for i in (value.find('"'), value.find("'")) if i >= 0)
    if "\n" in value or value[:start] not in _STRING_PREFIXES or "\\'" in value or '\\"' in value:
        return False
    return value[start] == '"' or '"' in value and "\\" not in value
