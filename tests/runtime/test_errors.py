"""Status → exception mapping, parsed error bodies, response decoding, messages without credentials."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from _rt_under_test import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    Auth,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Request,
    Returns,
    SyncCore,
    UnprocessableEntityError,
)

from ._support import ErrorBody, mock_client

KEY = "sk-live-0123456789abcdef"
GET = Request("GET", "/models/{id}".replace("{id}", "m-1"))
JSON: dict[str, Returns[Any]] = {"200": Returns("json")}


def make_core(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> SyncCore:
    core = SyncCore(
        base_url="https://api.test/v1",
        auth=Auth(headers={"Authorization": f"Bearer {KEY}"}),
        http_client=mock_client(handler),
        **{"max_retries": 0, **kw},
    )
    core.sleep = lambda _: None
    return core


def answer(status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_error_class(status: int, cls: type[APIStatusError]) -> None:
    with pytest.raises(APIStatusError) as info:
        make_core(answer(status, {"message": "nope"})).request(GET, JSON)
    assert type(info.value) is cls
    assert isinstance(info.value, APIError)
    assert info.value.status_code == status


def test_error_body_is_decoded_with_the_spec_error_model() -> None:
    core = make_core(answer(401, {"message": "Unauthorized", "request_id": "abc"}))
    with pytest.raises(AuthenticationError) as info:
        core.request(GET, JSON, errors={"4XX": ErrorBody.from_dict})
    err = info.value
    assert err.body == ErrorBody("Unauthorized", "abc")
    assert err.text == '{"message":"Unauthorized","request_id":"abc"}'
    assert err.headers["content-type"] == "application/json"
    assert err.response.status_code == 401
    assert str(err) == "Error code: 401 Unauthorized for GET /v1/models/m-1: Unauthorized"


def test_error_body_that_does_not_fit_the_model_stays_parsed_json() -> None:
    core = make_core(answer(404, {"detail": "Not Found"}))
    with pytest.raises(NotFoundError) as info:
        core.request(GET, JSON, errors={"default": ErrorBody.from_dict})
    assert info.value.body == {"detail": "Not Found"}
    assert info.value.message.endswith(": Not Found")


def test_non_json_error_body_gives_none_and_raw_text() -> None:
    core = make_core(answer(502, text="<html>Bad gateway</html>"))
    with pytest.raises(InternalServerError) as info:
        core.request(GET, JSON, errors={"default": ErrorBody.from_dict})
    assert info.value.body is None and info.value.text == "<html>Bad gateway</html>"
    assert "Bad gateway" in str(info.value)


def test_nested_error_message_is_used() -> None:
    core = make_core(answer(400, {"error": {"message": "temperature must be <= 1", "type": "invalid"}}))
    with pytest.raises(BadRequestError, match="temperature must be <= 1"):
        core.request(Request("POST", "/chat/completions", json={}), JSON)


def test_validation_error_list_is_shown_compactly() -> None:
    detail = [{"loc": ["body", "model"], "msg": "Field required", "type": "missing"}]
    core = make_core(answer(422, {"detail": detail}))
    with pytest.raises(UnprocessableEntityError, match="Field required"):
        core.request(GET, JSON)


def test_success_with_bad_json_raises_validation_error_with_raw_text() -> None:
    core = make_core(answer(200, text='{"id": "m-1",'))
    with pytest.raises(APIResponseValidationError) as info:
        core.request(GET, JSON)
    assert info.value.text == '{"id": "m-1",' and info.value.status_code == 200


@pytest.mark.parametrize("exc", [KeyError("id"), TypeError("bad"), ValueError("bad")])
def test_decoder_raising_is_a_validation_error(exc: Exception) -> None:
    def decode(_: Any) -> Any:
        raise exc

    core = make_core(answer(200, {"unexpected": 1}))
    with pytest.raises(APIResponseValidationError) as info:
        core.request(GET, {"200": Returns("json", decode)})
    assert info.value.text == '{"unexpected":1}' and info.value.body == {"unexpected": 1}
    assert info.value.__cause__ is exc


def test_response_kinds_and_status_lookup_order() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        status = int(request.url.params["s"])
        return httpx.Response(status, content=b'{"n": 1}')

    core = make_core(handler)
    responses = {
        "200": Returns("json", lambda d: ("exact", d)),
        "2XX": Returns("text", lambda t: ("range", t)),
        "default": Returns("bytes", lambda b: ("default", b)),
    }

    def call(status: int) -> Any:
        return core.request(Request("GET", "/x", query={"s": status}), responses)

    assert call(200) == ("exact", {"n": 1})
    assert call(201) == ("range", '{"n": 1}')
    assert core.request(Request("GET", "/x", query={"s": 204}), {"204": Returns("empty")}) is None
    empty = make_core(lambda r: httpx.Response(204))
    assert empty.request(Request("DELETE", "/x"), {"2XX": Returns("json")}) is None
    assert core.request(Request("GET", "/x", query={"s": 201}), {"200": Returns("json")}) == {"n": 1}
    assert core.request(Request("GET", "/x", query={"s": 200}), {"200": Returns("empty", lambda _: "ok")}) == "ok"


# --- credentials never leak into our strings ------------------------------------------------------------


def test_api_key_absent_from_core_repr_and_auth_repr() -> None:
    core = make_core(answer(200, {}), headers={"X-Trace": "t"})
    for text in (repr(core), str(core), repr(core.auth), str(core.auth)):
        assert KEY not in text
    assert "Authorization" in repr(core.auth)


def test_base_url_credentials_and_query_are_not_in_repr() -> None:
    core = SyncCore(base_url="https://user:pa55word@api.test/v1?key=qs3cret")
    try:
        assert "pa55word" not in repr(core) and "qs3cret" not in repr(core)
        assert "https://api.test/v1" in repr(core)
    finally:
        core.close()


def test_api_key_echoed_by_server_is_redacted_from_error_message() -> None:
    core = make_core(answer(401, {"message": f"Invalid API key Bearer {KEY}"}))
    with pytest.raises(AuthenticationError) as info:
        core.request(GET, JSON)
    err = info.value
    for text in (str(err), repr(err), err.message):
        assert KEY not in text
    assert "Invalid API key" in str(err)


def test_query_api_key_is_not_in_messages() -> None:
    core = SyncCore(
        base_url="https://api.test/v1",
        auth=Auth(query={"key": KEY}),
        http_client=mock_client(answer(500, {"message": "oops"})),
        max_retries=0,
    )
    with pytest.raises(InternalServerError) as info:
        core.request(GET, JSON)
    assert info.value.request is not None and info.value.request.url.params["key"] == KEY
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_transport_errors_messages_and_retry_logs_are_clean(caplog: pytest.LogCaptureFixture) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused {request.headers['authorization']}", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    caplog.set_level(logging.DEBUG)
    with pytest.raises(APIConnectionError) as conn:
        make_core(refuse, max_retries=1).request(GET, JSON)
    with pytest.raises(APITimeoutError) as timeout:
        make_core(slow).request(GET, JSON)
    assert "GET /v1/models/m-1" in str(conn.value) and "Retrying" in caplog.text
    for text in (str(conn.value), repr(conn.value), str(timeout.value), repr(timeout.value), caplog.text):
        assert KEY not in text


def test_stream_error_messages_are_clean() -> None:
    body = f'data: {{"error": {{"message": "bad key {KEY}"}}}}\n\n'.encode()
    core = make_core(lambda r: httpx.Response(200, headers={"Content-Type": "text/event-stream"}, content=body))
    with pytest.raises(APIStreamError) as info:
        list(core.stream(Request("POST", "/chat/completions", json={}), dict))
    assert KEY not in str(info.value) and "bad key ***" in str(info.value)
