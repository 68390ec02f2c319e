"""Each `$ref` and `$dynamicRef` of a meta-schema checked once per distinct value, while the validator runs.

openapi-spec-validator checks every schema of a spec against its dialect's meta-schema, and the whole spec
against the OpenAPI schema. Both reach each nested schema through a `$ref`/`$dynamicRef` of the meta-schema,
and a large spec has thousands of nested schemas that are equal (`{type: string}`, the same enum, the same
object repeated inline): jsonschema checks each of them again, through some ten references each.

Here those two keywords remember which checks found nothing: a check whose inputs are all equal to an earlier
check that found nothing finds nothing either, so it is skipped. The inputs are everything the outcome depends
on: the validator class and format checker, the reference, the resolver's state (base URI, registry, the whole
dynamic scope) and the checked value (compared by content, with its types: `1`, `1.0` and `true` differ). A
check that finds something is never remembered: its errors come from jsonschema, in its order, every time.

Most nested schemas differ somewhere (a description, a title), but each vocabulary of a meta-schema (core,
applicator, validation, meta-data, ...) is a schema that only says `type`, `properties` (and `required`,
`patternProperties`, list `dependencies`): it reads only the fields it names or its patterns find. For a `$ref`
to such a schema, the checked value is compared by those fields only, so `{type: string, description: A}` and
`{type: string, description: B}` pass the validation vocabulary once. A field whose schema checks at most a
`type` that the Python type answers (`{type: string}` with a draft's own type checker) is compared by its
Python type only: any other string passes it as well.

`is_valid` (the yes/no that `oneOf`, `not`, `if` and `contains` ask) is remembered the same way, yes or no:
the same validator class, schema object, format checker, resolver state and value content give the same
answer; for a schema that is one `$ref`, the value is compared by the fields the target reads. Only the
answer is remembered, never an error.

The keywords and `is_valid` are replaced on jsonschema's draft classes only inside
`references_checked_once()`, and put back after it; the generator runs one validation at a time in a process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, NamedTuple

import jsonschema.validators as drafts  # type: ignore[import-untyped]
from jsonschema import _keywords

Keyword = Callable[[Any, Any, Any, Any], Iterator[Any]]
_CLASSES = (drafts.Draft4Validator, drafts.Draft6Validator, drafts.Draft7Validator, drafts.Draft201909Validator,
            drafts.Draft202012Validator)
_KEYWORDS = ("$ref", "$dynamicRef")


@contextmanager
def references_checked_once() -> Iterator[None]:
    """Within: jsonschema's draft validators check each reference for each distinct value once, and answer
    `is_valid` once for each distinct schema object, state and value."""
    checks = _PassedChecks()
    replaced = [(cls.VALIDATORS, name, cls.VALIDATORS[name]) for cls in _CLASSES for name in _KEYWORDS
                if name in cls.VALIDATORS]
    validity = [(cls, cls.__dict__["is_valid"]) for cls in _CLASSES if "is_valid" in cls.__dict__]
    try:
        for keywords, name, keyword in replaced:
            keywords[name] = checks.remembering(keyword)
        for cls, is_valid in validity:
            cls.is_valid = checks.remembering_validity(is_valid)
        yield
    finally:
        for keywords, name, keyword in replaced:
            keywords[name] = keyword
        for cls, is_valid in validity:
            cls.is_valid = is_valid


class _PassedChecks:
    """The checks that found nothing, and the content keys of the values they checked."""

    def __init__(self) -> None:
        self._passed: set[tuple[Any, ...]] = set()
        self._shapes: dict[tuple[Any, ...], int] = {}  # a value's content (children as keys) → its key
        self._key_of: dict[int, int] = {}  # id() of a list or mapping → its key
        self._alive: dict[int, Any] = {}  # what an id() in a key is of, kept alive so that the id stays its own
        self._fields: dict[tuple[Any, ...], Fields | None] = {}  # a `$ref` → the fields its target reads
        self._ref_checks: set[Keyword] = set()  # the `$ref` keyword (not `$dynamicRef`) as replaced here

    def remembering(self, keyword: Keyword) -> Keyword:
        def check(validator: Any, reference: Any, instance: Any, schema: Any) -> Iterator[Any]:
            state = self._resolver_state(validator)
            if state is None:  # not a resolver of `referencing` as known here: checked every time
                yield from keyword(validator, reference, instance, schema)
                return
            fields = self._fields_read(validator, reference, state) if keyword is _keywords.ref else None
            checked = self._key(_read_part(instance, fields))
            key = (keyword, type(validator), self._id(validator.format_checker), reference, *state, checked)
            if key in self._passed:
                return
            found = False
            for error in keyword(validator, reference, instance, schema):
                found = True
                yield error
            if not found:
                self._passed.add(key)

        if keyword is _keywords.ref:
            self._ref_checks.add(check)
        return check

    def remembering_validity(self, is_valid: Callable[..., bool]) -> Callable[..., bool]:
        """`is_valid`, its answer remembered: valid or not, it is the same for the same inputs.

        The inputs are the validator's class (its keywords, type checker), its schema (the same object), format
        checker and resolver state, and the value's content. Only a yes/no is remembered, never an error."""
        answers: dict[tuple[Any, ...], bool] = {}

        def remembered(validator: Any, instance: Any, _schema: Any = None) -> bool:
            state = self._resolver_state(validator)
            if _schema is not None or state is None or getattr(validator, "_ref_resolver", None) is not None:
                return is_valid(validator, instance, _schema)
            schema = validator.schema
            reference = schema.get("$ref") if isinstance(schema, dict) and len(schema) == 1 else None
            fields = None if reference is None or validator.VALIDATORS.get("$ref") not in self._ref_checks else \
                self._fields_read(validator, reference, state)  # the answer is the check of that `$ref`
            key = (type(validator), self._id(schema), self._id(validator.format_checker), *state,
                   self._key(_read_part(instance, fields)))
            known = answers.get(key)
            if known is None:
                known = answers[key] = is_valid(validator, instance)
            return known

        return remembered

    def _resolver_state(self, validator: Any) -> tuple[str, int, tuple[str, ...]] | None:
        """What a reference's lookup depends on: the base URI, the registry, the dynamic scope (all of it)."""
        resolver = getattr(validator, "_resolver", None)
        base, registry, scope = (getattr(resolver, name, None) for name in ("_base_uri", "_registry", "_previous"))
        if not isinstance(base, str) or registry is None or scope is None:
            return None
        return base, self._id(registry), tuple(scope)

    def _fields_read(self, validator: Any, reference: Any, state: tuple[str, int, tuple[str, ...]]) -> \
            Fields | None:
        """The only fields of a mapping that the target of `$ref` reads; None when it may read any."""
        where = (type(validator), reference, state[0], state[1])
        if where not in self._fields:
            self._fields[where] = _fields_read_by(validator, reference)
        return self._fields[where]

    def _id(self, value: Any) -> int:
        self._alive.setdefault(id(value), value)
        return id(value)

    def _key(self, value: Any) -> int:
        """A number per distinct content: equal values (same types, same keys in the same order) get the same."""
        if isinstance(value, (dict, list)):
            known = self._key_of.get(id(value))
            if known is not None:
                return known
            if isinstance(value, dict):
                shape: tuple[Any, ...] = ("{", *((type(k), k, self._key(v)) for k, v in value.items()))
            else:
                shape = ("[", *(self._key(v) for v in value))
            key = self._shapes.setdefault(shape, len(self._shapes))
            self._key_of[self._id(value)] = key
            return key
        try:
            return self._shapes.setdefault(("=", type(value), value), len(self._shapes))
        except TypeError:  # unhashable (a YAML set): a key of its own, never equal to another's
            key = len(self._shapes)
            self._shapes[("?", key)] = key
            return key


