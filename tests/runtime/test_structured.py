"""Structured outputs: the `json_schema` response format of a class, equal to what the official Mistral SDK sends
(recorded in tests/mistral/sdk_wire_full.json), and the answer parsed back into the class."""

from __future__ import annotations

import dataclasses
import enum
import json
from pathlib import Path
from typing import Any, Literal

import pytest
from _rt_under_test import (
    ParsedCompletion,
    from_json_data,
    json_schema_of,
    parse_completion,
    response_format_for,
)

from tests.mistral.sdk_calls import book_models

WIRE = json.loads((Path(__file__).resolve().parents[1] / "mistral" / "sdk_wire_full.json").read_text())


MODELS = book_models()  # pydantic: a dev dependency here (via openapi-spec-validator), never a generated package's
Book, Publisher = MODELS["Book"], MODELS["Publisher"]


def compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def test_pydantic_model_gives_the_bytes_mistralai_sent() -> None:
    [recorded] = [r for r in WIRE["requests"] if r["name"] == "chat_parse"]
    sent = json.loads(recorded["body"]["text"])  # key order kept
    assert compact(response_format_for(Book)) == compact(sent["response_format"])
    assert compact(response_format_for(Book)) in recorded["body"]["text"]


def test_strictness_reaches_every_object_node() -> None:
    schema = json_schema_of(Book)
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Publisher"]["additionalProperties"] is False
    assert list(schema)[-1] == "additionalProperties"  # added last, as mistralai does


class DuckModel:
    """Not pydantic: any class with model_json_schema / model_validate is used through them."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        return {"type": "object", "properties": {"x": {"type": "object", "additionalProperties": True}}}

    @classmethod
    def model_validate(cls, data: Any) -> DuckModel:
        return cls(data)


def test_duck_typed_model_uses_its_own_methods() -> None:
    assert response_format_for(DuckModel) == {"type": "json_schema", "json_schema": {
        "name": "DuckModel",
        "schema": {"type": "object", "properties": {"x": {"type": "object", "additionalProperties": False}},
                   "additionalProperties": False},
        "strict": True}}
    assert from_json_data(DuckModel, {"x": {}}).data == {"x": {}}


class Genre(enum.Enum):
    NOVEL = "novel"
    ESSAY = "essay"


@dataclasses.dataclass
class Author:
    name: str
    born: int | None = None


@dataclasses.dataclass
class Volume:
    title: str
    authors: list[Author]
    genre: Genre
    rating: float
    status: Literal["draft", "published"]
    tags: dict[str, str] = dataclasses.field(default_factory=dict)
    sequel_of: Volume | None = None
    in_print: bool = True


def test_dataclass_schema_from_its_fields() -> None:
    schema = json_schema_of(Volume)
    assert schema["required"] == ["title", "authors", "genre", "rating", "status"]
    props = schema["properties"]
    assert props["authors"] == {"items": {"$ref": "#/$defs/Author"}, "title": "Authors", "type": "array"}
    assert props["genre"] == {"$ref": "#/$defs/Genre", "title": "Genre"}
    assert props["rating"]["type"] == "number"
    assert props["status"] == {"enum": ["draft", "published"], "title": "Status", "type": "string"}
    assert props["tags"] == {"additionalProperties": False, "title": "Tags", "type": "object"}
    assert props["sequel_of"] == {"anyOf": [{"$ref": "#/$defs/Volume"}, {"type": "null"}], "default": None,
                                  "title": "Sequel Of"}
    assert props["in_print"] == {"default": True, "title": "In Print", "type": "boolean"}
    assert schema["$defs"]["Genre"] == {"enum": ["novel", "essay"], "title": "Genre", "type": "string"}
    assert schema["$defs"]["Author"]["additionalProperties"] is False
    assert schema["$defs"]["Author"]["required"] == ["name"]
    assert set(schema["$defs"]) == {"Author", "Genre", "Volume"}  # the recursive reference, defined once


def test_dataclass_built_from_json() -> None:
    data = {"title": "T", "authors": [{"name": "A", "born": 1900}], "genre": "essay", "rating": 4,
            "status": "draft", "sequel_of": {"title": "S", "authors": [], "genre": "novel", "rating": 1.5,
                                             "status": "published"}}
    volume = from_json_data(Volume, data)
    assert volume == Volume(title="T", authors=[Author("A", 1900)], genre=Genre.ESSAY, rating=4.0, status="draft",
                            sequel_of=Volume("S", [], Genre.NOVEL, 1.5, "published"))
    assert isinstance(volume.rating, float)
    with pytest.raises(ValueError):
        from_json_data(Volume, {**data, "genre": "poem"})


def test_unsupported_classes_are_refused() -> None:
    with pytest.raises(TypeError, match="neither a dataclass"):
        json_schema_of(int)

    @dataclasses.dataclass
    class Odd:
        when: complex

    with pytest.raises(TypeError, match="no JSON schema"):
        json_schema_of(Odd)


@dataclasses.dataclass
class Chunk:
    type: str
    text: str


@dataclasses.dataclass(slots=True)
class Message:
    role: str
    content: Any


@dataclasses.dataclass(slots=True)
class Choice:
    index: int
    message: Message | None
    finish_reason: str = "stop"


@dataclasses.dataclass(slots=True)
class Completion:
    id: str
    choices: list[Choice]


BOOK_JSON = '{"title": "Dune", "authors": ["Frank Herbert"], "year": 1965}'


def test_parse_completion_reads_each_choice() -> None:
    response = Completion("c1", [
        Choice(0, Message("assistant", BOOK_JSON)),
        Choice(1, Message("assistant", [Chunk("thinking", "hmm"), Chunk("text", BOOK_JSON[:10]),
                                        {"type": "text", "text": BOOK_JSON[10:]}])),
        Choice(2, Message("assistant", None)),
        Choice(3, None),
    ])
    parsed: ParsedCompletion[Book] = parse_completion(response, Book)
    first = parsed.choices[0].message
    assert first is not None and first.parsed == Book(title="Dune", authors=["Frank Herbert"], year=1965)
    assert first.content == BOOK_JSON and first.role == "assistant"  # the message's own attributes
    second = parsed.choices[1].message
    assert second is not None and second.parsed == first.parsed
    third = parsed.choices[2].message
    assert third is not None and third.parsed is None
    assert parsed.choices[3].message is None and parsed.choices[3].finish_reason == "stop"
    assert parsed.id == "c1" and parsed.response is response


def test_parse_completion_into_a_dataclass() -> None:
    text = '{"name": "Ada", "born": 1815}'
    parsed = parse_completion(Completion("c", [Choice(0, Message("assistant", text))]), Author)
    message = parsed.choices[0].message
    assert message is not None and message.parsed == Author("Ada", 1815)


def test_invalid_json_content_raises() -> None:
    with pytest.raises(json.JSONDecodeError):
        parse_completion(Completion("c", [Choice(0, Message("assistant", "not json"))]), Author)
