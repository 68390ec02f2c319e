"""`is_valid` answered once per schema object, resolver state and read part of a value (load/valid_refs.py)
gives jsonschema's own answers: for values that differ only in fields the referenced schema does not read, in
fields it reads through a pattern (also a name that a `$` before a trailing newline lets match), in names that
are not strings, in fields read only for their type, in (draft 4) `dependencies`, and in the value's kind."""

from __future__ import annotations

from typing import Any

import jsonschema.validators
import pytest

from generator.load.valid_refs import references_checked_once

REFERENCE = {"type": "object", "required": ["$ref"], "patternProperties": {"^\\$ref$": {"type": "string"}}}
NAMED = {"type": "object", "required": ["a"], "dependencies": {"x": ["y"]},
         "properties": {"a": {"type": "integer"}, "b": {"type": "string"}, "n": {"type": "number"}, "any": {}}}
VALUES: list[Any] = [
    {"$ref": "#/x"}, {"$ref": "#/x", "description": "other"}, {"description": "no ref"}, {"type": "string"},
    {"$ref": 5}, {"$ref": "#/x", "$ref\n": 5}, {"$ref\n": "#/x"}, {"$ref": "#/x", "b": 1}, {"a": 1}, {"a": "1"},
    {"a": 1, "b": 2}, {"a": 1, "b": "2", "c": 3}, {"a": 1, 7: "seven"}, ["$ref"], "$ref", None, {"a": True},
    {"$ref": "#/x", "description": "other"}, {"a": 1, "c": [1, 2]}, {"a": 1, "x": 1}, {"a": 1, "x": 1, "y": 2},
    {"a": 1, "n": 1}, {"a": 1, "n": True}, {"a": 1, "n": 1.5}, {"a": 1, "n": "1"}, {"a": 1, "b": None},
    {"a": 1.0}, {"a": 1.5}, {"a": 1, "any": [1]}, {"a": 1, "any": None},
]


@pytest.mark.parametrize("draft", [jsonschema.validators.Draft4Validator, jsonschema.validators.Draft202012Validator])
@pytest.mark.parametrize("target", ["Reference", "Named"])
def test_the_answers_are_jsonschemas(draft: Any, target: str) -> None:
    defs = "definitions" if draft is jsonschema.validators.Draft4Validator else "$defs"
    schema = {defs: {"Reference": REFERENCE, "Named": NAMED}, "$ref": f"#/{defs}/{target}"}
    one_ref = {"$ref": f"#/{defs}/{target}"}
    expected = [draft(schema).evolve(schema=one_ref).is_valid(value) for value in VALUES]
    assert True in expected and False in expected
    with references_checked_once():
        validator = draft(schema)
        evolved = validator.evolve(schema=one_ref)
        answers = [evolved.is_valid(value) for value in VALUES]
        again = [validator.evolve(schema=one_ref).is_valid(value) for value in reversed(VALUES)]
    assert answers == expected
    assert again == list(reversed(expected))


def test_a_name_a_pattern_cannot_search_fails_as_in_jsonschema() -> None:
    schema = {"definitions": {"Reference": REFERENCE}}
    one_ref = {"$ref": "#/definitions/Reference"}
    draft = jsonschema.validators.Draft4Validator
    with pytest.raises(TypeError):
        draft(schema).evolve(schema=one_ref).is_valid({"$ref": "#/x", 7: "seven"})
    with references_checked_once():
        validator = draft(schema).evolve(schema=one_ref)
        assert validator.is_valid({"$ref": "#/x"})
        with pytest.raises(TypeError):
            validator.is_valid({"$ref": "#/x", 7: "seven"})
