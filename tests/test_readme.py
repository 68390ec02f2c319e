"""The README.md of every generated package: content from the spec, tree order, and Markdown safety."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model.types import Api, Group, Operation, SecurityScheme
from generator.pipeline import Options, generate_files
from generator.render.env import make_environment
from generator.render.markdown import block, code, inline, paragraph, visible
from generator.render.readme import call_text, readme_file, runtime_facts
from tests.golden_cases import cases, expected
from tests.markdown_safety import plain, problems, without_code

HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[Sign in](https://phish.example/login)",
    "![x](https://tracker.example/p.gif)", "[ref]: https://phish.example", "<https://phish.example>",
    "https://phish.example www.phish.example mail@phish.example", "&lt;b&gt; &#x3C;", "$\\sum$ ~~gone~~",
    "```\n# Heading\n```", "~~~~\n<b>x</b>", "| a | b |\n|---|---|", "- item\n1. item\n> quote",
    "evil\u202etxt.exe \u200b\x00\x1b[31m", "javascript:alert(1)", "text `code` ``more``", "\\[not a link\\]",
    "<!-- comment -->", "<details open><summary>x</summary>", "*a* _b_ **c**", "# 1. heading #",
]


def _operation(group: str, method: str, summary: str = "") -> Operation:
    return Operation(group=group, method_name=method, http_method="GET", path=f"/{method}", operation_id=method,
                     summary=summary, description="", parameters=(), body=None, responses=())


def _api(*ops: Operation, **fields: object) -> Api:
    groups: dict[str, list[Operation]] = {}
    for op in ops:
        groups.setdefault(op.group, []).append(op)
    values: dict[str, object] = {"title": "T", "description": "", "version": "1", "servers": (), "security": (),
                                 "groups": tuple(Group(name, "C", "", tuple(members)) for name, members in groups.items()),
                                 "definitions": ()}
    return Api(**{**values, **fields})  # type: ignore[arg-type]


def _readme(api: Api, package: str = "t_client") -> str:
    """The README alone (the rest of the package does not take dotted groups yet: the naming work adds them)."""
    return readme_file(make_environment(), api, package).decode("utf-8")


# ---- content ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", cases())
def test_every_golden_readme_is_inert_markdown(case: str) -> None:
    readme = expected(case)["README.md.golden"].decode("utf-8")
    assert problems(readme) == []
    assert f"from {case.replace('-', '_')}_client import AsyncClient, Client" in readme
    for example in re.findall(r"^```python\n(.*?)^```$", readme, re.MULTILINE | re.DOTALL):
        compile(example, "README.md", "exec")  # the examples are Python


def test_nested_namespaces_are_listed_in_tree_order_with_call_paths_from_the_one_helper() -> None:
    api = _api(_operation("chat", "complete", "Chat"), _operation("beta.libraries.documents", "upload"),
               _operation("beta.conversations", "start", "Start one"), _operation("beta.libraries", "list"),
               _operation("chat", "stream_more"), _operation("audio.transcriptions", "create"))
    readme = _readme(api)
    headings = re.findall(r"^(#{3,6}) `client\.([a-z.]+)`$", readme, re.MULTILINE)
    assert headings == [("###", "chat"), ("###", "beta"), ("####", "beta.libraries"),
                        ("#####", "beta.libraries.documents"), ("####", "beta.conversations"),
                        ("###", "audio"), ("####", "audio.transcriptions")]
    assert f"- `{call_text('beta.conversations', 'start')}(...)`: Start one" in readme
    assert "- `client.beta.libraries.documents.upload(...)`" in readme
    assert call_text("fine_tuning.jobs", "cancel") == "client.fine_tuning.jobs.cancel"


def test_authentication_names_the_key_argument_and_the_environment_variable() -> None:
    bearer = _readme(_api(security=(SecurityScheme("k", "bearer", env_var="ACME_API_KEY"),)))
    assert "`ACME_API_KEY`" in bearer and "`Authorization: Bearer <key>`" in bearer and "`api_key=`" in bearer
    header = _readme(_api(security=(SecurityScheme("k", "api_key", "header", "X-Api-Key", "ACME_KEY"),)))
    assert "in the header `X-Api-Key`" in header
    basic = _readme(_api(security=(SecurityScheme("k", "basic", env_var="X"),)))
    assert "`username=` and `password=`" in basic
    assert "declares no authentication" in _readme(_api())


def test_errors_retries_and_timeouts_come_from_the_runtime() -> None:
    facts = runtime_facts()
    runtime = (Path(__file__).resolve().parent.parent / "templates" / "runtime" / "_errors.py").read_text()
    assert [line.name.strip("`") for line in facts.errors] == re.findall(r"^class (\w+Error)\(", runtime, re.MULTILINE)
    readme = _readme(_api(_operation("things", "list")))
    assert "| `RateLimitError` | `APIStatusError` | status 429 |" in readme
    assert "120 s (10 s to connect)" in readme and "up to 2 by default" in readme and "408, 409, 429 and 5xx" in readme
    assert "client.things.list(timeout=5.0, max_retries=0, extra_headers={\"X-Trace\": \"1\"})" in readme


def test_the_mistral_readme_shows_streaming_and_the_call_options() -> None:
    root = Path(__file__).resolve().parent.parent
    files, _ = generate_files(root / "specs" / "mistral-openapi.yaml",
                              Options(overlays=(root / "specs" / "mistral.overlay.yaml",)), "mistral_client")
    readme = files["README.md"].decode("utf-8")
    assert problems(readme) == []
    # the streaming example is the first streaming method in the README's order (a beta conversation stream)
    assert "with client.beta.conversations.start_stream(inputs=...) as stream:" in readme
    assert "- `client.chat.stream(...)` (streams): Chat Completion" in readme
    assert "`MISTRAL_API_KEY`" in readme and "- `client.models.list(...)`" in readme


# ---- hostile spec text ------------------------------------------------------------------------------------------


def _spec(tmp_path: Path, text: str) -> Path:
    quoted = json.dumps(text)
    spec = textwrap.dedent(f"""\
        {{"openapi": "3.1.0",
         "info": {{"title": {quoted}, "version": {quoted}, "description": {quoted}}},
         "servers": [{{"url": {quoted}}}],
         "tags": [{{"name": "things", "description": {quoted}}}],
         "components": {{"securitySchemes": {{"k": {{"type": "apiKey", "in": "header", "name": {quoted}}}}}}},
         "security": [{{"k": []}}],
         "paths": {{"/things": {{"get": {{"operationId": "listThings", "tags": ["things"], "summary": {quoted},
             "responses": {{"200": {{"description": "ok"}}}}}}}}}}}}
        """)
    path = tmp_path / "spec.json"
    path.write_text(spec, encoding="utf-8")
    return path


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_spec_text_stays_text(tmp_path: Path, text: str) -> None:
    files, _ = generate_files(_spec(tmp_path, text), Options(validate=False), "t_client")
    readme = files["README.md"].decode("utf-8")
    assert problems(readme) == []
    benign, _ = generate_files(_spec(tmp_path, "Plain words"), Options(validate=False), "t_client")
    shape = re.compile(r"^(#+ |- |\| |```|~~~~)", re.MULTILINE)
    outside, blocks = without_code(readme)
    assert len(shape.findall(outside)) == len(shape.findall(without_code(benign["README.md"].decode())[0]))
    assert blocks[0] == visible(text.strip("\n"), keep="\n\t") + "\n"  # the description, verbatim


# ---- the escaping functions ---------------------------------------------------------------------------------------

spec_text = st.text(st.characters(exclude_categories=()), max_size=60) | st.lists(st.sampled_from(HOSTILE), max_size=3).map(
    " ".join)


@settings(max_examples=300, deadline=None)
@given(spec_text)
def test_inline_text_is_one_inert_line_that_reads_back(text: str) -> None:
    line = inline(text, limit=10_000)
    assert "\n" not in line and problems(line) == []
    assert plain(line) == visible(" ".join(text.split()))
    start = paragraph(text)
    assert not re.match(r"([-+*>#=]|\d+[.)])", start), start


@settings(max_examples=300, deadline=None)
@given(spec_text)
def test_code_spans_and_blocks_hold_any_text(text: str) -> None:
    assert problems(code(text)) == []
    outside, blocks = without_code(block(text))
    assert outside == "" and blocks == [visible(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"),
                                                 keep="\n\t") + "\n"]
