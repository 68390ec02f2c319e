"""How the validator is driven to be fast changes none of its events: each meta-schema reference checked once per
distinct value (load/valid_refs.py), and its two passes in two processes (load/background.py `in_child`).

The reference is openapi-spec-validator driven as before: one process, every reference checked every time."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import jsonschema.validators
import pytest

from generator.load import valid_refs
from generator.load.background import can_fork, in_child
from generator.load.validator_cache import MAX_VALIDATOR_FINDINGS, Event, validator_events

BASE_URI = "file:///specs/spec.yaml"
BAD_INLINE = {"type": "object", "properties": {"q": {"type": "strin", "description": "the same everywhere"}}}


def _spec(version: str, bad_operations: int, bad_defaults: int, crash: bool = False) -> dict[str, Any]:
    """`bad_operations` errors of the first pass (the OpenAPI schema), `bad_defaults` of the walk."""
    paths = {f"/p{i}": {"get": {"operationId": f"op{i}", "tags": "not a list",
                                "responses": {"200": {"description": "ok"}}}} for i in range(bad_operations)}
    schemas: dict[str, Any] = {f"S{i}": {"type": "object", "properties": {"x": {"type": "integer",
                                                                              "default": f"text {i}"}}}
                               for i in range(bad_defaults)}
    if crash:  # a string bound reaches the check of a `default`: jsonschema raises a TypeError
        schemas["Holder"] = {"type": "object", "properties": {"limits": {"$ref": "#/components/schemas/Limits"}}}
        schemas["Limits"] = {"type": "object", "properties": {"max": {"type": "number", "default": 1,
                                                                     "exclusiveMaximum": "1e+09"}}}
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas}}


def _reference_events(spec: dict[str, Any], family: str, monkeypatch: pytest.MonkeyPatch) -> list[Event]:
    with monkeypatch.context() as patch:
        patch.setattr(valid_refs, "references_checked_once", contextlib.nullcontext)
        return validator_events(spec, family, BASE_URI)


LIMIT = MAX_VALIDATOR_FINDINGS
CASES = [(3, 2, False), (LIMIT + 50, 0, False), (0, LIMIT + 50, False), (LIMIT - 50, 100, False),
         (LIMIT, 1, False), (LIMIT - 1, 1, False), (4, 3, True), (LIMIT, 0, True), (LIMIT + 1, 0, True),
         (0, LIMIT - 2, True)]


@pytest.mark.parametrize("family", ["3.0", "3.1"])
@pytest.mark.parametrize(("bad_operations", "bad_defaults", "crash"), CASES)
def test_the_events_are_the_validators_around_the_limit_and_a_crash(
        family: str, bad_operations: int, bad_defaults: int, crash: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _spec(f"{family}.0", bad_operations, bad_defaults, crash)
    expected = _reference_events(spec, family, monkeypatch)
    assert len(expected) >= min(bad_operations + bad_defaults, LIMIT)
    assert validator_events(spec, family, BASE_URI) == expected
    if can_fork():
        assert validator_events(spec, family, BASE_URI, split=in_child) == expected


@pytest.mark.parametrize("family", ["3.0", "3.1"])
def test_an_invalid_value_is_reported_at_every_place_even_where_an_equal_value_passed(
        family: str, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _spec(f"{family}.0", 0, 0)
    good = {"type": "object", "description": "fine", "properties": {"q": {"type": "string"}}}
    schemas = spec["components"]["schemas"]
    for index in range(3):
        schemas[f"Good{index}"] = {**good, "title": f"Good {index}"}
        schemas[f"Bad{index}"] = {"type": "object", "properties": {"inner": dict(BAD_INLINE), "same": BAD_INLINE}}
    expected = _reference_events(spec, family, monkeypatch)
    walked = [event[2] for event in expected if event[2]]  # the first pass's have no path of their own
    assert walked == [["components", "schemas", f"Bad{i}"] for i in range(3)]
    assert validator_events(spec, family, BASE_URI) == expected


def test_jsonschemas_keywords_are_its_own_again_after_validation() -> None:
    classes = [jsonschema.validators.Draft4Validator, jsonschema.validators.Draft202012Validator]
    before = [dict(cls.VALIDATORS) for cls in classes]

    def failing() -> Iterator[None]:
        with valid_refs.references_checked_once():
            assert [cls.VALIDATORS["$ref"] for cls in classes] != [b["$ref"] for b in before]
            raise RuntimeError("stop")
        yield

    with pytest.raises(RuntimeError):
        next(failing())
    assert [dict(cls.VALIDATORS) for cls in classes] == before
