"""JSONPath (RFC 9535 subset) used by overlay targets."""

from __future__ import annotations

from typing import Any

import pytest

from generator.load.jsonpath import JsonPathError, compile_path

DOC: dict[str, Any] = {
    "info": {"title": "Demo", "x-logo": {"url": "logo.png"}},
    "paths": {
        "/users": {
            "get": {
                "tags": ["users"],
                "parameters": [
                    {"name": "limit", "in": "query", "required": False},
                    {"name": "X-Trace", "in": "header"},
                    {"name": "page", "in": "query", "required": True},
                ],
            },
        },
        "/users/{id}": {"delete": {"tags": ["users", "admin"], "deprecated": True}},
    },
    "components": {"schemas": {"User": {"type": "object", "properties": {"age": {"type": "integer"}}}}},
}


def pointers(path: str, document: Any = DOC) -> list[str]:
    return [match.pointer for match in compile_path(path).find(document)]


def values(path: str, document: Any = DOC) -> list[Any]:
    return [match.value for match in compile_path(path).find(document)]


def test_root_selects_the_whole_document_with_no_parent() -> None:
    [match] = compile_path("$").find(DOC)
    assert match.value is DOC
    assert (match.parent, match.key, match.pointer) == (None, None, "")


def test_dotted_and_bracketed_names_select_the_same_node() -> None:
    assert values("$.info.title") == ["Demo"]
    assert values("$['info']['title']") == ["Demo"]
    assert values('$["info"]["title"]') == ["Demo"]


def test_match_knows_its_parent_key_and_escaped_pointer() -> None:
    [match] = compile_path("$.paths['/users/{id}']").find(DOC)
    assert match.parent is DOC["paths"]
    assert match.key == "/users/{id}"
    assert match.pointer == "/paths/~1users~1{id}"


def test_dotted_name_may_contain_a_dash() -> None:
    assert values("$.info.x-logo.url") == ["logo.png"]


def test_quoted_names_understand_escapes() -> None:
    document = {"it's": 1, 'say "hi"': 2, "tab\there": 3, "\U0001f600": 4}
    path = r'''$['it\'s', "say \"hi\"", 'tab\there', '\ud83d\ude00']'''
    assert values(path, document) == [1, 2, 3, 4]


def test_wildcard_selects_members_in_document_order() -> None:
    assert pointers("$.paths.*") == ["/paths/~1users", "/paths/~1users~1{id}"]
    assert values("$.paths['/users'].get.tags[*]") == ["users"]


def test_indexes_count_from_the_end_when_negative() -> None:
    assert values("$.paths['/users'].get.parameters[0].name") == ["limit"]
    assert values("$.paths['/users'].get.parameters[-1].name") == ["page"]
    assert values("$.paths['/users'].get.parameters[3]") == []


def test_union_keeps_selector_order() -> None:
    assert values("$.info['x-logo','title']") == [{"url": "logo.png"}, "Demo"]


def test_missing_names_and_type_mismatches_select_nothing() -> None:
    assert values("$.nope") == []
    assert values("$.info[0]") == []
    assert values("$.paths['/users'].get.tags.name") == []


def test_recursive_descent_finds_names_at_every_depth() -> None:
    assert pointers("$..tags") == ["/paths/~1users/get/tags", "/paths/~1users~1{id}/delete/tags"]
    assert values("$..tags[1]") == ["admin"]
    assert values("$..type") == ["object", "integer"]


def test_recursive_wildcard_visits_every_node_below_the_root() -> None:
    document = {"a": {"b": [1, 2]}, "c": 3}
    assert pointers("$..*", document) == ["/a", "/c", "/a/b", "/a/b/0", "/a/b/1"]


def test_recursive_descent_with_bracket_filter() -> None:
    assert values("$..parameters[?@.in == 'header'].name") == ["X-Trace"]
    assert pointers("$..[?@.deprecated == true]") == ["/paths/~1users~1{id}/delete"]


def test_filter_with_parentheses_and_without() -> None:
    parameters = "$.paths['/users'].get.parameters"
    assert values(f"{parameters}[?(@.in == 'query')].name") == ["limit", "page"]
    assert values(f"{parameters}[?@.in=='query'].name") == ["limit", "page"]


def test_filter_existence_and_negation() -> None:
    parameters = "$.paths['/users'].get.parameters"
    assert values(f"{parameters}[?@.required].name") == ["limit", "page"]
    assert values(f"{parameters}[?!@.required].name") == ["X-Trace"]


