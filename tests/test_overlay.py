"""Applying OpenAPI Overlay 1.0 documents."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.findings import Findings, Location
from generator.load.overlay import apply_overlay, apply_overlays

SOURCE = "overlay.yaml"


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Demo", "version": "1.0", "x-tags": ["a"]},
        "paths": {
            "/users": {
                "get": {
                    "operationId": "listUsers",
                    "tags": ["users"],
                    "parameters": [
                        {"name": "limit", "in": "query"},
                        {"name": "X-Trace", "in": "header"},
                        {"name": "page", "in": "query"},
                    ],
                },
                "post": {"operationId": "createUser", "tags": ["users"]},
            },
        },
    }


def overlay(*actions: Any) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "Fixes", "version": "1"}, "actions": list(actions)}


def apply(document: Any, *actions: Any) -> tuple[Any, Findings]:
    findings = Findings()
    return apply_overlay(document, overlay(*actions), SOURCE, findings), findings


def test_update_merges_objects_key_by_key() -> None:
    result, findings = apply(spec(), {"target": "$.info", "update": {"title": "New", "contact": {"name": "Me"}}})
    assert result["info"] == {"title": "New", "version": "1.0", "x-tags": ["a"], "contact": {"name": "Me"}}
    assert findings.items == []


def test_update_merges_nested_objects_recursively() -> None:
    update = {"paths": {"/users": {"get": {"summary": "List"}}}}
    result, _ = apply(spec(), {"target": "$", "update": update})
    get = result["paths"]["/users"]["get"]
    assert get["summary"] == "List"
    assert get["operationId"] == "listUsers"
    assert "post" in result["paths"]["/users"]


def test_update_appends_arrays_inside_objects() -> None:
    result, _ = apply(spec(), {"target": "$.info", "update": {"x-tags": ["b", "c"]}})
    assert result["info"]["x-tags"] == ["a", "b", "c"]


def test_update_replaces_scalars_and_mismatched_types() -> None:
    result, _ = apply(spec(), {"target": "$.info", "update": {"version": "2.0", "x-tags": "none"}})
    assert result["info"]["version"] == "2.0"
    assert result["info"]["x-tags"] == "none"


def test_update_on_an_array_target_appends_the_value() -> None:
    new = {"name": "sort", "in": "query"}
    result, _ = apply(spec(), {"target": "$.paths['/users'].get.parameters", "update": new})
    assert result["paths"]["/users"]["get"]["parameters"][-1] == new
    assert len(result["paths"]["/users"]["get"]["parameters"]) == 4


def test_update_applies_to_every_match() -> None:
    result, _ = apply(spec(), {"target": "$.paths.*.*", "update": {"x-internal": True}})
    operations = result["paths"]["/users"]
    assert operations["get"]["x-internal"] is True
    assert operations["post"]["x-internal"] is True


def test_update_adding_a_new_path() -> None:
    embeddings = {"post": {"operationId": "createEmbedding", "responses": {"200": {"description": "OK"}}}}
    result, findings = apply(spec(), {"target": "$.paths", "update": {"/embeddings": embeddings}})
    assert list(result["paths"]) == ["/users", "/embeddings"]
    assert result["paths"]["/embeddings"] == embeddings
    assert findings.items == []


def test_update_values_are_copied_not_shared() -> None:
    update = {"x-meta": {"owner": "team"}}
    result, _ = apply(spec(), {"target": "$.paths.*.*", "update": update})
    result["paths"]["/users"]["get"]["x-meta"]["owner"] = "changed"
    assert result["paths"]["/users"]["post"]["x-meta"] == {"owner": "team"}
    assert update == {"x-meta": {"owner": "team"}}


def test_remove_deletes_a_member_from_an_object() -> None:
    result, findings = apply(spec(), {"target": "$.paths['/users'].post", "remove": True})
    assert list(result["paths"]["/users"]) == ["get"]
    assert findings.items == []


def test_remove_deletes_several_items_from_one_array() -> None:
    target = "$.paths['/users'].get.parameters[?@.in == 'query']"
    result, _ = apply(spec(), {"target": target, "remove": True})
    assert result["paths"]["/users"]["get"]["parameters"] == [{"name": "X-Trace", "in": "header"}]


def test_remove_by_recursive_descent_in_many_places() -> None:
    result, _ = apply(spec(), {"target": "$..tags", "remove": True})
    assert "tags" not in result["paths"]["/users"]["get"]
    assert "tags" not in result["paths"]["/users"]["post"]


def test_remove_with_repeated_selection_removes_once() -> None:
    document = {"items": ["a", "b", "c"]}
    result, _ = apply(document, {"target": "$.items[0, 0, -3]", "remove": True})
    assert result == {"items": ["b", "c"]}


def test_removing_the_root_is_an_error() -> None:
    result, findings = apply(spec(), {"target": "$", "remove": True})
    assert result == spec()
    [error] = findings.errors
    assert error.location == Location(SOURCE, "/actions/0/target")


def test_input_document_and_overlay_are_not_mutated() -> None:
    document = spec()
    before = copy.deepcopy(document)
    actions = overlay(
        {"target": "$.info", "update": {"x-tags": ["b"]}},
        {"target": "$..parameters[0]", "remove": True},
        {"target": "$.paths['/users'].get.tags", "update": "more"},
    )
    actions_before = copy.deepcopy(actions)
    result = apply_overlay(document, actions, SOURCE, Findings())
    assert document == before
    assert actions == actions_before
    assert result != before


def test_actions_apply_in_order_and_see_earlier_changes() -> None:
    result, findings = apply(
        spec(),
        {"target": "$.paths", "update": {"/health": {"get": {"operationId": "health"}}}},
        {"target": "$.paths['/health'].get", "update": {"tags": ["ops"]}},
        {"target": "$.paths['/users']", "remove": True},
        {"target": "$.paths['/users'].get", "update": {"summary": "too late"}},
    )
    assert result["paths"] == {"/health": {"get": {"operationId": "health", "tags": ["ops"]}}}
    [warning] = findings.items
    assert warning.location == Location(SOURCE, "/actions/3/target")


def test_target_matching_nothing_is_a_warning_with_location() -> None:
    result, findings = apply(spec(), {"target": "$.paths['/nope'].get", "update": {"summary": "x"}})
    assert result == spec()
    [warning] = findings.items
    assert warning.severity == "warning"
    assert "target matched nothing" in warning.message
    assert "$.paths['/nope'].get" in warning.message
    assert warning.location == Location(SOURCE, "/actions/0/target")
    assert warning.hint


def test_invalid_jsonpath_is_an_error_and_other_actions_still_apply() -> None:
    result, findings = apply(
        spec(),
        {"target": "$.paths[", "update": {}},
        {"target": "$.info", "update": {"summary": "ok"}},
    )
    [error] = findings.errors
    assert error.location == Location(SOURCE, "/actions/0/target")
    assert "position 8" in error.message
    assert error.hint
    assert result["info"]["summary"] == "ok"


def test_update_on_a_scalar_target_is_an_error() -> None:
    result, findings = apply(spec(), {"target": "$.info.title", "update": {"a": 1}})
    [error] = findings.errors
    assert error.location == Location(SOURCE, "/actions/0/update")
    assert "/info/title" in error.message
    assert result == spec()


def test_update_of_an_object_with_a_scalar_is_an_error() -> None:
    _, findings = apply(spec(), {"target": "$.info", "update": "text"})
    [error] = findings.errors
    assert error.location == Location(SOURCE, "/actions/0/update")


@pytest.mark.parametrize(
    ("action", "pointer"),
    [
        ("not a mapping", "/actions/0"),
        ({"update": {}}, "/actions/0/target"),
        ({"target": 5, "update": {}}, "/actions/0/target"),
        ({"target": "$.info"}, "/actions/0"),
        ({"target": "$.info", "remove": "yes"}, "/actions/0/remove"),
    ],
)
def test_malformed_action_is_an_error(action: Any, pointer: str) -> None:
    result, findings = apply(spec(), action)
    assert [e.location for e in findings.errors] == [Location(SOURCE, pointer)]
    assert all(e.hint for e in findings.errors)
    assert result == spec()


def test_unknown_action_field_is_a_warning() -> None:
    _, findings = apply(spec(), {"target": "$.info", "update": {}, "descripton": "typo", "x-ok": 1})
    [warning] = findings.items
    assert warning.severity == "warning"
    assert warning.location == Location(SOURCE, "/actions/0/descripton")


@pytest.mark.parametrize(
    ("document", "pointer"),
    [
        (None, ""),
        (["a"], ""),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}}, "/actions"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": {}}, "/actions"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "/actions"),
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]}, "/overlay"),
        ({"overlay": 1.0, "info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]}, "/overlay"),
        ({"info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "update": {}}]}, "/overlay"),
        ({"overlay": "1.0.0", "actions": [{"target": "$", "update": {}}]}, "/info"),
        ({"overlay": "1.0.0", "info": {"title": "t"}, "actions": [{"target": "$", "update": {}}]}, "/info/version"),
    ],
)
def test_invalid_overlay_document_is_an_error(document: Any, pointer: str) -> None:
    findings = Findings()
    result = apply_overlay(spec(), document, SOURCE, findings)
    assert [e.location for e in findings.errors] == [Location(SOURCE, pointer)]
    assert all(e.hint for e in findings.errors)
    assert result == spec()


def test_extends_is_accepted_and_ignored() -> None:
    document = overlay({"target": "$.info", "update": {"summary": "s"}})
    document["extends"] = "https://example.com/openapi.yaml"
    findings = Findings()
    result = apply_overlay(spec(), document, SOURCE, findings)
    assert result["info"]["summary"] == "s"
    assert findings.items == []


def test_overlay_version_patch_releases_are_accepted() -> None:
    document = overlay({"target": "$.info", "update": {"summary": "s"}})
    document["overlay"] = "1.0.7"
    findings = Findings()
    apply_overlay(spec(), document, SOURCE, findings)
    assert findings.items == []


def test_apply_overlays_applies_each_in_order_with_its_own_source() -> None:
    first = overlay({"target": "$.paths", "update": {"/a": {}}})
    second = overlay({"target": "$.paths['/a']", "update": {"get": {}}}, {"target": "$.nope", "remove": True})
    findings = Findings()
    result = apply_overlays(spec(), [("first.yaml", first), ("second.yaml", second)], findings)
    assert result["paths"]["/a"] == {"get": {}}
    [warning] = findings.items
    assert warning.location == Location("second.yaml", "/actions/1/target")


def test_aliased_nodes_are_updated_independently() -> None:
    shared = {"type": "string"}
    document = {"a": shared, "b": shared}
    result, _ = apply(document, {"target": "$.a", "update": {"format": "uuid"}})
    assert result == {"a": {"type": "string", "format": "uuid"}, "b": {"type": "string"}}


def test_self_referencing_document_is_an_error_not_a_hang() -> None:
    document: dict[str, Any] = {"a": {}}
    document["a"]["loop"] = document
    _, findings = apply(document, {"target": "$.a", "update": {"x": 1}})
    assert len(findings.errors) == 1


def test_deep_documents_are_copied_without_recursion() -> None:
    document: dict[str, Any] = {}
    current = document
    for _ in range(20_000):
        current["a"] = {}
        current = current["a"]
    result, findings = apply(document, {"target": "$..[?!@.a]", "update": {"leaf": True}})
    assert findings.items == []
    assert current == {}
    node = result
    while "a" in node:
        node = node["a"]
    assert node == {"leaf": True}
