"""Three failure classes met in public specs beyond the corpus, each reproduced by a golden case:

- `misplaced-refs`: `$ref`s where OpenAPI allows none (`get: {$ref: resources/ssh_keys/sshKeys_get.yml}`,
  a `parameters`, `responses` or `content` map given as a `$ref`, a media type given as a `$ref`);
- `nested-unions`: a union whose member is itself a union (inline, or a named oneOf), with and without
  discriminators;
- `discriminator-mapping`: a discriminator mapping naming schemas that its oneOf leaves out.

Each package passes `mypy --strict` and `ruff`, and decodes real payloads (over loopback HTTP where a call matters).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from functools import reduce
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.findings import SpecError
from generator.pipeline import Options, build_model, generate_files
from generator.render import write_tree
from tests.golden_cases import GOLDEN
from tests.loopback import LoopbackServer, Reply

CASES = ("misplaced-refs", "nested-unions", "discriminator-mapping")
BIN = Path(sys.executable).parent


def _package(case: str) -> str:
    return "wild_" + case.replace("-", "_")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("wild")
    for case in CASES:
        files, _ = generate_files(GOLDEN / case / "spec.yaml")
        write_tree(out / _package(case), files)
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))


@pytest.fixture(scope="module")
def packages(folder: Path) -> dict[str, ModuleType]:
    return {case: importlib.import_module(_package(case)) for case in CASES}


def _method(client: Any, case: str, operation_id: str) -> Any:
    """The client method of an operation, found through the model's group (maybe dotted) and method name."""
    operations = [op for group in build_model(GOLDEN / case / "spec.yaml").api.groups for op in group.operations]
    op = next(op for op in operations if op.operation_id == operation_id)
    return getattr(reduce(getattr, op.group.split("."), client), op.method_name)


