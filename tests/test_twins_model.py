"""The model's extra methods: `x-pyclient-parse` and the names of the sync classes' `_async` twins (golden case
`structured`: a spec operation named like a twin, a parse extension on an operation that cannot be parsed)."""

from __future__ import annotations

import functools

from generator.model.types import Operation
from generator.pipeline import Options, build_model
from tests.golden_cases import GOLDEN


@functools.cache
def _built() -> tuple[dict[str, Operation], list[str]]:
    built = build_model(GOLDEN / "structured" / "spec.yaml", Options(validate=False))
    ops = {f"{g.name}.{op.method_name}": op for g in built.api.groups for op in g.operations}
    return ops, [f"{w.location.pointer}: {w.message}" for w in built.warnings]


def test_parse_method_on_a_chat_like_operation_only() -> None:
    ops, warnings = _built()
    assert ops["chat.complete"].parse_method == "parse"
    assert ops["embeddings.create"].parse_method == ""
    assert any(w.startswith("/paths/~1embeddings/post/x-pyclient-parse: x-pyclient-parse: the request body has no "
                            "`response_format`") for w in warnings)


def test_every_method_gets_a_twin_and_a_clash_is_renamed_with_a_warning() -> None:
    ops, warnings = _built()
    assert ops["chat.complete"].async_names == (
        ("complete", "complete_async_"), ("stream", "stream_async"), ("parse", "parse_async"))
    assert ops["chat.complete_async"].async_names == (("complete_async", "complete_async_async"),)
    assert ops["embeddings.create"].async_names == (("create", "create_async"),)
    [clash] = [w for w in warnings if "async twin" in w]
    assert clash == ("/paths/~1chat~1completions/post: the async twin of chat.complete would be 'complete_async', "
                     "a name another method of the group has; it is named 'complete_async_'")
