"""One change between two versions of an API, as a client user sees it, and the names it is reported with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model.types import Operation, call_text

Severity = Literal["breaking", "compatible"]
Side = Literal["request", "response"]

# Every kind of change, in the order reports list them (within a severity).
KINDS = (
    "operation-removed", "operation-renamed", "operation-moved", "operation-added", "operation-deprecated",
    "parameter-removed", "parameter-renamed", "parameter-added", "parameter-required", "parameter-optional",
    "parameter-type-changed",
    "request-body-removed", "request-body-added", "request-body-type-changed",
    "request-field-removed", "request-field-renamed", "request-field-added", "request-field-required",
    "request-field-optional", "request-field-type-changed",
    "response-type-changed",
    "response-field-removed", "response-field-renamed", "response-field-added", "response-field-optional",
    "response-field-required", "response-field-nullable", "response-field-type-changed",
    "enum-value-removed", "enum-value-added",
    "stream-changed", "pagination-changed",
    "model-removed", "model-renamed", "model-added", "model-type-changed",
)
_KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Change:
    severity: Severity
    kind: str
    detail: str
    operation: str = ""  # "POST /v1/ocr"; empty for a change to a model
    call: str = ""  # "client.ocr.process"; empty for a change to a model
    model: str = ""  # the class a change to a model is about
    used_by: tuple[str, ...] = ()  # for a change to a model: the calls that send or receive it
    stream_call: str = ""  # the operation's streaming method, when it has one besides `call`

    def sort_key(self) -> tuple[int, int, str, str, str, str, tuple[str, ...], str]:
        return (0 if self.severity == "breaking" else 1, _KIND_ORDER.get(self.kind, len(KINDS)),
                self.operation, self.call, self.model, self.detail, self.used_by, self.stream_call)


def call_of(operation: Operation) -> str:
    return call_text(operation.group, operation.method_name)


def stream_call_of(operation: Operation) -> str:
    """`client.chat.stream` for an operation that also streams through a method of its own; else ""."""
    stream = operation.stream
    return call_text(operation.group, stream.method_name) if stream is not None and not stream.only else ""


def endpoint_of(operation: Operation) -> str:
    """`POST /v1/ocr` (with the fixed query string a path key may carry)."""
    query = "&".join(f"{k}={v}" for k, v in operation.fixed_query)
    return f"{operation.http_method.upper()} {operation.path}" + (f"?{query}" if query else "")
