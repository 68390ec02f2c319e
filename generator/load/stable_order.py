"""The validator's findings in an order and wording that do not depend on PYTHONHASHSEED.

Python salts the hashes of strings anew in every process, so iterating a set of strings gives another order
in each run. The validator does so in two places, and its findings followed that order:

- `additionalProperties` (jsonschema's, and openapi-schema-validator's for OpenAPI 3.0 schemas) collects the
  properties it checks into a set: the errors inside them (two component schemas that are both wrong, two
  parameters, two responses) came out in set order, and openapi-schema-validator's "Additional properties are
  not allowed ('a', 'b' were unexpected)" named the properties in set order.
- openapi-spec-validator's "Required list has not defined properties: [...]" lists a set difference.

Within `properties_in_document_order()`, `additionalProperties` checks the properties in the order they are in
the checked value (the order of the document) and names them sorted, as jsonschema's own message does; the
required names are put in sorted order by `with_sorted_required_names`. Nothing else changes: the same errors,
at the same paths, with the same messages up to the order of the names in them.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from . import validator_settings  # noqa: F401 - first: its import puts the settings stand-ins in place

# isort: split
import jsonschema.validators as drafts  # type: ignore[import-untyped]
import openapi_schema_validator.validators as oas_validators
from jsonschema._utils import extras_msg, find_additional_properties  # type: ignore[import-untyped]

Keyword = Callable[[Any, Any, Any, Any], Iterator[Any]]
_CLASS_NAMES = ("OAS30Validator", "OAS30StrictValidator", "OAS30ReadValidator", "OAS30WriteValidator",
                "OAS31Validator", "OAS32Validator")
_NOT_ALLOWED = "Additional properties are not allowed (%s %s unexpected)"
_REQUIRED_NOT_DEFINED = "Required list has not defined properties: "


@contextmanager
def properties_in_document_order() -> Iterator[None]:
    """Within: the validators' `additionalProperties` check and name properties in a fixed order."""
    classes = [*(getattr(drafts, name) for name in dir(drafts) if name.startswith("Draft")),
               *(getattr(oas_validators, name) for name in _CLASS_NAMES if hasattr(oas_validators, name))]
    keywords = {id(cls.VALIDATORS): cls.VALIDATORS for cls in classes
                if isinstance(getattr(cls, "VALIDATORS", None), dict) and "additionalProperties" in cls.VALIDATORS}
    replaced = [(table, table["additionalProperties"]) for table in keywords.values()]
    try:
        for table, keyword in replaced:
            table["additionalProperties"] = _in_document_order(keyword)
        yield
    finally:
        for table, keyword in replaced:
            table["additionalProperties"] = keyword


def _in_document_order(keyword: Keyword) -> Keyword:
    """`keyword` (an `additionalProperties`), checking the properties in the order of the value checked."""

    def additional_properties(validator: Any, allowed: Any, instance: Any, schema: Any) -> Iterator[Any]:
        if not validator.is_type(instance, "object"):
            return
        if validator.is_type(allowed, "object"):  # what the keyword does, property by property, in order
            for name in find_additional_properties(instance, schema):
                yield from validator.descend(instance[name], allowed, path=name)
            return
        for error in keyword(validator, allowed, instance, schema):
            yield _with_sorted_extras(error, instance, schema)

    return additional_properties


def _with_sorted_extras(error: Any, instance: Any, schema: Any) -> Any:
    """The error, its "not allowed" message naming the properties sorted when it named them in set order.

    A set built the same way in the same process iterates in the same order: the message the keyword wrote
    from its set is recognised exactly, and no other message is touched."""
    extras = list(find_additional_properties(instance, schema))
    if len(extras) > 1 and error.message == _NOT_ALLOWED % extras_msg(set(extras)):
        error.message = _NOT_ALLOWED % extras_msg(sorted(extras, key=str))
    return error


def with_sorted_required_names(error: Any) -> Any:
    """openapi-spec-validator's ExtraParametersError, naming the required properties sorted (it lists a set)."""
    message = getattr(error, "message", None)
    if not isinstance(message, str) or not message.startswith(_REQUIRED_NOT_DEFINED):
        return error
    try:
        names = ast.literal_eval(message[len(_REQUIRED_NOT_DEFINED):])
    except (ValueError, SyntaxError):
        return error
    if isinstance(names, list) and len(names) > 1:
        error.message = f"{_REQUIRED_NOT_DEFINED}{sorted(names, key=str)}"
    return error
