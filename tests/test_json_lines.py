"""The JSON line scanner (generator/load/json_lines.py) gives libyaml's line tree, or leaves the text to libyaml."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from generator.load.json_lines import json_line_tree
from generator.load.reader import line_tree

LAYOUTS = [
    '{"a": 1}',
    '{"a":1,"b":[1,2,{"c":null}]}',
    '{\n  "a": {\n    "b": "x"\n  },\n  "a": [\n    true\n  ]\n}',  # a repeated key: the first one's line
    '{"a":\n  1}',  # a value on the line after its colon
    '{"a": "x"\n, "b": 2}',  # a comma at the start of a line
    '\n\n[\n{"a": "\\u00e9\\n"}, [], {}\n]\n',
    '{"é€😀": "😀", "k k": "", "": 0}',
    '"just a string"',
]
# libyaml refuses or may read these otherwise: the scanner declines, the slow path answers
DECLINED = [
    '{"a"\n: 1}',  # a line break before the colon (not a YAML simple key)
    '{"' + "k" * 1100 + '": 1}',  # a key over libyaml's simple-key length
    '{"a\\u00e9": 1}',  # an escape in a key
    '{"a": "x\\/y"}',  # an escape older libyaml versions lack
    '{"a": "\\ud83d\\ude00"}',  # a surrogate escape
    '{\r\n"a": 1\r\n}',  # other line breaks
    '{\t"a": 1}',
    '{"a": 1',  # not JSON
    "[" * 101 + "]" * 101,  # deeper than MAX_DEPTH
]


@pytest.mark.parametrize("text", LAYOUTS)
def test_lines_are_libyamls(text: str) -> None:
    tree = json_line_tree(text)
    assert tree is not None
    assert tree == line_tree(text)


@pytest.mark.parametrize("text", DECLINED)
def test_unsure_texts_are_left_to_libyaml(text: str) -> None:
    assert json_line_tree(text) is None


def _value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth < 4 and roll < 0.3:
        return {rng.choice(["a", "b", "é", "k k", "", 'x"y', "a/b", "1"]): _value(rng, depth + 1)
                for _ in range(rng.randint(0, 4))}
    if depth < 4 and roll < 0.5:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return rng.choice([1, -2.5e3, True, None, "s", "a\nb", "x/y", "é😀", "tab\there", ""])


def test_random_documents_in_every_layout() -> None:
    rng = random.Random(14)
    compared = 0
    for _ in range(300):
        value = _value(rng)
        texts = [json.dumps(value, **options) for options in (
            {}, {"indent": 2}, {"separators": (",", ":")}, {"indent": 4, "ensure_ascii": False})]
        texts.append(json.dumps(value, indent=2).replace(": ", ":\n ").replace(",\n", "\n,"))
        for text in texts:
            tree = json_line_tree(text)
            if tree is not None:
                compared += 1
                assert tree == line_tree(text), text
    assert compared > 1000  # most layouts take the fast path
