"""openapi-spec-validator's errors, each with the path of the value it is about.

The validator checks a spec in two passes. First the OpenAPI JSON Schema over the whole document: those errors
carry their path from the root. Then keyword validators walk paths and components and check each schema
against its JSON Schema dialect and each `default` against its schema: those errors carry a path relative to the
value checked (a schema, a `default`), and nothing says which value that was. Here each keyword validator is
wrapped so that its errors come out with the path of the value it checked, as the validator walked it from the
root (through `$ref`s: the caller resolves them again to find the place in the files).

Imported only when validation runs: openapi-spec-validator and jsonschema take long to import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, cast

from . import validator_settings  # noqa: F401 - first: its import puts the settings stand-ins in place

# isort: split
import openapi_schema_validator.validators as oas_validators
from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped]
from jsonschema.validators import validator_for  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from jsonschema_specifications import REGISTRY as SPECIFICATIONS  # type: ignore[import-untyped]
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.keywords import KeywordValidator, SchemaValidator, ValueValidator
from referencing import Resource

from . import validator_schemas
from .stable_order import with_sorted_required_names

Path = tuple[str | int, ...]
_BASES = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}
# keys below the checked value where some errors are: the value of `default`, the list of `required`
_SUFFIXES = {"ExtraParametersError": ("required",)}
# errors whose message the validator writes from a set: each put into a fixed order
_REORDERED = {"ExtraParametersError": with_sorted_required_names}


@dataclass(frozen=True, slots=True)
class LocatedError:
    """An error and the path of the value it was found in: `base` + `error.absolute_path` is where it is."""

    error: Any  # a jsonschema ValidationError (jsonschema has no type hints)
    base: Path


@dataclass
class Trail:
    """Where the validator was when it crashed: the innermost value being checked (None: outside the walk)."""

    crash_site: Path | None = None


def located_validator(spec: Any, family: str, base_uri: str, trail: Trail) -> Any:
    """openapi-spec-validator's validator of `spec` for the family ("3.0"/"3.1"), its errors located."""
    validator_schemas.preload(family)
    return _located_validator(_BASES[family], trail)(spec, base_uri=base_uri)


def schema_errors(validator: Any) -> Iterator[LocatedError]:
    """The validator's first pass: the OpenAPI JSON Schema over the whole document, in the validator's order."""
    for error in _crawled(validator.schema_validator).iter_errors(validator.schema):
        yield LocatedError(error, ())


def walk_errors(validator: Any) -> Iterator[LocatedError]:
    """The validator's second pass: its walk of paths and components, in the validator's order."""
    for item in validator.root_validator(validator.schema_path):
        yield item if isinstance(item, LocatedError) else LocatedError(item, ())


def _crawled(schema_validator: Any) -> Any:
    """The same validator of the OpenAPI schema (class, schema, format checker) on a registry crawled once.

    openapi-spec-validator makes it on jsonschema's default registry, which is not crawled: each of its
    `$dynamicRef`s then crawls all of it again (thousands of times on a large spec)."""
    validator_cls = schema_validator.__class__  # not type(): openapi-spec-validator hands out a lazy proxy
    key = (validator_cls, id(schema_validator.schema))
    if key not in _CRAWLED:
        resource = Resource.from_contents(schema_validator.schema)
        registry = SPECIFICATIONS.with_resource(resource.id() or "", resource).crawl()
        _CRAWLED[key] = validator_cls(schema_validator.schema, format_checker=schema_validator.format_checker,
                                      registry=registry)
    return _CRAWLED[key]


_CRAWLED: dict[tuple[type[Any], int], Any] = {}


def _located_validator(base: type[Any], trail: Trail) -> type[Any]:
    keywords = {name: _located_keyword(cls, trail) for name, cls in base.keyword_validators.items()}
    return type(base.__name__, (base,), {"keyword_validators": keywords})


def _located_keyword(cls: type[KeywordValidator], trail: Trail) -> type[KeywordValidator]:
    """A subclass of a keyword validator whose errors are LocatedErrors at the SchemaPath it was called with."""
    below = ("default",) if issubclass(cls, ValueValidator) else ()
    unwrapped: Callable[..., Iterator[Any]] = cls.__call__

    def call(self: KeywordValidator, *args: Any, **kwargs: Any) -> Iterator[LocatedError]:
        checked = next((a for a in args if isinstance(a, SchemaPath)), None)
        base: Path = (*checked.parts, *below) if checked is not None else ()
        try:
            for item in unwrapped(self, *args, **kwargs):
                if isinstance(item, LocatedError):  # from a nested keyword validator: already located
                    yield item
                else:
                    kind = type(item).__name__
                    yield LocatedError(_REORDERED.get(kind, _same)(item), (*base, *_SUFFIXES.get(kind, ())))
        except Exception:
            if trail.crash_site is None:  # the innermost wrapper sees the crash first
                trail.crash_site = base
            raise

    members: dict[str, Any] = {"__call__": call}
    if issubclass(cls, SchemaValidator):
        members["_get_schema_checker"] = _prepared_schema_checker
        members["__init__"] = _schema_validator_with_id_sets
    return type(cls.__name__, (cls,), members)


def _same(error: Any) -> Any:
    return error


def _schema_validator_with_id_sets(self: SchemaValidator, registry: Any) -> None:
    """The schema validator, with its lists of the schemas it has seen answering `in` at once.

    It looks up each schema it meets in two lists (visited, meta-checked) that grow to every schema of the
    spec: on a large spec, seconds spent scanning them. The lists keep their contents and order."""
    super(type(self), self).__init__(registry)
    self.visited_schema_ids = _IdList()
    self.meta_checked_schema_ids = _IdList()


class _IdList(list[int]):
    """A list of ids whose `in` is a set lookup (the validator only appends to these lists and asks `in`)."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def _prepared_schema_checker(self: SchemaValidator, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
    """The validator's own meta-schema check, with one prepared validator per dialect class and format checker.

    The check (openapi-schema-validator's `check_openapi_schema`) builds a new validator for every schema
    checked, on a registry of meta-schemas that is not crawled, so each one crawls it again at its first
    `$dynamicRef`: most of the validator's time on a large spec. The prepared validator is the same validator
    of the same meta-schema, on the same registry crawled once; its errors are the same."""
    checker = super(type(self), self)._get_schema_checker(schema, schema_value)  # type: ignore[misc]
    method, format_checker = checker, _DEFAULT
    if isinstance(checker, partial) and not checker.args and set(checker.keywords) == {"format_checker"}:
        method, format_checker = checker.func, checker.keywords["format_checker"]
    owner = getattr(method, "__self__", None)
    if getattr(method, "__func__", None) is oas_validators.check_openapi_schema and isinstance(owner, type):
        default = cast(Any, owner).FORMAT_CHECKER
        return _meta_schema_checker(owner, default if format_checker is _DEFAULT else format_checker)
    return cast(Callable[[Any], None], checker)


_DEFAULT = object()


@cache
def _meta_schema_checker(validator_cls: type[Any], format_checker: Any) -> Callable[[Any], None]:
    """`check_openapi_schema(validator_cls, schema, format_checker)` with one validator, made here once."""
    meta_cls = validator_for(validator_cls.META_SCHEMA, default=validator_cls)
    validator = meta_cls(validator_cls.META_SCHEMA, format_checker=format_checker,
                         registry=oas_validators.OPENAPI_SPECIFICATIONS.crawl())  # type: ignore[attr-defined]

    def check(schema: Any) -> None:
        for error in validator.iter_errors(schema):
            raise SchemaError.create_from(error)

    return check