def test_packages_pass_mypy_strict_and_ruff(folder: Path) -> None:
    names = [_package(case) for case in CASES]
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(folder / ".mypy")]
    checks = [mypy + [arg for name in names for arg in ("-p", name)],
              [str(BIN / "ruff"), "check", "--no-cache", "--isolated", *names]]
    for args in checks:
        result = subprocess.run(args, cwd=folder, capture_output=True, text=True, timeout=600, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


# ---- misplaced $refs ----------------------------------------------------------------------------------------

SSH_KEY = {"id": 512189, "fingerprint": "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa",
           "public_key": "ssh-rsa AEXAMPLEaC1yc2EAAAADAQABAAAAQQDDHr/jh2Jy4yALcK4JyWbVkPRaWmhck3IgCoeOO3z1e2dBowLh64QAM+Qb72pxekALga2oi4GvT+TlWNhzPH4V example",
           "name": "My SSH Public Key"}


def test_operations_behind_misplaced_refs_come_out_whole_with_one_warning_per_kind() -> None:
    built = build_model(GOLDEN / "misplaced-refs" / "spec.yaml")
    ops = {op.operation_id: op for group in built.api.groups for op in group.operations}
    assert [p.wire for p in ops["sshKeys_get"].parameters] == ["ssh_key_identifier"]
    assert [p.wire for p in ops["sshKeys_list"].parameters] == ["per_page"]
    body = ops["sshKeys_create"].body
    assert body is not None and [f.wire for f in body.fields] == ["public_key", "name"]
    assert {d.name for d in built.api.definitions} >= {"SshKey"}
    messages = [w.message for w in built.warnings]
    assert len(messages) == 5 and all(m.startswith("$ref in place of ") for m in messages), messages
    assert "(4 places, the first here)" in messages[0]
    assert built.warnings[0].location.pointer == "/paths/~1v2~1account~1keys/get"
    assert built.warnings[0].location.line == 6


def test_misplaced_refs_keep_the_loaders_rules(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    (tmp_path / "op.yaml").write_text("operationId: outside\nresponses: {'204': {description: gone}}\n")
    spec = tmp_path / "api" / "spec.yaml"
    header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
    spec.write_text(header + "  /a:\n    get: {$ref: '../op.yaml'}\n")
    with pytest.raises(SpecError) as refused:
        build_model(spec, Options(validate=False))
    assert any("outside" in f.message for f in refused.value.findings if f.severity == "error")
    allowed = build_model(spec, Options(validate=False, allow_outside_refs=True))
    assert [op.operation_id for group in allowed.api.groups for op in group.operations] == ["outside"]
    for target, word in (("https://example.com/op.yaml", "remote"), ("#/paths/~1b/get", "loop")):
        spec.write_text(header + f"  /a:\n    get: {{$ref: '{target}'}}\n  /b:\n    get: {{$ref: '#/paths/~1a/get'}}\n")
        with pytest.raises(SpecError) as caught:
            build_model(spec, Options(validate=False))
        assert any(word in f.message for f in caught.value.findings if f.severity == "error"), word


def test_misplaced_ref_operations_work_over_http(packages: dict[str, ModuleType], server: LoopbackServer) -> None:
    server.routes[("GET", "/v2/account/keys/512189")] = Reply.json({"ssh_key": SSH_KEY})
    server.routes[("POST", "/v2/account/keys")] = Reply.json({"ssh_key": SSH_KEY}, 201)
    server.routes[("GET", "/v2/account/keys")] = Reply.json({"ssh_keys": [SSH_KEY], "links": {}, "meta": {"total": 1}})
    case = "misplaced-refs"
    with packages[case].Client(base_url=server.url) as client:
        got = _method(client, case, "sshKeys_get")(ssh_key_identifier="512189")
        created = _method(client, case, "sshKeys_create")(public_key=SSH_KEY["public_key"], name="My SSH Public Key")
        listed = _method(client, case, "sshKeys_list")(per_page=5)
    assert got.ssh_key.fingerprint == SSH_KEY["fingerprint"] and created.ssh_key.id == 512189
    assert listed.ssh_keys[0].to_dict() == SSH_KEY and listed.extra == {"links": {}, "meta": {"total": 1}}
    assert server.requests[1].json() == {"public_key": SSH_KEY["public_key"], "name": "My SSH Public Key"}
    assert server.requests[2].path == "/v2/account/keys?per_page=5"


# ---- nested unions ------------------------------------------------------------------------------------------


def test_a_named_union_inside_a_union_decodes_to_its_members(packages: dict[str, ModuleType]) -> None:
    models = packages["nested-unions"].models
    user = {"role": "user", "content": "Hi"}
    tool = {"role": "tool", "tool_call_id": "call_1", "type": "message"}
    request = models.AppendRequest.from_dict({"inputs": [user, tool]})
    assert [type(entry).__name__ for entry in request.inputs] == ["UserMessage", "ToolMessage"]
    assert type(models.AppendRequest.from_dict({"inputs": user}).inputs).__name__ == "UserMessage"
    assert models.AppendRequest.from_dict({"inputs": "Hi"}).inputs == "Hi"
    assert request.to_dict() == {"inputs": [user, tool]}


def test_an_outer_discriminator_hands_over_to_the_inner_one(packages: dict[str, ModuleType]) -> None:
    models = packages["nested-unions"].models
    entries = [{"type": "message", "role": "assistant", "content": None}, {"type": "status", "status": "done"},
               {"type": "message", "role": "robot"}, {"type": "unknown"}]
    conversation = models.Conversation.from_dict({"entries": entries})
    assert [type(e).__name__ for e in conversation.entries] == ["AssistantMessage", "StatusEvent", "dict", "dict"]
    assert conversation.to_dict() == {"entries": entries}


def test_inline_nested_unions_leave_every_object_variant_reachable(packages: dict[str, ModuleType]) -> None:
    models = packages["nested-unions"].models

    def decoded(**fields: Any) -> list[str]:
        request = models.AppendRequest.from_dict({"inputs": "x", **fields})
        assert request.to_dict() == {"inputs": "x", **fields}
        return [type(getattr(request, name)).__name__ for name in fields]

    assert decoded(handoff={"agent_id": "a"}, attachment={"kind": "image", "url": "u"},
                   target={"type": "status", "status": "ok"}) == ["AgentHandoff", "ImageChunk", "StatusEvent"]
    assert decoded(handoff={"model": "m"}, attachment={"type": "status", "status": "ok"},
                   target={"model": "m"}) == ["ModelHandoff", "StatusEvent", "ModelHandoff"]
    assert decoded(handoff=3, attachment={"kind": "text", "text": "t"}) == ["int", "TextChunk"]
    assert decoded(handoff=None, target={"agent_id": "a"}) == ["NoneType", "AgentHandoff"]


# ---- discriminator mapping beyond the oneOf -------------------------------------------------------------------

EVENTS = [{"type": "message-start", "id": "msg_1"}, {"type": "content-delta", "text": "Paris"},
          {"type": "citation-start", "citation": {"url": "https://example.org/paris", "title": "Paris"}},
          {"type": "done"}, {"type": "tool-start", "name": "search"}]


def test_mapping_targets_outside_the_one_of_join_the_union_with_a_warning() -> None:
    built = build_model(GOLDEN / "discriminator-mapping" / "spec.yaml")
    assert [(w.message.split(",")[0], w.location.pointer) for w in built.warnings] == [
        ("discriminator mapping 'citation-start' names CitationStart",
         "/components/schemas/StreamEvent/discriminator/mapping/citation-start"),
        ("discriminator mapping 'done' names Done", "/components/schemas/StreamEvent/discriminator/mapping/done"),
    ]


def test_mapping_only_events_decode_from_json_and_from_the_stream(packages: dict[str, ModuleType],
                                                                  server: LoopbackServer) -> None:
    case = "discriminator-mapping"
    names = ["MessageStart", "ContentDelta", "CitationStart", "Done", "dict"]  # an unknown event stays raw
    stream = ("".join(f"data: {json.dumps(e)}\n\n" for e in EVENTS) + "data: [DONE]\n\n").encode()
    server.routes[("POST", "/messages")] = Reply.sse(stream, chunk_size=7)
    server.routes[("GET", "/messages/msg_1/events")] = Reply.json({"data": EVENTS})
    with packages[case].Client(base_url=server.url) as client:
        listed = _method(client, case, "listMessageEvents")(message_id="msg_1")
        with _method(client, case, "createMessage")(prompt="Capital of France?") as events:
            streamed = list(events)
    for decoded in (listed.data, streamed):
        assert [type(e).__name__ for e in decoded] == names
        assert decoded[2].citation.url == "https://example.org/paris"
    assert listed.to_dict() == {"data": EVENTS}
