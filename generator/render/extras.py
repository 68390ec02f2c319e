"""Views of the methods an operation gains beside its plain, stream and pager methods: `parse` (structured
outputs over the plain method) and the sync class's `<method>_async` twins. Each calls its counterpart or the
runtime and nothing else."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..model.types import Operation

if TYPE_CHECKING:
    from .methods import MethodView

PARSED_TYPE = "_T"  # the TypeVar of a parse method's class, defined by modules that have one


def parse_method(op: Operation, plain: MethodView) -> MethodView:
    """`parse(response_format=SomeClass, ...)`: the plain method with the class as its `json_schema` response
    format, its answer's `choices[i].message.parsed` decoded as that class."""
    assert op.body is not None
    field = next(f.name for f in op.body.fields if f.wire == "response_format")
    args = [f"{field}: type[{PARSED_TYPE}]"] + [a for a in plain.args if _name(a) != field]
    forwarded = ", ".join(f"{name}=_rt.response_format_for({name})" if name == field else f"{name}={name}"
                          for name in map(_name, plain.args))
    summary = plain.doc.split("\n", 1)[0]
    doc = "\n".join([
        summary, "",
        f"Structured output: `{field}` is a class (a dataclass, or a model with `model_json_schema` and",
        "`model_validate`, as pydantic's). It is sent as a strict `json_schema` response format, and each",
        f"choice's `message.parsed` holds the answer decoded as that class. Other arguments as for `{plain.name}`.",
    ])
    returns = f"_rt.ParsedCompletion[{PARSED_TYPE}]"
    return dataclasses.replace(
        plain, name=op.parse_method, args=args, returns=returns, async_returns=returns, doc=doc, prelude=[],
        call="_rt.parse_completion", async_call="_rt.aparse_completion", awaits=True,
        call_args=[f"self.{plain.name}({forwarded})", field],
    )


def with_twins(methods: list[MethodView], op: Operation, async_class: str) -> list[MethodView]:
    """`methods` each followed by its `_async` twin on the sync class (named by the model), which runs the async
    class's method on the sync core's async twin."""
    twins = dict(op.async_names)
    out: list[MethodView] = []
    for method in methods:
        out.append(method)
        if method.name in twins:
            out.append(_twin(method, twins[method.name], async_class))
    return out


def _twin(method: MethodView, name: str, async_class: str) -> MethodView:
    doc = "\n".join([method.doc.split("\n", 1)[0], "",
                     f"`{method.name}` for async code: awaits the async client's call, with the same arguments."])
    if not method.awaits:  # a pager: it gets its core when first awaited or iterated
        _core, *rest = method.call_args
        doc = "\n".join([method.doc.split("\n", 1)[0], "",
                         f"`{method.name}` for async code: `await` the pager for the first page, or `async for` over",
                         "it for every item; nothing is sent before either."])
        return dataclasses.replace(method, name=name, returns=method.async_returns, doc=doc, prelude=[],
                                   call=method.async_call, call_args=["self._core.async_twin", *rest],
                                   sync_only=True)
    return dataclasses.replace(
        method, name=name, returns=method.async_returns, doc=doc, prelude=[],
        call=f"{async_class}(await self._core.async_twin()).{method.name}",
        call_args=[f"{n}={n}" for n in map(_name, method.args)], sync_only=True, coroutine=True,
    )


def _name(argument: str) -> str:
    """The name in an argument's source (`name: annotation = default`)."""
    return argument.split(":", 1)[0].strip()
