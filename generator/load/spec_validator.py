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
from typing import Any

from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.keywords import KeywordValidator, ValueValidator

Path = tuple[str | int, ...]
_BASES = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}
# keys below the checked value where some errors are: the value of `default`, the list of `required`
_SUFFIXES = {"ExtraParametersError": ("required",)}


@dataclass(frozen=True, slots=True)
class LocatedError:
    """An error and the path of the value it was found in: `base` + `error.absolute_path` is where it is."""

    error: Any  # a jsonschema ValidationError (jsonschema has no type hints)
    base: Path


@dataclass
class Trail:
    """Where the validator was when it crashed: the innermost value being checked (None: outside the walk)."""

    crash_site: Path | None = None


def located_errors(spec: Any, family: str, base_uri: str, trail: Trail) -> Iterator[LocatedError]:
    """Every error of openapi-spec-validator for the family ("3.0"/"3.1"), in the validator's order."""
    validator = _located_validator(_BASES[family], trail)(spec, base_uri=base_uri)
    for error in validator.schema_validator.iter_errors(validator.schema):
        yield LocatedError(error, ())
    for item in validator.root_validator(validator.schema_path):
        yield item if isinstance(item, LocatedError) else LocatedError(item, ())


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
                    yield LocatedError(item, (*base, *_SUFFIXES.get(type(item).__name__, ())))
        except Exception:
            if trail.crash_site is None:  # the innermost wrapper sees the crash first
                trail.crash_site = base
            raise

    return type(cls.__name__, (cls,), {"__call__": call})
