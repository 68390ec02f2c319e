"""The line tree (yaml_builder.LineTree) of a JSON text without a YAML parser, for the line of a finding.

A JSON spec is read by the json module, which keeps no lines; reader.line_tree gets them by parsing the text
again with libyaml, which costs as much as reading a YAML spec. This scanner gives the same tree for the JSON
that libyaml reads as JSON does, several times faster. Wherever libyaml may read the text otherwise (or refuse
it: then the tree is None), it declines and libyaml is asked: a text json cannot read, line breaks other than
`\\n` (`\\r`, NEL, U+2028, U+2029), tabs, characters YAML does not allow or a BOM inside the text, a `\\/` or a
surrogate escape, a key with an escape, a key over 1,000 characters or with a line break before its colon
(libyaml's simple-key rules), or nesting deeper than MAX_DEPTH (libyaml's tree keeps that part as one leaf).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .yaml_builder import MAX_DEPTH, LineTree

_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]|[^\s{}\[\],:"]+')
_DECLINED = re.compile(
    "[\x00-\x08\t\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]"
    r"|\\/|\\u[dD][89a-fA-F]"
)
_LONGEST_KEY = 1000
# a line break, or many blanks, between a string and a colon: libyaml's simple keys allow neither (a string
# cannot hold a raw line break, so such a quote ends a key)
_KEY_THEN_BREAK = re.compile(r'"[ \n]*\n[ \n]*:|" {16,}:')


class Declined(Exception):
    """The text is left to libyaml."""


def json_line_tree(text: str) -> LineTree | None:
    """The line tree of a JSON text as reader.line_tree makes it, or None when the text is left to libyaml."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return None
    if _DECLINED.search(text) is not None:
        return None
    try:
        return _scan(text)
    except Declined:
        return None


def _scan(text: str) -> LineTree | None:
    if _KEY_THEN_BREAK.search(text) is not None:
        raise Declined
    # a frame: [line, children (dict or list), the key awaiting its value (None: a key comes next)]
    stack: list[list[Any]] = []
    root: LineTree | None = None
    for line, row in enumerate(text.split("\n"), 1):
        for token in _TOKEN.findall(row):
            first = token[0]
            node: LineTree
            if first == "{" or first == "[":
                if len(stack) >= MAX_DEPTH:
                    raise Declined
                stack.append([line, {} if first == "{" else [], None])
                continue
            if first == "}" or first == "]":
                opened, children, _ = stack.pop()
                node = (opened, children)
            elif stack and stack[-1][2] is None and type(stack[-1][1]) is dict:
                if "\\" in token or len(token) > _LONGEST_KEY:
                    raise Declined
                stack[-1][2] = token[1:-1]
                continue
            else:
                node = line
            if not stack:
                root = node
                continue
            frame = stack[-1]
            children = frame[1]
            if type(children) is list:
                children.append(node)
            else:
                if frame[2] not in children:
                    children[frame[2]] = node
                frame[2] = None
    return root
