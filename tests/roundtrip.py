"""Round trips of generated models: payloads drawn from a schema's JSON Schema go through `from_dict`, then
`to_dict`, and must come back equal.

The oracle is the spec itself, not the generator's model: for each `ObjectDef` the schema it was built from
(`ObjectDef.source`, "<file>#<pointer>") is read again from the spec files (with a YAML loader of our own)
and translated into a JSON Schema draft 7, what hypothesis-jsonschema understands:

- `$ref`s are inlined (local and relative-file ones). A recursive reference is cut the second time it is
  met on the current path: it becomes the `false` schema, so an optional recursive property is simply left
  out, a recursive array is empty and an `anyOf` branch disappears. A schema left unsatisfiable by a cut
  is skipped, with its name and the reason.
- Depth: the model's own schema (its allOf parts included) is drawn in full. An object it refers to through
  `$ref` is drawn *minimal*: required properties only, no extra keys, at most one array item. That object
  is a model of its own and is round-tripped in full there; drawing it in full here too would only cost time
  (Discord's message schemas inline into thousands of nodes).
- Values the spec leaves free (`{}`, `type: object` without properties, keys that no property names) draw
  short scalars (EXTRA_VALUES): the models keep such values as they come, whatever they are.
- OpenAPI 3.0: `nullable: true` adds null (to the type list, or as an `anyOf` branch; the generator reads it
  the same way, also next to `anyOf` or `enum` without `type`); boolean `exclusiveMinimum`/`exclusiveMaximum`
  become draft-6 numbers; `$ref` siblings are ignored, as 3.0 says.
- OpenAPI 3.1: `$ref` siblings apply (an `allOf` of both); `prefixItems` becomes draft-7 tuple `items`.
- A schema with `properties` or `additionalProperties` and no `type` is taken as `type: object` (what its
  author means, and how the generator reads it). The model's payload is an object: a nullable model's null
  is the business of the fields that use it, not of `from_dict`.
- A `oneOf` whose branches have different types is an `anyOf` (the same payloads, far cheaper to draw).
- Annotations (`discriminator`, `xml`, `example(s)`, `readOnly`, ...) and numeric keywords whose value is
  not a number (invalid) are dropped; 2019-09/2020-12 keywords without a draft-7 equivalent make the model
  skipped, and named.
- `format: date-time` and `format: date` draw *canonical* strings, i.e. what `datetime.isoformat()` and
  `date.isoformat()` give. The generated code decodes these formats into `datetime`/`date` objects and
  encodes them back with `isoformat()`, so `2024-01-01T00:00:00Z` legitimately comes back as
  `2024-01-01T00:00:00+00:00`: the same instant, other bytes. Drawing canonical forms keeps the comparison
  byte-exact (and so still catches a wrong offset, lost microseconds, or a date turned into a date-time).

A payload round-trips when `json.dumps(to_dict(from_dict(p)), sort_keys=True)` equals the same for `p`:
keys absent stay absent, explicit nulls stay null, `true` does not become `1`, and nothing that is not JSON
data (a datetime, a dataclass) may leak out of `to_dict`. An exception is a failure too, reported with the
line of generated code that raised it.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import multiprocessing
import os
import re
import traceback
import warnings
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

FULL_DEPTH = 1  # levels of $refs drawn in full: 1 = the model's own schema; what it refers to is drawn minimal
MAX_REF_DEPTH = 12  # nested $refs inlined below one model before the rest is cut
MAX_NODES = 40_000  # a translated schema larger than this is skipped (hypothesis-jsonschema gets very slow)
# Values of keys a schema does not name, where it says nothing about them, and values of schemas that allow
# anything (`{}`): scalars, so that payloads stay small. Arbitrary nested JSON there costs a lot of time
# and tests nothing more: `extra` and `Any` fields keep values as they come, whatever they are.
EXTRA_VALUES = {"type": ["null", "boolean", "integer", "string"], "maxLength": 8}
DATETIME_FORMAT, DATE_FORMAT = "pyclient-canonical-date-time", "pyclient-canonical-date"

# Keywords that only annotate, or that hypothesis-jsonschema does not know and that do not constrain here.
_DROPPED = frozenset({
    "discriminator", "xml", "externalDocs", "example", "examples", "readOnly", "writeOnly", "deprecated",
    "nullable", "title", "description", "default", "$schema", "$id", "$anchor", "$comment", "$defs",
    "definitions", "contentEncoding", "contentMediaType", "$dynamicAnchor",
})
# 2019-09/2020-12 keywords with no draft-7 equivalent: a schema using them is skipped, and named.
_UNSUPPORTED = frozenset({
    "unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "$dynamicRef", "$recursiveRef",
    "contentSchema", "minContains", "maxContains",
})
# Keywords that apply to one type only, or to all values alike: such a schema takes null by a type list.
_TYPE_ONLY_KEYS = frozenset({
    "type", "enum", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "items", "additionalItems", "minItems", "maxItems", "uniqueItems",
    "properties", "additionalProperties", "patternProperties", "required", "minProperties", "maxProperties",
    "propertyNames", "contains",
})
_NUMERIC = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
                      "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"})
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs", "dependencies")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_ONE = ("additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
               "additionalItems")


class Unsupported(Exception):
    """The schema cannot be given to hypothesis-jsonschema; the message says why."""


# ---- reading the spec files again (independently of the generator's loader) -------------------------


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML as JSON sees it: mapping keys are strings, timestamps stay strings, and `1e+09` is a number (as in
    YAML 1.2 and JSON; PyYAML's YAML 1.1 wants a dot in a float and reads it as the string '1e+09')."""


