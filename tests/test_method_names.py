"""Derived method names and nested namespaces: the rules one by one, and on the real mistral-full spec."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.model.method_names import collection_prefixes, derive_method, nested_resources
from generator.model.types import ObjectDef, call_text
from generator.pipeline import Options, build_model, generate_files
from generator.render import write_tree
from tests.corpus_path import CORPUS, CORPUS_MISSING
from tests.loopback import LoopbackServer, Reply

MISTRAL_FULL = CORPUS / "mistral-full" / "openapi-public-doc.yaml"
PATHS = ["/v1/batch/jobs", "/v1/batch/jobs/{job_id}", "/v1/batch/jobs/{job_id}/cancel",
         "/v1/observability/judges/{judge_id}", "/v1/conversations/{conversation_id}/history"]
COLLECTIONS = collection_prefixes(PATHS)


@pytest.mark.parametrize(("operation_id", "method", "path", "group", "expected"), [
    ("update_judge_v1_observability_judges__judge_id__put", "PUT", "/v1/observability/judges/{judge_id}",
     ("beta", "observability", "judges"), ("update", "operationId")),  # FastAPI's suffix, the group's noun
    ("jobs_api_routes_batch_create_batch_job", "POST", "/v1/batch/jobs", ("batch", "jobs"), ("create", "operationId")),
    ("jobs_api_routes_batch_get_batch_jobs", "GET", "/v1/batch/jobs", ("batch", "jobs"), ("list", "operationId")),
    ("libraries_list_v1", "GET", "/v1/libraries", ("beta", "libraries"), ("list", "operationId")),  # version token
    ("agents_api_v1_conversations_history", "GET", "/v1/conversations/{conversation_id}/history",
     ("beta", "conversations"), ("get_history", "operationId")),
    ("", "POST", "/v1/batch/jobs/{job_id}/cancel", ("batch", "jobs"), ("cancel", "path")),  # the action
    ("", "GET", "/v1/batch/jobs/{job_id}", ("batch", "jobs"), ("retrieve", "path")),  # REST verbs
    ("", "DELETE", "/v1/batch/jobs/{job_id}", ("batch", "jobs"), ("delete", "path")),
    ("chat_moderations_v1_chat_moderations_post", "POST", "/v1/chat/moderations", ("classifiers",),
     ("moderate_chat", "operationId")),
    ("showPetById", "GET", "/pets/{petId}", ("pets",), ("show", "operationId")),
    ("search", "GET", "/search", ("search",), ("search", "operationId")),  # the verb survives its group
])
def test_derived_method_names(operation_id: str, method: str, path: str, group: tuple[str, ...],
                              expected: tuple[str, str]) -> None:
    assert derive_method(operation_id, path, method, group, COLLECTIONS) == expected


def test_path_resource_segments_nest_under_a_flat_group() -> None:
    assert nested_resources("/v1/batch/jobs/{job_id}/cancel", ("batch",), COLLECTIONS) == ("jobs",)
    assert nested_resources("/v1/batch/jobs", ("batch",), COLLECTIONS) == ("jobs",)
    assert nested_resources("/v1/conversations/{conversation_id}/history", ("conversations",), COLLECTIONS) == ()
    assert nested_resources("/v1/other", ("batch",), COLLECTIONS) == ()


@pytest.mark.skipif(not MISTRAL_FULL.is_file(), reason=CORPUS_MISSING)
def test_mistral_full_gets_the_official_sdks_call_paths_without_an_overlay() -> None:
    api = build_model(MISTRAL_FULL, Options(validate=False)).api
    calls: dict[tuple[str, str], str] = {}
    for group in api.groups:
        for op in group.operations:  # `/v1/conversations#stream` has the path of `/v1/conversations`: first wins
            calls.setdefault((op.http_method, op.path), call_text(op.group, op.method_name))
    streams = {call_text(op.group, op.stream.method_name) for g in api.groups for op in g.operations if op.stream}
    assert calls["POST", "/v1/conversations"] == "client.beta.conversations.start"
    assert "client.beta.conversations.start_stream" in streams
    assert calls["POST", "/v1/batch/jobs"] == "client.batch.jobs.create"
    assert calls["POST", "/v1/batch/jobs/{job_id}/cancel"] == "client.batch.jobs.cancel"
    assert calls["DELETE", "/v1/files/{file_id}"] == "client.files.delete"
    assert calls["GET", "/v1/models"] == "client.models.list"
    assert calls["POST", "/v1/libraries/{library_id}/documents"] == "client.beta.libraries.documents.upload"
    assert calls["PUT", "/v1/observability/judges/{judge_id}"] == "client.beta.observability.judges.update"
    names = [(g.name, op.method_name) for g in api.groups for op in g.operations]
    assert len(names) == len(set(names))  # never two methods with one name


def test_operation_id_naming_keeps_the_flat_scheme() -> None:
    spec = Path(__file__).parent / "golden" / "petstore" / "spec.yaml"
    api = build_model(spec, Options(naming="operation-id")).api
    assert [(g.name, [op.method_name for op in g.operations]) for g in api.groups] == [
        ("pets", ["list_pets", "create_pet", "show_pet_by_id", "delete_pet"])]


NESTED = Path(__file__).parent / "golden" / "naming-nested" / "spec.yaml"


def test_nested_namespaces_extensions_and_provenance() -> None:
    built = build_model(NESTED, Options(validate=False))
    groups = {g.name: g for g in built.api.groups}
    assert groups["beta"].children == ("beta.conversations",)  # a namespace with methods and a sub-namespace
    assert [op.method_name for op in groups["beta"].operations] == ["status", "beta_conversations"]
    ops = {(op.http_method, op.path, op.method_name): op for g in built.api.groups for op in g.operations}
    sources = {call_text(op.group, op.method_name): (op.group_source, op.naming_source) for op in ops.values()}
    assert sources["client.batch.jobs.cancel"] == ("tag", "path")
    assert sources["client.fine_tuning.jobs.cancel"] == ("path", "operationId")
    assert sources["client.catalog.widgets.list_all"] == ("extension", "extension")  # x-speakeasy-*
    assert sources["client.catalog.widgets.search"] == ("extension", "overlay")  # x-pyclient-method wins
    assert sources["client.catalog.gadgets.make_gadget"] == ("extension", "extension")  # x-fern-*
    assert sources["client.batch.jobs.update_job"] == ("tag", "fallback")
    widgets = ops["GET", "/v1/widgets", "list_all"]
    assert widgets.deprecated and widgets.deprecation_message == "Use catalog.widgets.search instead."
    # x-speakeasy-name-override: made snake_case (`limit`), or kept as written when it already is (`type_`, digits)
    assert [(p.name, p.wire) for p in widgets.parameters] == [
        ("limit", "page_size"), ("type_", "type"), ("sort_direction1", "sort.direction")]
    widget = next(d for d in built.api.definitions if d.name == "Widget")
    assert isinstance(widget, ObjectDef)
    assert [(f.name, f.wire) for f in widget.fields][:1] == [("name", "widget_name")]
    gadget = ops["POST", "/v1/gadgets", "make_gadget"]
    assert gadget.stream is not None and gadget.stream.only  # x-fern-streaming: true
    fern_chat = ops["POST", "/v1/gadgets/chat", "chat"]  # x-fern-streaming's object form
    assert fern_chat.stream is not None and (fern_chat.stream.method_name, fern_chat.stream.stream_flag,
                                             fern_chat.stream.only) == ("chat_stream", "stream", False)
    chat = next(op for op in ops.values() if op.path == "/v1/chat/completions")
    assert chat.stream is not None and chat.stream.method_name == "stream"  # the namespace's only stream
    clashes = [w.message for w in built.warnings if "clashes" in w.message]
    assert any("PATCH /v1/batch/jobs/{job_id}" in m and "PUT /v1/batch/jobs/{job_id}" in m
               and "'update_job'" in m for m in clashes)
    assert any("the namespace client.beta.conversations" in m for m in clashes)


def test_operation_id_naming_ignores_vendor_naming_extensions() -> None:
    api = build_model(NESTED, Options(validate=False, naming="operation-id")).api
    groups = {g.name: [op.method_name for op in g.operations] for g in api.groups}
    assert groups["widgets"] == ["fetch_all_widgets", "search"]  # x-pyclient-method still applies
    assert "beta_conversations" in groups and all("." not in name for name in groups)


@pytest.fixture(scope="module")
def nested_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("nested")
    files, _ = generate_files(NESTED)
    write_tree(folder / "nested_names_client", files)
    sys.path.insert(0, str(folder))
    yield importlib.import_module("nested_names_client")
    sys.path.remove(str(folder))


def test_nested_namespaces_load_lazily_and_list_their_members(nested_package: ModuleType) -> None:
    name = nested_package.__name__
    client = nested_package.Client(base_url="http://127.0.0.1:9")
    assert f"{name}.resources.beta" not in sys.modules
    beta = client.beta
    assert f"{name}.resources.beta" in sys.modules and f"{name}.resources.beta__conversations" not in sys.modules
    assert {"conversations", "status", "beta_conversations"} <= set(dir(beta))
    assert {"start", "start_stream", "append", "append_stream", "list"} <= set(dir(beta.conversations))
    assert client.beta.conversations is client.beta.conversations  # built once
    assert type(nested_package.AsyncClient().catalog.widgets).__name__ == "AsyncCatalogWidgets"


def test_nested_calls_reach_their_routes(nested_package: ModuleType, server: LoopbackServer) -> None:
    server.routes[("POST", "/v1/conversations")] = Reply.json({"id": "c1"})
    server.routes[("POST", "/v1/fine_tuning/jobs/j1/cancel")] = Reply.json({})
    server.routes[("GET", "/v1/widgets")] = Reply.json({"widget_name": "w", "color": "blue"})
    with nested_package.Client(base_url=server.url) as client:
        assert client.beta.conversations.start() == {"id": "c1"}
        client.fine_tuning.jobs.cancel(job_id="j1")
        widget = client.catalog.widgets.list_all(limit=5)  # the Python name; the wire name is page_size
    assert widget.name == "w" and widget.to_dict() == {"widget_name": "w", "color": "blue"}
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/conversations"), ("POST", "/v1/fine_tuning/jobs/j1/cancel"), ("GET", "/v1/widgets?page_size=5")]


async def _async_start(package: ModuleType, url: str) -> Any:
    async with package.AsyncClient(base_url=url) as client:
        return await client.beta.conversations.start()


def test_nested_calls_on_the_async_client(nested_package: ModuleType, server: LoopbackServer) -> None:
    server.routes[("POST", "/v1/conversations")] = Reply.json({"id": "c2"})
    assert asyncio.run(_async_start(nested_package, server.url)) == {"id": "c2"}


def test_naming_report_says_in_one_line_when_the_sdk_is_absent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from tests import naming_report

    monkeypatch.setattr(naming_report, "SDK_VENV", tmp_path / "no-venv")
    monkeypatch.setattr(naming_report, "OUR_SPEC", tmp_path / "absent.yaml")  # the overlay part needs no SDK venv
    assert naming_report.main() == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("naming-report: skipped")
    monkeypatch.setattr(naming_report, "SPEC", tmp_path / "absent.yaml")
    assert naming_report.main() == 0
    assert capsys.readouterr().out.startswith("naming-report: skipped, the corpus spec")


def test_the_vendored_spec_and_overlay_give_the_official_call_text() -> None:
    """specs/ (upstream spec + overlay) against every recorded `mistralai` 3.7 method whose operation the spec has:
    the call paths and keyword names `make naming-report` prints. The misses are known and listed in the overlay's
    header (the second copy of the workflow events; SDK-newer fields of other shapes; per-call `security=`)."""
    import json

    from tests import naming_report

    ours = naming_report.our_methods(naming_report.OUR_SPEC, (naming_report.OUR_OVERLAY,))
    methods = json.loads(naming_report.SDK_METHODS.read_text())["methods"]
    shared = [m for m in methods if m["operation_id"] in ours]
    wrong_path = sorted(m["call"] for m in shared if m["call"] not in ours[m["operation_id"]][0])
    lacking = sorted(m["call"] for m in shared
                     if {p["name"] for p in m["parameters"]} - {"stream"} - ours[m["operation_id"]][1])
    assert len(shared) == 221
    assert wrong_path == ["client.workflows.events.get_stream_events", "client.workflows.events.get_workflow_events"]
    assert lacking == sorted([
        "client.audio.speech.complete", "client.audio.transcriptions.complete", "client.audio.transcriptions.stream",
        "client.beta.observability.datasets.create_record",
        "client.beta.rag.ingestion_pipeline_configurations.register", "client.beta.users.get_identity",
        "client.beta.users.list_organizations", "client.beta.users.list_workspaces"])
    for call, keyword in [("client.embeddings.create", "inputs"), ("client.audio.voices.list", "type_"),
                          ("client.ocr.process", "include_image_base64"), ("client.beta.connectors.create", "request")]:
        [method] = [m for m in shared if m["call"] == call]
        assert keyword in ours[method["operation_id"]][1]


def test_clash_warning_names_the_line_of_the_operation_in_a_json_spec(tmp_path: Path) -> None:
    # the place is worked out only for the warning (a JSON file's lines need a scan), and it is the right one
    import json

    ok = {"200": {"description": "ok"}}
    spec = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {
        "/v1/widgets/{id}": {"put": {"operationId": "widgets_update_v1", "tags": ["widgets"], "responses": ok},
                             "patch": {"operationId": "widgets_patch_v1", "tags": ["widgets"], "responses": ok}}}}
    path = tmp_path / "spec.json"
    text = json.dumps(spec, indent=2)
    path.write_text(text, encoding="utf-8")
    built = build_model(path, Options())
    [clash] = [w for w in built.warnings if "clashes" in w.message]
    pointer = clash.location.pointer
    assert pointer in ("/paths/~1v1~1widgets~1{id}/put", "/paths/~1v1~1widgets~1{id}/patch")
    method = pointer.rsplit("/", 1)[1]
    expected = next(n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith(f'"{method}"'))
    assert clash.location.line == expected
