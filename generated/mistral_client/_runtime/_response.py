"""Reading a received response: pick its `Returns` by status, decode it, or build the status error."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

import httpx

from ._errors import (
    APIResponseValidationError,
    APIStatusError,
    describe,
    redact,
    request_of,
    server_message,
    status_error_class,
)
from ._request import Returns

__all__ = ["decode_response", "lookup_status", "status_error"]

T = TypeVar("T")
V = TypeVar("V")

ErrorDecoders = Mapping[str, Callable[[Any], Any]]


def lookup_status(mapping: Mapping[str, V], status_code: int) -> V | None:
    """Entry for a status: exact key ("404"), then range ("4XX"), then "default"."""
    exact = mapping.get(str(status_code))
    if exact is not None:
        return exact
    family = mapping.get(f"{status_code // 100}XX")
    if family is None:
        family = mapping.get(f"{status_code // 100}xx")
    if family is not None:
        return family
    return mapping.get("default")


def is_expected(responses: Mapping[str, Returns[Any]], response: httpx.Response) -> bool:
    """A success status, or a status the spec lists by its exact code (e.g. a documented 304)."""
    return response.is_success or str(response.status_code) in responses


def decode_response(response: httpx.Response, responses: Mapping[str, Returns[T]], secrets: Iterable[str]) -> T:
    """Decode an already-read expected response; undecodable bodies raise APIResponseValidationError."""
    returns = lookup_status(responses, response.status_code) or _first_success(responses)
    if returns is None:
        return cast(T, None)
    try:
        parsed = _parse(response, returns)
    except ValueError as exc:
        message = f"{describe(request_of(response))} returned an invalid {returns.kind} body: {exc}"
        raise APIResponseValidationError(redact(message, secrets), response=response, text=_text(response)) from exc
    if returns.decode is None:
        return cast(T, parsed)
    try:
        return returns.decode(parsed)
    except (KeyError, TypeError, ValueError) as exc:
        message = f"{describe(request_of(response))} returned a body that does not decode: {exc!r}"
        raise APIResponseValidationError(
            redact(message, secrets), response=response, text=_text(response), body=parsed
        ) from exc


def _first_success(responses: Mapping[str, Returns[T]]) -> Returns[T] | None:
    for key in sorted(responses):
        if key[:1] == "2":
            return responses[key]
    return None


def _parse(response: httpx.Response, returns: Returns[Any]) -> Any:
    if returns.kind == "json":
        if response.status_code == 204 and not response.content:
            return None
        return json.loads(response.content)
    if returns.kind == "text":
        return response.text
    if returns.kind == "bytes":
        return response.content
    return None


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (httpx.ResponseNotRead, ValueError):
        return ""


def status_error(response: httpx.Response, errors: ErrorDecoders | None, secrets: Iterable[str]) -> APIStatusError:
    """The APIStatusError subclass for an already-read error response, its body parsed when possible."""
    text = _text(response)
    parsed = _json_or_none(response)
    body = parsed
    decoder = lookup_status(errors or {}, response.status_code)
    if decoder is not None and parsed is not None:
        try:
            body = decoder(parsed)
        except (KeyError, TypeError, ValueError):
            body = parsed
    reason = response.reason_phrase or "Error"
    message = f"Error code: {response.status_code} {reason} for {describe(request_of(response))}"
    detail = server_message(parsed, text)
    if detail:
        message += f": {detail}"
    return status_error_class(response.status_code)(
        redact(message, secrets), response=response, body=body, text=text
    )


def _json_or_none(response: httpx.Response) -> Any:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None
