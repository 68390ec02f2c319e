"""Liberal in what a generated client accepts: a response missing a required field, or with a value of an unexpected
type, still decodes; only reading that field raises `FieldDecodeError`, naming the model, the field and its JSON
name. Data that is not a JSON object where a model is expected still fails at once."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.golden_cases import importable
from tests.loopback import LoopbackServer, Reply
from tests.test_mistral_client import API_KEY, FIXTURES


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable(tmp_path_factory.mktemp("lenient"), "lenient", ("composition", "petstore")) as folder:
        yield folder


@pytest.fixture
def pets(packages: Path) -> ModuleType:
    return importlib.import_module("lenient_petstore.models")


@pytest.fixture
def shapes(packages: Path) -> ModuleType:
    return importlib.import_module("lenient_composition.models")


@pytest.fixture
def runtime(packages: Path) -> ModuleType:
    return importlib.import_module("lenient_petstore._runtime")


def test_missing_required_field_raises_only_when_read(pets: ModuleType, runtime: ModuleType) -> None:
    pet = pets.Pet.from_dict({"id": 7, "tag": "dog", "colour": "brown"})
    assert isinstance(pet, pets.Pet)
    assert (pet.id, pet.tag, pet.extra) == (7, "dog", {"colour": "brown"})
    with pytest.raises(runtime.FieldDecodeError) as caught:
        _ = pet.name
    assert (caught.value.model, caught.value.field, caught.value.wire) == ("Pet", "name", "name")
    assert "Pet.name" in str(caught.value) and "lacks this required field" in str(caught.value)
    assert isinstance(caught.value, AttributeError) and not hasattr(pet, "name")
    assert "name=<missing>" in repr(pet)


def test_round_trip_of_a_lenient_object_invents_nothing(pets: ModuleType) -> None:
    data = {"id": 7, "born": "not a date", "colour": "brown"}
    pet = pets.Pet.from_dict(data)
    assert pet.to_dict() == data  # `name` left out, the undecodable `born` written back as it came
    pet.name = "Rex"  # a field can be set after the fact
    assert pet.name == "Rex" and pet.to_dict() == {**data, "name": "Rex"}


def test_value_of_unexpected_type_is_kept_raw(pets: ModuleType, runtime: ModuleType) -> None:
    pet = pets.Pet.from_dict({"id": 1, "name": "Rex", "born": "yesterday", "updated_at": "2024-01-02T03:04:05Z"})
    assert pet.name == "Rex" and pet.updated_at.year == 2024
    with pytest.raises(runtime.FieldDecodeError) as caught:
        _ = pet.born
    assert caught.value.raw == "yesterday" and "Pet.born" in str(caught.value)


def test_complete_data_takes_the_fast_path(pets: ModuleType) -> None:
    pet = pets.Pet.from_dict({"id": 1, "name": "Rex"})
    assert type(pet) is pets.Pet  # not the lenient subclass
    assert pet == pets.Pet(id=1, name="Rex")


def test_not_an_object_still_fails(pets: ModuleType) -> None:
    with pytest.raises(TypeError, match="Pet expects a JSON object, got list"):
        pets.Pet.from_dict([1, 2])


def test_nested_model_and_list_items_missing_fields(shapes: ModuleType) -> None:
    data = {
        "shapes": [{"kind": "circle", "radius": 1.5}, {"kind": "circle", "label": "c"}, {"label": "no kind"}],
        "parent": {"status": "draft"},
    }
    drawing = shapes.Drawing.from_dict(data)
    first, second, third = drawing.shapes
    assert type(first) is shapes.Circle and first.radius == 1.5
    assert isinstance(second, shapes.Circle) and second.label == "c"
    with pytest.raises(shapes._rt.FieldDecodeError, match=r"Circle\.radius"):
        _ = second.radius
    assert third == {"label": "no kind"}  # no discriminator: the union keeps the item as it came
    assert drawing.parent.status == shapes.DrawingStatus.DRAFT
    with pytest.raises(shapes._rt.FieldDecodeError, match=r"Drawing\.shapes"):
        _ = drawing.parent.shapes
    assert drawing.to_dict() == data


def test_nested_value_of_wrong_type_is_kept_raw(shapes: ModuleType) -> None:
    drawing = shapes.Drawing.from_dict({"shapes": 5, "parent": 3, "version": 2})
    assert drawing.version == 2
    for name, raw in (("shapes", 5), ("parent", 3)):
        with pytest.raises(shapes._rt.FieldDecodeError) as caught:
            getattr(drawing, name)
        assert caught.value.raw == raw


def test_mistral_chat_completion_missing_required_fields_over_loopback(
    generated_on_path: Path, server: LoopbackServer
) -> None:
    import mistral_client

    body = (FIXTURES / "chat_completion.json").read_text()
    data = json.loads(body)
    del data["usage"]
    del data["choices"][0]["finish_reason"]
    data["choices"][0]["message"]["tool_calls"] = [{"id": "call_1"}]  # a tool call without its `function`
    server.routes[("POST", "/v1/chat/completions")] = Reply.json(data)
    with mistral_client.Client(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        answer: Any = client.chat.complete(model="mistral-large-latest", messages=[{"role": "user", "content": "hi"}])
    choice = answer.choices[0]
    assert choice.message.content == "Hello! How can I help you today?"
    assert choice.message.tool_calls[0].id == "call_1"
    with pytest.raises(mistral_client.FieldDecodeError, match=r"ToolCall\.function"):
        _ = choice.message.tool_calls[0].function
    with pytest.raises(mistral_client.FieldDecodeError, match=r"ChatCompletionChoice\.finish_reason"):
        _ = choice.finish_reason
    with pytest.raises(mistral_client.FieldDecodeError, match=r"ChatCompletionResponse\.usage"):
        _ = answer.usage
    assert answer.to_dict() == data


def test_mistral_body_that_is_not_json_still_raises(generated_on_path: Path, server: LoopbackServer) -> None:
    import mistral_client

    server.routes[("POST", "/v1/chat/completions")] = Reply(body=b"<html>oops</html>")
    with mistral_client.Client(api_key=API_KEY, base_url=server.url, max_retries=0) as client, pytest.raises(
        mistral_client.APIResponseValidationError
    ):
        client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