# what a schema may say besides `type`, `properties`, `required` and `patternProperties` and still read no other
# field of a mapping
_INERT = frozenset({"$schema", "$id", "id", "$vocabulary", "$comment", "$defs", "definitions", "$anchor",
                    "$dynamicAnchor", "title", "description", "default", "deprecated", "examples", "readOnly",
                    "writeOnly"})
_READING = frozenset({"type", "properties", "required", "patternProperties", "dependencies"})
# the names of types whose check jsonschema's draft type checkers answer from the Python type of a value alone
_BY_PYTHON_TYPE = frozenset({"string", "boolean", "array", "object", "null", "number"})
_TYPE_CHECKERS = tuple(getattr(cls, "TYPE_CHECKER", None) for cls in _CLASSES)


class Fields(NamedTuple):
    """The fields a schema reads: those it names, those whose name a pattern finds (as `re.search` does), and,
    among the named, those read only for their type (their value matters by its Python type alone)."""

    names: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    by_type: frozenset[str]


class _OfType:
    """A value's stand-in where only its Python type is read: one per type, equal only to itself."""

    known: ClassVar[dict[type, _OfType]] = {}

    @classmethod
    def of(cls, value: Any) -> _OfType:
        return cls.known.setdefault(type(value), cls())


def _read_part(instance: Any, fields: Fields | None) -> Any:
    """The part of `instance` that a schema reading only `fields` reads (all of it when None or not a mapping).

    A name that is not a string is kept when there are patterns: searching it fails in the keyword itself."""
    if fields is None or not isinstance(instance, dict):
        return instance
    names, patterns, by_type = fields
    return {name: _OfType.of(value) if name in by_type else value for name, value in instance.items()
            if name in names or (patterns and (not isinstance(name, str) or any(p.search(name) for p in patterns)))}


