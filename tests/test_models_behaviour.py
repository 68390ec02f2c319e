"""What generated models do at run time: absent vs null, unknown keys, unions, recursion, enums, dates."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.golden_cases import importable


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable(tmp_path_factory.mktemp("behaviour"), "behaviour", ("composition", "petstore", "unions")) as folder:
        yield folder


@pytest.fixture
def shapes(packages: Path) -> ModuleType:
    return importlib.import_module("behaviour_composition.models")


@pytest.fixture
def pets(packages: Path) -> ModuleType:
    return importlib.import_module("behaviour_petstore.models")


@pytest.fixture
def unions(packages: Path) -> ModuleType:
    return importlib.import_module("behaviour_unions.models")


def test_absent_optional_field_stays_absent_and_null_stays_null(pets: ModuleType) -> None:
    absent = pets.Pet.from_dict({"id": 1, "name": "Rex"})
    null = pets.Pet.from_dict({"id": 1, "name": "Rex", "tag": None})
    assert absent.to_dict() == {"id": 1, "name": "Rex"}
    assert null.to_dict() == {"id": 1, "name": "Rex", "tag": None}


def test_unknown_keys_are_kept_and_sent_back(pets: ModuleType) -> None:
    pet = pets.Pet.from_dict({"id": 1, "name": "Rex", "colour": "brown"})
    assert pet.extra == {"colour": "brown"}
    assert pet.to_dict() == {"id": 1, "name": "Rex", "colour": "brown"}


def test_unknown_keys_keep_their_order_and_each_object_gets_its_own_extra(pets: ModuleType) -> None:
    pet = pets.Pet.from_dict({"zeta": 1, "id": 1, "alpha": 2, "name": "Rex", "mid": 3})
    assert list(pet.extra) == ["zeta", "alpha", "mid"]
    first, second = pets.Pet.from_dict({"id": 1, "name": "A"}), pets.Pet.from_dict({"id": 2, "name": "B"})
    assert first.extra == {} and first.extra is not second.extra
    first.extra["x"] = 1
    assert second.extra == {} and second.to_dict() == {"id": 2, "name": "B"}


def test_from_dict_builds_what_the_constructor_builds(pets: ModuleType) -> None:
    decoded = pets.Pet.from_dict({"id": 1, "name": "Rex", "tag": None, "colour": "brown"})
    assert decoded == pets.Pet(id=1, name="Rex", tag=None, extra={"colour": "brown"})
    assert repr(decoded) == repr(pets.Pet(id=1, name="Rex", tag=None, extra={"colour": "brown"}))
    assert pets.Pet.from_dict({"id": 1, "name": "Rex"}) == pets.Pet(id=1, name="Rex")


def test_dates_decode_to_datetime_objects_and_encode_back(pets: ModuleType) -> None:
    pet = pets.Pet.from_dict({"id": 1, "name": "Rex", "born": "2020-02-29", "updated_at": "2024-01-02T03:04:05Z"})
    assert pet.born == dt.date(2020, 2, 29)
    assert pet.updated_at == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert pet.to_dict()["born"] == "2020-02-29"


def test_missing_required_field_raises_when_read(pets: ModuleType) -> None:
    pet = pets.Pet.from_dict({"name": "Rex"})  # more in tests/test_lenient_decoding.py
    assert pet.name == "Rex"
    with pytest.raises(AttributeError, match=r"Pet\.id: the response lacks this required field"):
        _ = pet.id


def test_discriminator_dispatches_on_the_property(shapes: ModuleType) -> None:
    drawing = shapes.Drawing.from_dict({"shapes": [{"kind": "circle", "radius": 2}, {"kind": "square", "side": 3}]})
    assert [type(s).__name__ for s in drawing.shapes] == ["Circle", "Square"]
    assert drawing.shapes[0].radius == 2


def test_unknown_discriminator_value_is_kept_raw(shapes: ModuleType) -> None:
    raw = {"kind": "hexagon", "sides": 6}
    drawing = shapes.Drawing.from_dict({"shapes": [raw]})
    assert drawing.shapes == [raw]
    assert drawing.to_dict() == {"shapes": [raw]}


def test_recursive_model_round_trips(shapes: ModuleType) -> None:
    data = {"shapes": [], "parent": {"shapes": [], "parent": None, "tags": {"a": "b"}}}
    drawing = shapes.Drawing.from_dict(data)
    assert isinstance(drawing.parent, shapes.Drawing)
    assert drawing.to_dict() == data


def test_enum_with_null_and_unknown_values(shapes: ModuleType) -> None:
    assert shapes.Drawing.from_dict({"shapes": [], "status": None}).status is None
    status = shapes.Drawing.from_dict({"shapes": [], "status": "archived"}).status
    assert status.value == "archived"
    assert shapes.Drawing.from_dict({"shapes": [], "status": "final"}).status is shapes.DrawingStatus.FINAL


def test_alias_of_one_ref_is_the_same_class(shapes: ModuleType) -> None:
    assert shapes.DrawingAlias is shapes.Drawing


# ---- unions without a discriminator (tests/golden/unions) ---------------------------------------------------


def _request(unions: ModuleType, **fields: object) -> Any:
    return unions.RunRequest.from_dict({"tool_choice": "auto", **fields})


def test_enum_or_object_union_tries_the_object_for_a_dict_and_keeps_a_list(unions: ModuleType) -> None:
    assert _request(unions).tool_choice is unions.RunRequestToolChoice1.AUTO
    named = unions.RunRequest.from_dict({"tool_choice": {"name": "get_weather"}})
    assert named.tool_choice == unions.NamedTool(name="get_weather")
    assert unions.RunRequest.from_dict({"tool_choice": ["a"]}).tool_choice == ["a"]  # no variant: kept raw


def test_object_variants_are_told_apart_by_a_pinned_property(unions: ModuleType) -> None:
    stage = {"kind": 1, "meta": {}}  # ExternalStep would need meta.location
    external = {"kind": 3, "meta": {"location": "x"}}
    assert type(_request(unions, step=stage).step).__name__ == "StageStep"
    assert type(_request(unions, step=external).step).__name__ == "ExternalStep"
    assert _request(unions, step=stage).to_dict()["step"] == stage


@pytest.mark.parametrize(("payload", "variant"), [
    ({"body": {"size": 3}, "file": "a.txt"}, "FilePayload"),
    ({"body": "hello", "file": "a.txt"}, "TextPayload"),  # FilePayload fails on `body`: the next variant is tried
    ({"body": "hello", "sent": "2024-01-02T03:04:05+00:00"}, "TextPayload"),
    ({"body": "hello", "sent": "yesterday"}, "LinkPayload"),  # TextPayload fails to parse `sent`
])
def test_object_variants_alike_in_shape_are_tried_in_order(unions: ModuleType, payload: dict[str, object],
                                                           variant: str) -> None:
    request = _request(unions, payload=payload)
    assert type(request.payload).__name__ == variant
    assert request.to_dict()["payload"] == payload


def test_date_or_datetime_union_keeps_each_kind(unions: ModuleType) -> None:
    assert unions.Run.from_dict({"id": "r", "due": "2024-05-01"}).due == dt.date(2024, 5, 1)
    moment = unions.Run.from_dict({"id": "r", "due": "2024-05-01T10:00:00+00:00"}).due
    assert moment == dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
    assert unions.Run.from_dict({"id": "r", "due": "2024-05-01"}).to_dict()["due"] == "2024-05-01"


@pytest.mark.parametrize("text", ["hello", "2024-05-01", "20240501", "not a date-time at all"])
def test_string_or_datetime_union_keeps_an_ordinary_string(unions: ModuleType, text: str) -> None:
    assert unions.Run.from_dict({"id": "r", "due": "2024-05-01", "note": text}).note == text


def test_string_or_datetime_union_parses_a_timestamp(unions: ModuleType) -> None:
    run = unions.Run.from_dict({"id": "r", "due": "2024-05-01", "note": "2024-05-01T10:00:00+00:00"})
    assert run.note == dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
