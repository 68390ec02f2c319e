"""Pagination extensions → `Operation.pagination`: the shapes read, and invalid annotations as located warnings."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.model.pagination import parse_path
from generator.model.types import ANY, Named, Operation, PageInput, Pagination, Primitive
from generator.pipeline import Options, build_model
from tests.golden_cases import GOLDEN


def _operations(spec: Path) -> tuple[dict[str, Operation], list[str]]:
    built = build_model(spec, Options())
    ops = {op.operation_id: op for group in built.api.groups for op in group.operations}
    return ops, [w.render() for w in built.warnings]


def test_golden_spec_pagination_is_read_from_every_extension() -> None:
    ops, warnings = _operations(GOLDEN / "pagination" / "spec.yaml")
    assert warnings == []
    assert ops["listAgents"].pagination == Pagination(
        "cursor", "x-speakeasy-pagination", Named("Agent"), ("data",), PageInput("page_token", "page_token", "query"),
        PageInput("page_size", "page_size", "query"), ("next_page_token",), method_name="list_pages")
    documents = ops["listDocuments"].pagination
    assert documents is not None and (documents.kind, documents.results, documents.num_pages, documents.start) == (
        "page", ("result", "documents"), ("num_pages",), 1)
    issues = ops["listIssues"].pagination
    assert issues is not None and (issues.kind, issues.extension, issues.item, issues.results, issues.cursor) == (
        "link", "x-pyclient-pagination", Named("Issue"), (), None)
    search = ops["search"].pagination
    assert search is not None and (search.kind, search.cursor, search.next_cursor) == (
        "cursor", PageInput("cursor", "cursor", "body"), ("next", "cursor"))
    events = ops["listEvents"].pagination
    assert events is not None and (events.kind, events.item, events.has_more) == ("page", Primitive("str"), ("has_more",))
    logs = ops["listLogs"].pagination
    assert logs is not None and (logs.kind, logs.limit) == ("offset", PageInput("size", "size", "query"))


def _spec(tmp_path: Path, extension: str, value: Any, response: Any = None) -> Path:
    """One GET /items operation with query parameters cursor/limit/page and the given pagination extension."""
    schema = response if response is not None else {
        "type": "object",
        "properties": {"data": {"type": "array", "items": {"type": "integer"}}, "next": {"type": "string"}}}
    spec = {
        "openapi": "3.1.0", "info": {"title": "T", "version": "1"},
        "paths": {"/items/{id}": {"get": {
            "operationId": "listItems",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                           *({"name": n, "in": "query", "schema": {"type": "string"}} for n in ("cursor", "page"))],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
            extension: value,
        }}},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return path


CURSOR = {"type": "cursor", "inputs": [{"name": "cursor", "in": "parameters", "type": "cursor"}],
          "outputs": {"results": "$.data", "nextCursor": "$.next"}}

INVALID = {
    "not a mapping": ("x-speakeasy-pagination", "cursor", "must be a mapping"),
    "unknown type": ("x-speakeasy-pagination", {**CURSOR, "type": "url"}, "type 'url' is not supported"),
    "link only in ours": ("x-speakeasy-pagination", {"type": "link"}, "type 'link' is not supported"),
    "no cursor input": ("x-speakeasy-pagination", {**CURSOR, "inputs": []}, "needs an input of type cursor"),
    "inputs not a list": ("x-speakeasy-pagination", {**CURSOR, "inputs": {"a": 1}}, "inputs must be a list"),
    "unknown input": ("x-speakeasy-pagination",
                      {**CURSOR, "inputs": [{"name": "nope", "in": "parameters", "type": "cursor"}]},
                      "input 'nope' is no query, header or cookie parameter"),
    "path parameter input": ("x-speakeasy-pagination",
                             {**CURSOR, "inputs": [{"name": "id", "in": "parameters", "type": "cursor"}]},
                             "input 'id' is no query"),
    "bad in": ("x-speakeasy-pagination", {**CURSOR, "inputs": [{"name": "cursor", "in": "query", "type": "cursor"}]},
               "`in` must be parameters or requestBody"),
    "results not in schema": ("x-speakeasy-pagination", {**CURSOR, "outputs": {"results": "$.items", "nextCursor": "$.next"}},
                              "results path $.items is not in the response schema"),
    "results not an array": ("x-speakeasy-pagination", {**CURSOR, "outputs": {"results": "$.next", "nextCursor": "$.next"}},
                             "is not an array"),
    "cursor path not in schema": ("x-speakeasy-pagination", {**CURSOR, "outputs": {"results": "$.data", "nextCursor": "$.x"}},
                                  "the next cursor path $.x is not in the response schema"),
    "filter path": ("x-speakeasy-pagination", {**CURSOR, "outputs": {"results": "$.data[*]", "nextCursor": "$.next"}},
                    "is not a supported path"),
    "offsetLimit without offset or page": ("x-speakeasy-pagination",
                                           {"type": "offsetLimit", "inputs": [], "outputs": {"results": "$.data"}},
                                           "exactly one input of type offset or page"),
    "fern nested request": ("x-fern-pagination", {"cursor": "$request.a.b", "next_cursor": "$response.next",
                                                  "results": "$response.data"}, "only a top-level request"),
    "fern next_uri": ("x-fern-pagination", {"next_uri": "$response.next", "results": "$response.data"},
                      "next_uri/next_path pagination is not supported"),
    "fern without a scheme": ("x-fern-pagination", {"results": "$response.data"}, "needs cursor"),
    "fern speakeasy-style path": ("x-fern-pagination", {"cursor": "$request.cursor", "next_cursor": "$.next",
                                                        "results": "$response.data"}, "is not a supported path"),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_annotation_is_a_located_warning_and_no_pager(tmp_path: Path, case: str) -> None:
    extension, value, message = INVALID[case]
    ops, warnings = _operations(_spec(tmp_path, extension, value))
    assert ops["listItems"].pagination is None
    ours = [w for w in warnings if extension in w]
    assert len(ours) == 1, warnings
    assert message in ours[0] and "the operation gets no pager" in ours[0]
    assert "spec.yaml:" in ours[0] and f"#/paths/~1items~1{{id}}/get/{extension}" in ours[0]


def test_no_json_success_response_is_a_warning(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "x-speakeasy-pagination", CURSOR)
    spec.write_text(spec.read_text().replace("application/json", "text/plain"), encoding="utf-8")
    ops, warnings = _operations(spec)
    assert ops["listItems"].pagination is None
    assert any("no JSON success response" in w for w in warnings)


def test_our_extension_wins_over_vendor_ones(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "x-pyclient-pagination", {"type": "link", "outputs": {"results": "$.data"}})
    data = json.loads(spec.read_text())
    data["paths"]["/items/{id}"]["get"]["x-speakeasy-pagination"] = CURSOR
    spec.write_text(json.dumps(data), encoding="utf-8")
    ops, warnings = _operations(spec)
    pagination = ops["listItems"].pagination
    assert warnings == [] and pagination is not None
    assert (pagination.kind, pagination.item, pagination.results) == ("link", Primitive("int"), ("data",))


def test_untyped_response_gives_untyped_items(tmp_path: Path) -> None:
    ops, warnings = _operations(_spec(tmp_path, "x-speakeasy-pagination", CURSOR, response={}))
    pagination = ops["listItems"].pagination
    assert warnings == [] and pagination is not None and pagination.item == ANY


def test_pager_name_does_not_clash(tmp_path: Path) -> None:
    text = textwrap.dedent("""\
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /a:
            get:
              operationId: list
              tags: [things]
              responses: {'200': {description: ok, content: {application/json: {schema: {type: array}}}}}
              x-pyclient-pagination: {type: link}
          /b:
            get:
              operationId: list_pages
              tags: [things]
              responses: {'200': {description: ok}}
        """)
    (tmp_path / "spec.yaml").write_text(text, encoding="utf-8")
    ops, _ = _operations(tmp_path / "spec.yaml")
    names = {op.method_name for op in ops.values()}
    pager = ops["list"].pagination
    assert pager is not None and pager.method_name not in names


@pytest.mark.parametrize(("text", "root", "path"), [
    ("$", "$", ()),
    ("$.data", "$", ("data",)),
    ("$.a.b[0].c", "$", ("a", "b", 0, "c")),
    ("$.data[-1].id", "$", ("data", -1, "id")),
    ("$['odd key'][\"x\"]", "$", ("odd key", "x")),
    ("$response.a.next-cursor", "$response", ("a", "next-cursor")),
    ("$.data[*]", "$", None),
    ("$..data", "$", None),
    ("data", "$", None),
    ("$response.a", "$", None),
])
def test_parse_path(text: str, root: str, path: tuple[str | int, ...] | None) -> None:
    assert parse_path(text, root) == path
