"""Python identifiers from arbitrary spec strings, made unique deterministically."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
# Fixed rather than keyword.softkwlist, which grows with Python versions (3.12 added `type`): the same spec
# must give the same names whichever Python runs the generator.
SOFT_KEYWORDS = frozenset({"_", "case", "match"})

# Names a model field or argument may not take: they would shadow what generated code refers to.
RESERVED_FIELD_NAMES = frozenset(
    {"self", "cls", "extra", "to_dict", "from_dict", "str", "int", "float", "bool", "bytes", "list", "dict",
     "Any", "None", "Mapping", "Sequence", "ClassVar", "UNSET", "Unset", "cast",
     "classmethod", "frozenset"}  # the class body uses these two after the fields (a default would bind them)
)
# Names a generated class may not take: builtins and what the models module imports.
RESERVED_CLASS_NAMES = frozenset(
    {"Any", "Mapping", "Sequence", "Enum", "Unset", "UNSET", "Self", "ClassVar", "Union", "Literal",
     "OpenStrEnum", "OpenIntEnum", "Client", "AsyncClient"}
    | {name for name in dir(builtins) if name[:1].isupper()}
)


_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
                          "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th"})


def words(text: str) -> list[str]:
    """Split any string into ASCII words: 'getHTTPResponse2x' → ['get', 'HTTP', 'Response', '2', 'x']."""
    if text.isascii():  # (the common case: nothing to transliterate)
        return _WORD.findall(text)
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(ascii_text)


@lru_cache(maxsize=1 << 16)  # the same texts come back (enum values, property names)
def snake_case(text: str, fallback: str = "value") -> str:
    """A lower_snake_case identifier; never empty, never a keyword, never starting with a digit or '_'."""
    parts = [w.lower() for w in words(text)]
    name = "_".join(parts) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or name in SOFT_KEYWORDS:
        name += "_"
    return name


@lru_cache(maxsize=1 << 16)  # the same texts come back (enum values, property names)
def pascal_case(text: str, fallback: str = "Model") -> str:
    """A PascalCase class name; never empty, never a keyword, never starting with a digit."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    if keyword.iskeyword(name) or name in RESERVED_CLASS_NAMES:
        name += fallback
    return name


@lru_cache(maxsize=1 << 16)  # the same texts come back (enum values, property names)
def constant_case(text: str, fallback: str = "VALUE") -> str:
    """An UPPER_SNAKE_CASE enum member name."""
    name = "_".join(w.upper() for w in words(text))
    if not name:
        return "EMPTY" if text == "" else fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


def field_name(text: str) -> str:
    """A field or keyword-argument name: snake_case, and clear of the names generated code relies on."""
    name = snake_case(text, fallback="value")
    return name + "_" if name in RESERVED_FIELD_NAMES else name


def chosen_field_name(text: str) -> str:
    """A name the spec's author chose (`x-speakeasy-name-override`): kept as written when it already is a lower
    snake_case identifier (`type_`, `base64`, `parameter1`), else made one like any other field name."""
    kept = (text.isidentifier() and text == text.lower() and not text.startswith("_")
            and not keyword.iskeyword(text) and text not in SOFT_KEYWORDS and text not in RESERVED_FIELD_NAMES)
    return text if kept else field_name(text)


class UniqueNames:
    """Hands out names, appending 2, 3, ... on collision; the same inputs in the same order give the same names."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self._taken: set[str] = set(taken)

    def claim(self, name: str, separator: str = "") -> str:
        if name not in self._taken:
            self._taken.add(name)
            return name
        if separator == "_" and f"{name}_" not in self._taken:
            self._taken.add(f"{name}_")
            return f"{name}_"
        number = 2
        while f"{name}{separator}{number}" in self._taken:
            number += 1
        unique = f"{name}{separator}{number}"
        self._taken.add(unique)
        return unique

    def __contains__(self, name: str) -> bool:
        return name in self._taken