def test_filter_boolean_operators_and_grouping() -> None:
    parameters = "$.paths['/users'].get.parameters"
    assert values(f"{parameters}[?@.in == 'query' && @.required == false].name") == ["limit"]
    assert values(f"{parameters}[?@.name == 'page' || @.in == 'header'].name") == ["X-Trace", "page"]
    assert values(f"{parameters}[?!(@.in == 'query' || @.name == 'zzz')].name") == ["X-Trace"]


def test_filter_nested_path_on_current_node() -> None:
    assert values("$.components.schemas[?@.properties.age.type == 'integer'].type") == ["object"]
    assert pointers("$.paths[?@.get.tags[0] == 'users']") == ["/paths/~1users"]


def test_filter_can_compare_against_the_root() -> None:
    document = {"wanted": "b", "items": [{"id": "a"}, {"id": "b"}]}
    assert values("$.items[?@.id == $.wanted]", document) == [{"id": "b"}]


def test_filter_comparisons_on_numbers_strings_and_null() -> None:
    numbers = [0, 1, 2.5, 3, True, "2", None]
    assert values("$[?@ > 1]", numbers) == [2.5, 3]
    assert values("$[?@ >= 1 && @ <= 2.5]", numbers) == [1, 2.5]
    assert values("$[?@ < 1]", numbers) == [0]
    assert values("$[?@ != 3 && @ != null]", numbers) == [0, 1, 2.5, True, "2"]
    assert values("$[?@ == null]", numbers) == [None]
    assert values("$[?@ > 'a']", ["b", "a", 1]) == ["b"]


def test_filter_equality_keeps_true_and_one_apart() -> None:
    assert values("$[?@ == 1]", [1, 1.0, True, "1"]) == [1, 1.0]
    assert values("$[?@ == true]", [1, True]) == [True]


def test_filter_missing_values_equal_only_each_other() -> None:
    document = [{"a": 1}, {}, {"a": None}]
    assert values("$[?@.a == @.b]", document) == [{}]
    assert values("$[?@.a != 1]", document) == [{}, {"a": None}]
    assert values("$[?@.a < 2]", document) == [{"a": 1}]


def test_filter_compares_objects_and_arrays_deeply() -> None:
    document = [{"a": [1, {"b": None}], "c": [1.0, {"b": None}]}, {"a": [1], "c": [True]}]
    assert values("$[?@.a == @.c].c", document) == [[1.0, {"b": None}]]


def test_duplicates_are_kept_as_the_rfc_says() -> None:
    assert values("$.info['title','title']") == ["Demo", "Demo"]


def test_deep_documents_do_not_hit_the_recursion_limit() -> None:
    document: dict[str, Any] = {}
    current = document
    for _ in range(20_000):
        current["a"] = {}
        current = current["a"]
    current["leaf"] = 1
    [match] = compile_path("$..leaf").find(document)
    assert match.value == 1
    assert match.pointer == "/a" * 20_000 + "/leaf"
    assert len(compile_path("$..[?@.leaf == 1]").find(document)) == 1


@pytest.mark.parametrize(
    ("path", "position", "fragment"),
    [
        ("", 0, "must start with '$'"),
        ("paths", 0, "must start with '$'"),
        ("$.", 2, "member name"),
        ("$.paths[", 8, "selector"),
        ("$['a", 2, "unterminated string"),
        ("$['a' 'b']", 6, "expected ',' or ']'"),
        ("$[?@.in == query]", 11, "literal"),
        ("$[?@.* == 1]", 3, "singular query"),
        ("$[?(@.a == 1]", 12, "expected ')'"),
        ("$[1:2]", 3, "slices"),
        ("$[?length(@) > 1]", 3, "not supported"),
        (r"$['\q']", 3, "invalid escape"),
        ("$.a b", 3, "unexpected"),
    ],
)
def test_bad_syntax_reports_message_and_position(path: str, position: int, fragment: str) -> None:
    with pytest.raises(JsonPathError) as caught:
        compile_path(path)
    assert caught.value.position == position
    assert fragment in caught.value.message
    assert f"at position {position}" in str(caught.value)


def test_deeply_nested_filters_are_rejected_not_crashing() -> None:
    path = "$[?" + "(" * 200 + "@" + ")" * 200 + "]"
    with pytest.raises(JsonPathError, match="nested deeper"):
        compile_path(path)
