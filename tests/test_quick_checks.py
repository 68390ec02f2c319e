"""The answers given once in load/quick_checks.py are those asked for: pathable's subscriptable check and
`referencing`'s lookups (the same contents and the same resolver state; failures fail every time)."""

from __future__ import annotations

from typing import Any

import pytest
from pathable import accessors
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from generator.load.quick_checks import lookups_remembered, subscriptable_checked_by_type

SCHEMA = {"$id": "https://example.com/root", "$defs": {"a": {"type": "string"}, "b": {"$dynamicAnchor": "meta"},
                                                      "c": {"$id": "inner", "$defs": {"d": {"type": "integer"}}}}}
REFS = ["#/$defs/a", "#/$defs/b", "#meta", "inner", "inner#/$defs/d", "https://example.com/root", "#/$defs/c"]
NESTED_REFS = ["#/$defs/d", "root#/$defs/a", "root#meta"]  # from the resolver of "inner"


def _state(resolved: Any) -> tuple[Any, ...]:
    resolver = resolved.resolver
    return id(resolved.contents), resolver._base_uri, id(resolver._registry), tuple(resolver._previous)


def test_lookups_give_what_the_resolver_gives() -> None:
    registry: Any = Registry().with_resource(SCHEMA["$id"], DRAFT202012.create_resource(SCHEMA)).crawl()
    resolver = registry.resolver(base_uri=SCHEMA["$id"])
    nested = resolver.lookup("inner").resolver
    pairs = [(resolver, ref) for ref in REFS] + [(nested, ref) for ref in NESTED_REFS]
    expected = [_state(r.lookup(ref)) for r, ref in pairs]
    with lookups_remembered():
        assert resolver.lookup("#/$defs/a") is resolver.lookup("#/$defs/a")  # remembered
        for _ in range(2):
            assert [_state(r.lookup(ref)) for r, ref in pairs] == expected
            with pytest.raises(Unresolvable):
                resolver.lookup("#/$defs/missing")
    assert [_state(r.lookup(ref)) for r, ref in pairs] == expected


def test_the_subscriptable_check_is_the_protocols() -> None:
    values: list[Any] = [{}, [], "s", b"b", 1, 1.5, True, None, (), Resource, object()]
    expected = [isinstance(value, accessors.Subscriptable) for value in values]  # type: ignore[attr-defined]
    with subscriptable_checked_by_type():
        answers = [isinstance(value, accessors.Subscriptable) for value in values * 2]  # type: ignore[attr-defined]
    assert answers == expected * 2
    assert True in expected and False in expected