def _mapping(loader: Any, node: Any) -> dict[str, Any]:
    loader.flatten_mapping(node)
    return {(k if isinstance(k, str) else json.dumps(k)): v for k, v in loader.construct_pairs(node, deep=True)}


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: str(loader.construct_scalar(node)))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"^[-+]?[0-9]+[eE][-+]?[0-9]+$"),
                              list("-+0123456789"))


def read_spec(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return json.loads(text)
    return yaml.load(text, Loader=_Loader)


def _pointer_tokens(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


# ---- spec schema → JSON Schema draft 7 ----------------------------------------------------------------


@dataclass
class Translation:
    schema: Any
    cuts: int = 0  # recursive or too-deep references replaced by `false`
    nodes: int = 0


class SchemaSource:
    """The spec files of one corpus spec, and JSON Schemas of the schemas in them."""

    def __init__(self, root: Path, openapi: str | None = None) -> None:
        self.root = root.resolve()
        self._files: dict[Path, Any] = {}
        document = self.document(self.root)
        self.openapi = openapi or str(document.get("openapi", "3.0") if isinstance(document, dict) else "3.0")
        self.is_30 = self.openapi.startswith("3.0")
        self.one_of_as_any_of = False  # see _one: the fallback when no payload satisfies a oneOf

    def document(self, path: Path) -> Any:
        if path not in self._files:
            self._files[path] = read_spec(path)
        return self._files[path]

    def lookup(self, file: Path, pointer: str) -> Any:
        value = self.document(file)
        for token in _pointer_tokens(pointer):  # a JSON pointer as the generator writes it (not %-encoded)
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                raise Unsupported(f"{file.name}#{pointer} points to nothing")
        return value

    def json_schema(self, source: str) -> Translation:
        """The JSON Schema of the spec schema at `source` ("<file>#<pointer>", as in ObjectDef.source)."""
        file_text, _, pointer = source.partition("#")
        file = Path(file_text).resolve()
        translation = Translation(None)
        at = _At(file, (f"{file.as_posix()}#{pointer}",), translation)
        translation.schema = _as_object(self._translate(self.lookup(file, pointer), at))
        return translation

    def _translate(self, schema: Any, at: _At) -> Any:
        at.out.nodes += 1
        if at.out.nodes > MAX_NODES:
            raise Unsupported(f"the inlined schema has more than {MAX_NODES} nodes")
        if isinstance(schema, bool):
            return schema
        if not isinstance(schema, dict):
            return {}
        if isinstance(schema.get("$ref"), str):
            return self._reference(schema, at)
        unsupported = sorted(_UNSUPPORTED & schema.keys())
        if unsupported:
            raise Unsupported(f"uses {', '.join(unsupported)} (no draft-7 equivalent)")
        minimal = at.minimal
        required = {r for r in schema.get("required") or [] if isinstance(r, str)} | at.required
        plain = at.plain()

        def sub(value: Any) -> Any:
            return self._translate(value, plain)

        result: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _DROPPED or key.startswith("x-"):
                continue
            if key == "properties" and isinstance(value, dict):
                result[key] = {k: sub(v) if not minimal or k in required else self._cut(at) for k, v in value.items()}
            elif key == "patternProperties" and isinstance(value, dict):
                if not minimal:
                    result[key] = {k: sub(v) for k, v in value.items()}
            elif key == "allOf" and isinstance(value, list):
                inherited = frozenset(required | self._required_in(value, at.file))
                result[key] = [self._translate(v, plain.part(inherited)) for v in value]
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                branches = [sub(v) for v in value]
                # oneOf over branches of different types is an anyOf, and much cheaper to draw from
                relax = key == "oneOf" and (self.one_of_as_any_of or _disjoint(branches))
                result["anyOf" if relax else key] = branches
            elif key == "additionalProperties" and isinstance(value, (dict, bool)):
                result[key] = self._cut(at) if minimal and not at.composed else sub(value)
            elif key in _SCHEMA_ONE and isinstance(value, (dict, bool)):
                result[key] = sub(value)
            elif key == "items" and isinstance(value, list):  # draft-4..7 tuple form
                result[key] = [sub(v) for v in value]
            elif key == "items" and isinstance(value, (dict, bool)):
                result["additionalItems" if "prefixItems" in schema else "items"] = sub(value)
            elif key == "prefixItems" and isinstance(value, list):
                result["items"] = [sub(v) for v in value]
            elif key == "maxItems" and minimal:
                result[key] = min(value, max(1, schema.get("minItems") or 0)) if isinstance(value, int) else value
            elif key == "format" and value in ("date-time", "date"):
                result[key] = DATETIME_FORMAT if value == "date-time" else DATE_FORMAT
            elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):  # OpenAPI 3.0
                bound = "minimum" if key == "exclusiveMinimum" else "maximum"
                if value and isinstance(schema.get(bound), (int, float)):
                    result[key] = schema[bound]  # draft 6: the number replaces the bound
            elif key in ("minimum", "maximum") and schema.get("exclusiveM" + key[1:]) is True:
                continue  # became the draft-6 exclusive bound above
            elif key in _NUMERIC and (not isinstance(value, (int, float)) or isinstance(value, bool)):
                continue  # a string where a number belongs: invalid, and nothing the models check
            elif key in ("type", "required", "enum") and isinstance(value, list) and not value:
                continue  # draft 4..7 forbid empty lists here
            elif key in _SCHEMA_MAPS:
                continue
            else:
                result[key] = copy.deepcopy(value)
        if minimal and ("items" in schema or "prefixItems" in schema) and "maxItems" not in schema:
            result["maxItems"] = max(1, schema.get("minItems") or 0)  # below the model: one item will do
        objectish = any(k in schema for k in ("properties", "additionalProperties"))
        if "type" not in schema and objectish:
            result["type"] = "object"  # what the author means, and what the generator assumes
        closable = not at.composed and not any(k in schema for k in ("allOf", "anyOf", "oneOf", "not", "if"))
        if closable and "additionalProperties" not in schema and (objectish or result.get("type") == "object"):
            result["additionalProperties"] = False if minimal else EXTRA_VALUES  # see EXTRA_VALUES
        if not at.composed and not result:  # any value: scalars stand for it (nothing decodes an Any)
            result = dict(EXTRA_VALUES)
        return _or_null(result) if self._nullable(schema) else result

    def _cut(self, at: _At) -> bool:
        at.out.cuts += 1
        return False

    def _required_in(self, parts: list[Any], file: Path) -> set[str]:
        """Property names that the parts of an allOf require (following one $ref each)."""
        names: set[str] = set()
        for part in parts:
            if isinstance(part, dict) and isinstance(part.get("$ref"), str) and "://" not in part["$ref"]:
                target_file_text, _, pointer = part["$ref"].partition("#")
                target = (file.parent / unquote(target_file_text)).resolve() if target_file_text else file
                try:
                    part = self.lookup(target, unquote(pointer))
                except Unsupported:
                    continue
            if isinstance(part, dict):
                names.update(r for r in part.get("required") or [] if isinstance(r, str))
        return names

    def _nullable(self, schema: dict[str, Any]) -> bool:
        return self.is_30 and schema.get("nullable") is True

    def _reference(self, schema: dict[str, Any], at: _At) -> Any:
        ref = schema["$ref"]
        if "://" in ref:
            raise Unsupported(f"remote $ref {ref!r}")
        target_file_text, _, pointer = ref.partition("#")
        target_file = (at.file.parent / unquote(target_file_text)).resolve() if target_file_text else at.file
        key = f"{target_file.as_posix()}#{pointer}"
        if key in at.stack or len(at.stack) > MAX_REF_DEPTH:
            return self._cut(at)
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        applied = not self.is_30 and bool(siblings)  # 3.1: siblings apply, as a second allOf part
        depth = at.depth if at.composed else at.depth + 1  # an allOf part is the same object, not a nested one
        inner = _At(target_file, (*at.stack, key), at.out, at.composed or applied, at.required, depth)
        target = self._translate(self.lookup(target_file, unquote(pointer)), inner)
        if self.is_30:
            return _or_null(target) if self._nullable(siblings) else target
        rest = self._translate(siblings, at.part(at.required)) if siblings else {}
        return {"allOf": [target, rest]} if rest not in ({}, True) else target


@dataclass(frozen=True)
class _At:
    """Where a translation is: the file (for relative refs), the refs being inlined, and how to translate.

    `composed`: the schema is a part of an `allOf`, so its object keywords must stay as they are (closing
    it would forbid the other parts' properties). `minimal`: deep below the model (more than FULL_DEPTH
    nested references), only what is required is drawn: optional properties, extra keys and array items
    are left out, which keeps schemas like Discord's messages small enough to draw from. `required`: names
    that an enclosing allOf requires, so that a part keeps them.
    """

    file: Path
    stack: tuple[str, ...]
    out: Translation
    composed: bool = False
    required: frozenset[str] = frozenset()
    depth: int = 0  # references to other objects followed so far (allOf parts do not count)

    @property
    def minimal(self) -> bool:
        return self.depth >= FULL_DEPTH

    def plain(self) -> _At:
        return _At(self.file, self.stack, self.out, depth=self.depth)

    def part(self, required: frozenset[str]) -> _At:
        return _At(self.file, self.stack, self.out, True, required, self.depth)


def _types(schema: Any) -> set[str] | None:
    """The JSON types a translated schema allows, when it says so plainly (None: it does not)."""
    if not isinstance(schema, dict):
        return set() if schema is False else None
    if "anyOf" in schema and set(schema) == {"anyOf"}:
        union: set[str] = set()
        for part in schema["anyOf"]:
            kinds = _types(part)
            if kinds is None:
                return None
            union |= kinds
        return union
    kind = schema.get("type")
    kinds = {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else None
    if kinds is not None and "integer" in kinds:
        kinds.add("number")
    if kinds is not None and "number" in kinds:
        kinds.add("integer")
    return kinds


def _disjoint(branches: list[Any]) -> bool:
    seen: set[str] = set()
    for branch in branches:
        kinds = _types(branch)
        if kinds is None or kinds & seen:
            return False
        seen |= kinds
    return True


def _or_null(schema: Any) -> Any:
    """`schema` or null, as cheaply for hypothesis-jsonschema as can be (a type list rather than anyOf)."""
    if isinstance(schema, dict) and isinstance(schema.get("type"), str) and set(schema) <= _TYPE_ONLY_KEYS:
        nullable = {**schema, "type": [schema["type"], "null"]}
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            nullable["enum"] = [*schema["enum"], None]
        return nullable
    return {"anyOf": [{"type": "null"}, schema]}


def _as_object(schema: Any) -> Any:
    """A model's payload is an object: a nullable model's null is the business of the places using it."""
    if isinstance(schema, dict) and set(schema) == {"anyOf"} and len(schema["anyOf"]) == 2 \
            and {"type": "null"} in schema["anyOf"]:
        schema = next(s for s in schema["anyOf"] if s != {"type": "null"})
    if isinstance(schema, dict) and schema.get("type") == "object":
        return schema
    return {"allOf": [schema, {"type": "object"}]}


# ---- payloads and the round trip ----------------------------------------------------------------------


def _canonical_formats() -> dict[str, Any]:
    from hypothesis import strategies as st

    offsets = st.sampled_from([_dt.timezone.utc, _dt.timezone(_dt.timedelta(hours=5, minutes=30)),
                               _dt.timezone(_dt.timedelta(hours=-8))])
    moments = st.datetimes(min_value=_dt.datetime(1900, 1, 1), max_value=_dt.datetime(2200, 1, 1),
                           timezones=offsets)
    return {
        DATETIME_FORMAT: moments.map(lambda d: d.isoformat()),
        DATE_FORMAT: st.dates(min_value=_dt.date(1900, 1, 1), max_value=_dt.date(2200, 1, 1)).map(
            lambda d: d.isoformat()),
    }


@dataclass
class ModelResult:
    """The round trip of one model: `ok`, `skipped` (with the reason) or `failed` (with the payload)."""

    model: str
    source: str
    status: str
    examples: int = 0
    reason: str = ""
    payload: Any = None
    got: Any = None
    cuts: int = 0


@dataclass
class RoundTrips:
    results: list[ModelResult] = field(default_factory=list)

    def with_status(self, status: str) -> list[ModelResult]:
        return [r for r in self.results if r.status == status]

    @property
    def examples(self) -> int:
        return sum(r.examples for r in self.results)

    def summary(self) -> str:
        ok, skipped, failed = (len(self.with_status(s)) for s in ("ok", "skipped", "failed"))
        return f"{self.examples} examples, {ok} models ok, {failed} failed, {skipped} skipped"


class _Mismatch(AssertionError):
    def __init__(self, payload: Any, got: Any, reason: str) -> None:
        super().__init__(reason)
        self.payload, self.got, self.reason = payload, got, reason


def dumped(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def check_round_trip(cls: Any, payload: Any) -> None:
    """`cls.from_dict(payload).to_dict()` must give `payload` back, as the same JSON."""
    try:
        got = cls.from_dict(payload).to_dict()
    except Exception as exc:  # noqa: BLE001 - any exception is the finding
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).parent.name}/{Path(frame.filename).name}:{frame.lineno} ({frame.line})"
        raise _Mismatch(payload, None, f"{type(exc).__name__}: {exc} at {where}") from None
    try:
        same = dumped(got) == dumped(payload)
    except (TypeError, ValueError) as exc:
        raise _Mismatch(payload, got, f"to_dict() returned something that is not JSON data: {exc}") from None
    if not same:
        raise _Mismatch(payload, got, "to_dict() differs from the payload: " + first_difference(payload, got))


def first_difference(expected: Any, got: Any, path: str = "$") -> str:
    """Where two JSON values first differ, e.g. `$.items[0].created: '...' != '...'`."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in expected.keys() | got.keys():
            if key not in got:
                return f"{path}.{key} was dropped"
            if key not in expected:
                return f"{path}.{key} appeared ({got[key]!r})"
            if dumped_or_repr(expected[key]) != dumped_or_repr(got[key]):
                return first_difference(expected[key], got[key], f"{path}.{key}")
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        for index, (a, b) in enumerate(zip(expected, got)):
            if dumped_or_repr(a) != dumped_or_repr(b):
                return first_difference(a, b, f"{path}[{index}]")
    return f"{path}: {expected!r} != {got!r} ({type(got).__name__})"


def dumped_or_repr(value: Any) -> str:
    try:
        return dumped(value)
    except (TypeError, ValueError):
        return repr(value)


def _cache_composite_lint() -> None:
    """hypothesis-jsonschema makes a `@composite` strategy for every object schema, again on every draw, and for
    each one hypothesis parses the function's source to lint that it uses `draw`: about a fifth of the round
    trips' time. The answer depends on the code only, so keep it by code object (hypothesis is pinned <6.156)."""
    from hypothesis.strategies._internal import core

    original = getattr(core, "is_first_param_referenced_in_function", None)
    if original is None or getattr(original, "cached_by_code", False):
        return
    answers: dict[Any, bool] = {}

    def cached(f: Any) -> bool:
        code = getattr(f, "__code__", None)
        if code is None:
            return bool(original(f))
        if code not in answers:
            answers[code] = bool(original(f))
        return answers[code]

    cached.cached_by_code = True  # type: ignore[attr-defined]
    setattr(core, "is_first_param_referenced_in_function", cached)  # noqa: B010 - not an exported name


def round_trip_model(cls: Any, schema: Any, max_examples: int) -> tuple[int, _Mismatch | None]:
    """Draw up to `max_examples` payloads (deterministically) and round-trip each; the first mismatch."""
    _cache_composite_lint()
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis_jsonschema import from_schema
    from jsonschema import Draft7Validator  # type: ignore[import-untyped,unused-ignore]
    from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped,unused-ignore]

    try:
        Draft7Validator.check_schema(schema)
    except SchemaError as exc:
        raise Unsupported(f"not a valid draft-7 schema: {exc.message[:160]}") from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid-regex warnings: that pattern's strategy is just empty
        strategy = from_schema(schema, custom_formats=_canonical_formats())
        if strategy.is_empty:
            raise Unsupported("no payload satisfies the schema (after cutting recursion)")
    count = 0

    @settings(max_examples=max_examples, derandomize=True, database=None, deadline=None, print_blob=False,
              phases=(Phase.explicit, Phase.generate), suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(payload: Any) -> None:
        nonlocal count
        count += 1
        check_round_trip(cls, payload)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            run()
    except _Mismatch as mismatch:
        return count, mismatch
    return count, None


PARALLEL_MODELS = 40  # from this many models on, round trips run in forked worker processes


def round_trip_all(models: Any, definitions: Any, source: SchemaSource, max_examples: int,
                   workers: int | None = None) -> RoundTrips:
    """Round-trip every ObjectDef of an Api (`definitions`) against the generated `models` module.

    With many models, the work is shared by `workers` forked processes (default: the CPUs this process may
    use, at most 4), which inherit the imported module and the parsed spec. Every model's payloads depend
    only on its schema (derandomized hypothesis), so the results are the same however the work is shared.
    """
    from generator.model.types import ObjectDef

    objects = [d for d in definitions if isinstance(d, ObjectDef)]
    workers = workers if workers is not None else min(4, len(os.sched_getaffinity(0))
                                                      if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if workers < 2 or len(objects) < PARALLEL_MODELS or "fork" not in multiprocessing.get_all_start_methods():
        return RoundTrips([_one(models, d, source, max_examples) for d in objects])
    global _SHARED
    _SHARED = (models, source, max_examples, objects)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_one_shared, range(len(objects)), chunksize=4))
    finally:
        _SHARED = None
    return RoundTrips(results)


