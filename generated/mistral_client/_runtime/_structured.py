"""Structured outputs: a class as a `json_schema` response format, and the answer parsed back into that class.

A class with `model_json_schema()` / `model_validate()` (a pydantic model) is used through those two methods, so
this package never imports pydantic; a stdlib dataclass gets a schema derived from its fields. The format is the
one the official Mistral SDK sends: `{"type": "json_schema", "json_schema": {"name": <class name>, "schema":
<schema, every `"type": "object"` node given `"additionalProperties": false`>, "strict": true}}`.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar, Union

__all__ = ["ParsedChoice", "ParsedCompletion", "ParsedMessage", "aparse_completion", "from_json_data",
           "json_schema_of", "parse_completion", "response_format_for"]

T = TypeVar("T")

_PRIMITIVES: dict[type, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}


def response_format_for(cls: type[Any]) -> dict[str, Any]:
    """The `response_format` value that asks the model for JSON matching `cls` (a pydantic model or dataclass)."""
    return {"type": "json_schema",
            "json_schema": {"name": cls.__name__, "schema": json_schema_of(cls), "strict": True}}


def json_schema_of(cls: type[Any]) -> dict[str, Any]:
    """The strict JSON schema of `cls`: its own `model_json_schema()` when it has one, else derived from the
    dataclass fields; then `additionalProperties: false` on every object node, as mistralai does."""
    model_json_schema = getattr(cls, "model_json_schema", None)
    if callable(model_json_schema):
        schema = model_json_schema()
    elif dataclasses.is_dataclass(cls):
        schema = _DataclassSchema().root(cls)
    else:
        raise TypeError(f"{cls.__name__} is neither a dataclass nor has model_json_schema()")
    return typing.cast(dict[str, Any], _strict(schema))


def _strict(node: Any) -> Any:
    """`additionalProperties: false` on each mapping whose `type` is `"object"`, at any depth (mistralai's rule:
    a key already there keeps its position, else it is added last)."""
    if isinstance(node, Mapping):
        out = {key: _strict(value) for key, value in node.items()}
        if out.get("type") == "object":
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_strict(item) for item in node]
    return node


class _DataclassSchema:
    """JSON schema of a dataclass, laid out like pydantic's: nested dataclasses and enums under `$defs`."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def root(self, cls: type[Any]) -> dict[str, Any]:
        schema = self.object(cls)
        return {"$defs": dict(sorted(self.defs.items())), **schema} if self.defs else schema

    def object(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for f in dataclasses.fields(cls):
            prop = {**self.of(hints[f.name]), "title": f.name.replace("_", " ").title()}
            if f.default is not dataclasses.MISSING:
                prop["default"] = _jsonable(f.default)
            elif f.default_factory is dataclasses.MISSING:
                required.append(f.name)
            properties[f.name] = dict(sorted(prop.items()))  # pydantic's key order
        schema: dict[str, Any] = {"properties": properties}
        if required:
            schema["required"] = required
        return {**schema, "title": cls.__name__, "type": "object"}

    def of(self, hint: Any) -> dict[str, Any]:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if hint is Any:
            return {}
        if hint is type(None):
            return {"type": "null"}
        if hint in _PRIMITIVES:
            return {"type": _PRIMITIVES[hint]}
        if origin in (Union, types.UnionType):
            return {"anyOf": [self.of(arg) for arg in args]}
        if origin is typing.Literal:
            kinds = {_PRIMITIVES.get(type(arg)) for arg in args}
            return {"enum": list(args), **({"type": kinds.pop()} if len(kinds) == 1 and None not in kinds else {})}
        if origin in (list, Sequence, tuple, set, frozenset):
            return {"items": self.of(args[0]) if args else {}, "type": "array"}
        if origin in (dict, Mapping) or hint in (dict, Mapping):
            return {"additionalProperties": self.of(args[1]) if args else True, "type": "object"}
        if hint in (list, tuple):
            return {"items": {}, "type": "array"}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return self.ref(hint, lambda: self.enum(hint))
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            return self.ref(hint, lambda: self.object(hint))
        raise TypeError(f"no JSON schema for the type {hint!r}")

    def enum(self, cls: type[enum.Enum]) -> dict[str, Any]:
        values = [member.value for member in cls]
        kinds = {_PRIMITIVES.get(type(v)) for v in values}
        return {"enum": values, "title": cls.__name__, **({"type": kinds.pop()} if len(kinds) == 1 else {})}

    def ref(self, cls: type[Any], build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if cls.__name__ not in self.defs:
            self.defs[cls.__name__] = {}  # placeholder first: a recursive dataclass refers to itself
            self.defs[cls.__name__] = build()
        return {"$ref": f"#/$defs/{cls.__name__}"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def from_json_data(cls: type[T], data: Any) -> T:
    """An instance of `cls` from decoded JSON: `cls.model_validate(data)` when it has it, else the dataclass
    built field by field (nested dataclasses, enums, lists, dicts and optionals converted too)."""
    model_validate = getattr(cls, "model_validate", None)
    if callable(model_validate):
        return typing.cast(T, model_validate(data))
    return typing.cast(T, _convert(cls, data))


def _convert(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return _convert(arg, value)
            except (TypeError, ValueError, KeyError) as exc:
                errors.append(exc)
        raise ValueError(f"{value!r} matches none of {hint!r}: {errors}")
    if origin in (list, Sequence, tuple, set, frozenset) and isinstance(value, list):
        items = [_convert(args[0] if args else Any, v) for v in value]
        return items if origin in (list, Sequence) else origin(items)
    if origin in (dict, Mapping) and isinstance(value, dict):
        return {k: _convert(args[1] if args else Any, v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise TypeError(f"{hint.__name__} needs a JSON object, got {type(value).__name__}")
        hints = typing.get_type_hints(hint)
        names = {f.name for f in dataclasses.fields(hint) if f.init}
        return hint(**{k: _convert(hints[k], v) for k, v in value.items() if k in names})
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _text_of(content: Any) -> str | None:
    """A message's content as text: a string as is, a list of chunks as its `text` chunks joined."""
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [_chunk_text(chunk) for chunk in content]
        return "".join(t for t in texts if t is not None)
    return None  # UNSET


def _chunk_text(chunk: Any) -> str | None:
    if isinstance(chunk, Mapping):
        return chunk.get("text") if chunk.get("type") == "text" else None
    return getattr(chunk, "text", None) if getattr(chunk, "type", None) == "text" else None


class ParsedMessage(Generic[T]):
    """An answer's message plus `parsed`: its content as the class asked for (None when there is no text).
    Every other attribute is the message's own (`content`, `tool_calls`, ...)."""

    __slots__ = ("message", "parsed")

    def __init__(self, message: Any, parsed: T | None) -> None:
        self.message = message
        self.parsed = parsed

    def __getattr__(self, name: str) -> Any:
        return getattr(self.message, name)

    def __repr__(self) -> str:
        return f"ParsedMessage(parsed={self.parsed!r}, message={self.message!r})"


class ParsedChoice(Generic[T]):
    """A choice whose `message` is a `ParsedMessage`; other attributes are the choice's own."""

    __slots__ = ("choice", "message")

    def __init__(self, choice: Any, message: ParsedMessage[T] | None) -> None:
        self.choice = choice
        self.message = message

    def __getattr__(self, name: str) -> Any:
        return getattr(self.choice, name)


class ParsedCompletion(Generic[T]):
    """A chat completion whose `choices[i].message.parsed` holds the answer as a `T`; `response` is the
    completion as decoded, and every other attribute (`id`, `usage`, ...) is read from it."""

    __slots__ = ("choices", "response")

    def __init__(self, response: Any, choices: list[ParsedChoice[T]]) -> None:
        self.response = response
        self.choices = choices

    def __getattr__(self, name: str) -> Any:
        return getattr(self.response, name)


def parse_completion(response: Any, cls: type[T]) -> ParsedCompletion[T]:
    """Each choice's message content (text, or its text chunks joined) decoded as JSON into `cls`."""
    choices: list[ParsedChoice[T]] = []
    for choice in getattr(response, "choices", None) or []:
        message = getattr(choice, "message", None)
        if message is None:
            choices.append(ParsedChoice(choice, None))
            continue
        text = _text_of(getattr(message, "content", None))
        parsed = from_json_data(cls, json.loads(text)) if text else None
        choices.append(ParsedChoice(choice, ParsedMessage(message, parsed)))
    return ParsedCompletion(response, choices)


async def aparse_completion(response: Awaitable[Any], cls: type[T]) -> ParsedCompletion[T]:
    """`parse_completion` of an awaited response."""
    return parse_completion(await response, cls)
