"""Python identifiers from arbitrary spec strings, and deterministic de-duplication."""

from __future__ import annotations

import keyword

import pytest

from generator.model.naming import (
    RESERVED_CLASS_NAMES,
    RESERVED_FIELD_NAMES,
    UniqueNames,
    constant_case,
    field_name,
    pascal_case,
    snake_case,
    words,
)

AWKWARD = ["class", "match", "case", "_", "type", "None", "2fa", "404", "x-request-id", "a.b/c d",
           "café", "日本語", "", "   ", "self", "Any", "getHTTPResponse2x", "__init__", "$ref", "😀"]


def test_words_split_camel_case_acronyms_and_digits() -> None:
    assert words("getHTTPResponse2x") == ["get", "HTTP", "Response", "2", "x"]
    assert words("x-request-id") == ["x", "request", "id"]
    assert words("") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("listModels", "list_models"),
        ("getHTTPResponse", "get_http_response"),
        ("x-request-id", "x_request_id"),
        ("a.b/c d", "a_b_c_d"),
        ("__private__", "private"),
        ("class", "class_"),
        ("import", "import_"),
        ("match", "match_"),
        ("case", "case_"),
        ("2fa", "value_2_fa"),
        ("café", "cafe"),
        ("日本語", "value"),
        ("", "value"),
        ("---", "value"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


def test_snake_case_uses_the_given_fallback_for_empty_and_digit_names() -> None:
    assert snake_case("", "call") == "call"
    assert snake_case("123", "call") == "call_123"


def test_names_do_not_depend_on_the_running_pythons_soft_keywords(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python 3.12 made `type` a soft keyword; a field called `type` must stay `type` whichever Python runs us.
    monkeypatch.setattr(keyword, "softkwlist", [*keyword.softkwlist, "type"])
    monkeypatch.setattr(keyword, "issoftkeyword", frozenset([*keyword.softkwlist, "type"]).__contains__)
    assert snake_case("type") == "type"
    assert field_name("type") == "type"
    assert snake_case("match") == "match_"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chat completion request", "ChatCompletionRequest"),
        ("response_format", "ResponseFormat"),
        ("x-request-id", "XRequestId"),
        ("class", "Class"),
        ("None", "NoneModel"),
        ("True", "TrueModel"),
        ("Any", "AnyModel"),
        ("Exception", "ExceptionModel"),
        ("Client", "ClientModel"),
        ("404 error", "Model404Error"),
        ("café", "Cafe"),
        ("日本語", "Model"),
        ("", "Model"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


def test_pascal_case_fallback_is_appended_to_reserved_names() -> None:
    assert pascal_case("list", "Api") == "List"
    assert pascal_case("None", "Api") == "NoneApi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in_progress", "IN_PROGRESS"),
        ("camelCase", "CAMEL_CASE"),
        ("image/png", "IMAGE_PNG"),
        ("1", "VALUE_1"),
        ("2xl", "VALUE_2_XL"),
        ("", "EMPTY"),
        ("日本語", "VALUE"),
        ("-", "VALUE"),
    ],
)
def test_constant_case(text: str, expected: str) -> None:
    assert constant_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maxTokens", "max_tokens"),
        ("self", "self_"),
        ("cls", "cls_"),
        ("extra", "extra_"),
        ("str", "str_"),
        ("list", "list_"),
        ("to_dict", "to_dict_"),
        ("from", "from_"),
        ("match", "match_"),
        ("", "value"),
        ("1st", "value_1_st"),
    ],
)
def test_field_name(text: str, expected: str) -> None:
    assert field_name(text) == expected


@pytest.mark.parametrize("text", AWKWARD)
def test_every_name_is_a_usable_identifier(text: str) -> None:
    for name in (snake_case(text), field_name(text), pascal_case(text), constant_case(text)):
        assert name.isidentifier() and name.isascii(), (text, name)
        assert not keyword.iskeyword(name), (text, name)
    assert not snake_case(text).startswith("_")
    assert field_name(text) not in RESERVED_FIELD_NAMES
    assert pascal_case(text) not in RESERVED_CLASS_NAMES


def test_unique_names_with_underscore_separator_go_name_name__name_2() -> None:
    names = UniqueNames()
    assert [names.claim("name", "_") for _ in range(4)] == ["name", "name_", "name_2", "name_3"]


def test_unique_names_without_separator_append_numbers_from_2() -> None:
    names = UniqueNames()
    assert [names.claim("Pet") for _ in range(3)] == ["Pet", "Pet2", "Pet3"]


def test_unique_names_respect_names_taken_up_front() -> None:
    names = UniqueNames({"body", "timeout"})
    assert names.claim("body", "_") == "body_"
    assert names.claim("timeout") == "timeout2"
    assert names.claim("stream") == "stream"
    assert "stream" in names and "other" not in names


def test_unique_names_skip_numbers_already_taken() -> None:
    names = UniqueNames({"Pet", "Pet2"})
    assert names.claim("Pet") == "Pet3"


def test_unique_names_are_the_same_for_the_same_claims_in_the_same_order() -> None:
    claims = ["a", "b", "a", "a_", "a", "b"]

    def run() -> list[str]:
        names = UniqueNames()
        return [names.claim(c, "_") for c in claims]

    first = run()
    assert first == run()
    assert len(set(first)) == len(first)