def _fields_read_by(validator: Any, reference: Any) -> Fields | None:
    """The fields named in `properties`, `required` and (list) `dependencies` of the `$ref`'s target, and its
    `patternProperties` patterns, when it says nothing else that reads a mapping.

    Only for a target found without the dynamic scope: a whole resource or a JSON pointer into one."""
    if not isinstance(reference, str) or reference.partition("#")[2][:1] not in ("", "/"):
        return None
    try:
        target = validator._resolver.lookup(reference).contents
    except Exception:  # noqa: BLE001 - unresolvable here: the keyword itself reports it
        return None
    if not isinstance(target, dict) or not set(target) <= _INERT | _READING:
        return None
    named, required, patterns, dependencies = (target.get(name, empty) for name, empty in (
        ("properties", {}), ("required", []), ("patternProperties", {}), ("dependencies", {})))
    if not isinstance(named, dict) or not isinstance(required, list) or not isinstance(patterns, dict) or \
            not isinstance(dependencies, dict) or not all(isinstance(names, list) for names in dependencies.values()):
        return None
    listed = [*required, *patterns, *dependencies, *(name for names in dependencies.values() for name in names)]
    if not all(isinstance(name, str) for name in listed):
        return None
    try:
        compiled = tuple(re.compile(pattern) for pattern in patterns)
    except re.error:  # the keyword itself reports it
        return None
    return Fields(frozenset(named) | frozenset(listed) - frozenset(patterns), compiled,
                  _read_by_type(validator, named))


def _read_by_type(validator: Any, named: dict[Any, Any]) -> frozenset[str]:
    """The named fields whose schema checks at most a `type` that the Python type of a value answers."""
    if validator.VALIDATORS.get("type") is not _keywords.type or validator.TYPE_CHECKER not in _TYPE_CHECKERS:
        return frozenset()
    return frozenset(name for name, schema in named.items() if schema is True or (
        isinstance(schema, dict) and set(schema) <= _INERT | {"type"} and
        isinstance(schema.get("type", "string"), str) and schema.get("type", "string") in _BY_PYTHON_TYPE))
