"""YAML scalars as JSON values, by the YAML 1.2 core schema (the schema OpenAPI recommends; JSON agrees).

A plain (unquoted) scalar is:
- null: empty, `~`, `null`, `Null`, `NULL`;
- a boolean: `true`, `True`, `TRUE`, `false`, `False`, `FALSE`;
- an integer: `[-+]?[0-9]+` (decimal, so `0777` is 777), `0o17` (octal), `0x1F` (hexadecimal);
- a float: `1.5`, `.5`, `1.`, `1e9`, `-1.5E-3` (an exponent needs no dot), `.inf`, `-.Inf`, `.nan`;
- otherwise a string.

YAML 1.1 forms that PyYAML would resolve are strings here, as in YAML 1.2 readers and in JSON data:
`yes`/`no`/`on`/`off`/`y`/`n` (not booleans), `1:30` (not sexagesimal), `0b101`, `1_000`, `-0x1F`, and
`2024-01-01` (not a date: a spec's `enum`, `example` or `default` date is the string it is in JSON).

An explicit tag (`!!int 12`, `!!str 12`, ...) picks the kind; its text must then be that kind in the core
schema. `!!timestamp` stays a string. Quoted and block scalars, and the non-specific tag `!`, are strings.
"""

from __future__ import annotations

import re
from typing import Any

TAG_PREFIX = "tag:yaml.org,2002:"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLEANS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_DECIMAL = re.compile(r"[-+]?[0-9]+")
_OCTAL = re.compile(r"0o[0-7]+")
_HEXADECIMAL = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INFINITY = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = frozenset({".nan", ".NaN", ".NAN"})
MAYBE_NOT_STRING = frozenset("0123456789+-.~nNtTfF")  # the first characters of every non-string plain scalar


class ScalarError(ValueError):
    """The text of an explicitly tagged scalar is not of the tag's kind."""


def plain_scalar(text: str) -> Any:
    """The JSON value of an untagged plain scalar."""
    if text and text[0] not in MAYBE_NOT_STRING:
        return text
    if text in _NULLS:
        return None
    if text in _BOOLEANS:
        return _BOOLEANS[text]
    number = _number(text)
    return text if number is None else number


def tagged_scalar(kind: str, text: str) -> Any:
    """The value of a scalar with an explicit core-schema tag: kind is "str", "int", "float", "bool" or "null"."""
    if kind in ("str", "timestamp"):
        return text
    if kind == "null" and text in _NULLS:
        return None
    if kind == "bool" and text in _BOOLEANS:
        return _BOOLEANS[text]
    number = _number(text) if kind in ("int", "float") else None
    if kind == "int" and isinstance(number, int):
        return number
    if kind == "float" and number is not None:
        return float(number)
    raise ScalarError(f"{text!r} is not a YAML 1.2 {kind}")


def _number(text: str) -> int | float | None:
    """An int or float by the core schema, or None. Python's own limit on digits raises ValueError."""
    if _DECIMAL.fullmatch(text):
        return int(text, 10)
    if _OCTAL.fullmatch(text):
        return int(text, 0)
    if _HEXADECIMAL.fullmatch(text):
        return int(text, 0)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INFINITY.fullmatch(text):
        return float("-inf") if text[0] == "-" else float("inf")
    if text in _NAN:
        return float("nan")
    return None
