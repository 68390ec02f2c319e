"""Two questions the validator asks again and again, each answered once: within `subscriptable_checked_by_type()`
and `lookups_remembered()`.

A check that jsonschema-path asks at every step of the validator's walk, answered once per plain type.

openapi-spec-validator walks the spec through jsonschema-path, whose accessor (pathable's
`SubscriptableAccessor`) asks `isinstance(node, Subscriptable)` before each key it reads. `Subscriptable` is a
runtime-checkable Protocol: on Python 3.11 each such check lists the protocol's members again (~20 µs), tens of
thousands of times on a large spec.

Within `subscriptable_checked_by_type()` the accessor asks a stand-in instead. For the plain types a parsed
document is made of (their instances carry no attributes of their own, so the answer depends on the type only)
it gives the protocol's own answer for the first value of that type, remembered; for any other value it asks
the protocol each time. The answers are the same; the walk, its errors and their order do not change.

A reference's lookup (`referencing`'s `Resolver.lookup`), which jsonschema makes at every `$ref` it follows:
its result depends only on the resolver (base URI, registry, dynamic scope) and the reference, all immutable.
Within `lookups_remembered()` a lookup that needed nothing outside its registry (the resolver it gives has the
same registry: nothing was retrieved or crawled) is remembered and given again for the same inputs. A lookup
that fails, or that retrieved or crawled, is made every time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pathable import accessors
from referencing import _core as referencing_core

_PLAIN = frozenset({dict, list, tuple, str, bytes, int, float, bool, type(None)})


class _ByType(type):
    """A metaclass whose `isinstance` asks `protocol` once per plain type."""

    protocol: Any  # set by the class statement (type(...) below): the protocol asked
    answers: dict[type, bool]  # set likewise: each plain type's answer, once known

    def __instancecheck__(cls, instance: Any) -> bool:
        kind = type(instance)
        if kind not in _PLAIN:
            return isinstance(instance, cls.protocol)
        known = cls.answers.get(kind)
        if known is None:
            known = cls.answers[kind] = isinstance(instance, cls.protocol)
        return known


@contextmanager
def subscriptable_checked_by_type() -> Iterator[None]:
    """Within: pathable's accessors check "is it subscriptable" once per plain type."""
    protocol = getattr(accessors, "Subscriptable", None)
    if protocol is None:  # another pathable: nothing to replace
        yield
        return
    stand_in = _ByType("Subscriptable", (), {"protocol": protocol, "answers": {}})
    accessors.Subscriptable = stand_in  # type: ignore[attr-defined,assignment]
    try:
        yield
    finally:
        accessors.Subscriptable = protocol  # type: ignore[attr-defined]


@contextmanager
def lookups_remembered() -> Iterator[None]:
    """Within: a `Resolver.lookup` made with the same resolver state and reference gives the same result."""
    resolver_class: Any = referencing_core.Resolver
    lookup = resolver_class.__dict__["lookup"]
    known: dict[tuple[Any, ...], tuple[Any, Any]] = {}  # inputs → (the registry, kept alive for its id; result)

    def remembered(resolver: Any, ref: Any) -> Any:
        registry = resolver._registry
        key = (id(registry), resolver._base_uri, tuple(resolver._previous), ref)
        hit = known.get(key)
        if hit is not None and hit[0] is registry:
            return hit[1]
        resolved = lookup(resolver, ref)
        if resolved.resolver._registry is registry:
            known[key] = (registry, resolved)
        return resolved

    resolver_class.lookup = remembered
    try:
        yield
    finally:
        resolver_class.lookup = lookup