_SHARED: tuple[Any, SchemaSource, int, list[Any]] | None = None  # what forked workers inherit


def _one_shared(index: int) -> ModelResult:
    assert _SHARED is not None
    models, source, max_examples, objects = _SHARED
    result = _one(models, objects[index], source, max_examples)
    result.got = dumped_or_repr(result.got) if result.got is not None else None  # plain data for the parent
    return result


def _one(models: Any, definition: Any, source: SchemaSource, max_examples: int) -> ModelResult:
    result = ModelResult(definition.name, short_source(definition.source), "skipped")
    cls = getattr(models, definition.name, None)
    if cls is None or not hasattr(cls, "from_dict"):
        result.status, result.reason = "failed", f"models.{definition.name} is missing or has no from_dict"
        return result
    translation: Translation | None = None
    try:
        try:
            translation = source.json_schema(definition.source)
            result.cuts = translation.cuts
            result.examples, mismatch = round_trip_model(cls, translation.schema, max_examples)
        except Exception as exc:
            if translation is None or "oneOf" not in json.dumps(translation.schema) or not _unsatisfiable(exc):
                raise
            # Branches that differ only in optional properties look alike once drawn minimal, and then no
            # payload matches exactly one: draw them as anyOf (the decoders pick a variant by shape anyway).
            source.one_of_as_any_of = True
            try:
                translation = source.json_schema(definition.source)
            finally:
                source.one_of_as_any_of = False
            result.cuts, result.reason = translation.cuts, "oneOf drawn as anyOf (no payload matched one branch)"
            result.examples, mismatch = round_trip_model(cls, translation.schema, max_examples)
    except Unsupported as exc:
        result.reason = str(exc)
        return result
    except RecursionError:
        result.reason = "hypothesis-jsonschema: schema nests too deeply"
        return result
    except Exception as exc:  # hypothesis-jsonschema rejecting a schema is a skip, named
        if type(exc).__module__.startswith(("hypothesis", "jsonschema")):
            result.reason = f"hypothesis-jsonschema: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
            return result
        raise
    if mismatch is None:
        result.status = "ok"
        return result
    result.status, result.reason, result.payload, result.got = "failed", mismatch.reason, mismatch.payload, mismatch.got
    return result


def _unsatisfiable(exc: Exception) -> bool:
    return (isinstance(exc, Unsupported) and "no payload" in str(exc)) or type(exc).__name__ == "Unsatisfiable"


def short_source(source: str) -> str:
    file, _, pointer = source.partition("#")
    return f"{Path(file).name}#{pointer}"


def iter_failures(trips: RoundTrips) -> Iterator[str]:
    for r in trips.with_status("failed"):
        payload = dumped_or_repr(r.payload)
        yield f"{r.model} ({r.source}): {r.reason}\n    payload: {payload[:400]}"

