from __future__ import annotations

import copy
import datetime as dt
import enum
import pickle
import uuid
from dataclasses import dataclass

from _rt_under_test import UNSET, OpenIntEnum, OpenStrEnum, Unset, encode_json, quote_path


class Color(OpenStrEnum):
    RED = "red"
    GREEN = "green"


class Level(OpenIntEnum):
    LOW = 1
    HIGH = 2


class Plain(enum.Enum):
    A = "a"


def test_unset_is_a_falsy_singleton_with_short_repr() -> None:
    assert bool(UNSET) is False
    assert repr(UNSET) == "UNSET"
    assert Unset() is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET


def test_unset_survives_pickle_as_the_singleton() -> None:
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_open_str_enum_accepts_unknown_values_and_caches_them() -> None:
    mauve = Color("mauve")
    assert mauve.value == "mauve"
    assert Color("mauve") is mauve
    assert isinstance(mauve, Color) and isinstance(mauve, str)
    assert mauve == "mauve"
    assert list(Color) == [Color.RED, Color.GREEN]  # unknown values are not listed as members
    assert Color("red") is Color.RED


def test_open_enums_str_is_the_value() -> None:
    assert str(Color.RED) == "red" and f"{Color.RED}" == "red"
    assert str(Level.HIGH) == "2"


def test_open_int_enum_accepts_unknown_ints_but_not_other_types() -> None:
    assert Level(7).value == 7 and Level(7) is Level(7)
    for bad in ("7", 1.5, None):
        try:
            Level(bad)
        except ValueError:
            continue
        raise AssertionError(f"Level({bad!r}) should raise")


def test_open_str_enum_rejects_non_strings() -> None:
    try:
        Color(3)
    except ValueError:
        return
    raise AssertionError("Color(3) should raise")


@dataclass
class Model:
    a: int

    def to_dict(self) -> dict[str, int]:
        return {"a": self.a}


def test_encode_json_converts_arguments_to_json_data() -> None:
    when = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone.utc)
    uid = uuid.UUID("12345678-1234-5678-1234-567812345678")
    value = {
        "m": Model(1),
        "e": Color.RED,
        "p": Plain.A,
        "u": UNSET,
        "n": None,
        "t": (1, Level.HIGH),
        "nested": {"x": UNSET, "d": dt.date(2024, 5, 1), "id": uid, "when": when},
    }
    assert encode_json(value) == {
        "m": {"a": 1},
        "e": "red",
        "p": "a",
        "n": None,
        "t": [1, 2],
        "nested": {"d": "2024-05-01", "id": str(uid), "when": "2024-05-01T12:30:00+00:00"},
    }


def test_encode_json_leaves_plain_values_alone() -> None:
    for value in ("s", 1, 1.5, True, None):
        assert encode_json(value) is value


def test_quote_path_quotes_slashes_and_converts_enums() -> None:
    assert quote_path("a/b c?") == "a%2Fb%20c%3F"
    assert quote_path(42) == "42"
    assert quote_path(Color.RED) == "red"
    assert quote_path(Level.HIGH) == "2"
    assert quote_path(True) == "true"
    assert quote_path("ünï") == "%C3%BCn%C3%AF"
