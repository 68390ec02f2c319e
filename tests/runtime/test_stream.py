"""Stream over httpx (MockTransport): decoding, [DONE], stream errors, closing the response."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _rt_under_test import (
    APIResponseValidationError,
    APIStreamError,
    AuthenticationError,
    Request,
    Stream,
    SyncCore,
)

from ._support import CHAT_CHUNKS, CHAT_STREAM, TOOL_CHUNKS, ChatChunk, ErrorBody, mock_client, sse_body

SSE = {"Content-Type": "text/event-stream"}
REQ = Request("POST", "/chat/completions", json={"model": "mistral-small-latest", "stream": True})


class Pieces:
    """A MockTransport handler replying with an event stream made of the given byte pieces."""

    def __init__(self, *pieces: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.pieces = list(pieces)
        self.status = status
        self.headers = headers or SSE
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, headers=self.headers, content=iter(list(self.pieces)))


def make_core(handler: Callable[[httpx.Request], httpx.Response]) -> SyncCore:
    core = SyncCore(base_url="https://api.test/v1", http_client=mock_client(handler))
    core.sleep = lambda _: None
    return core


def open_stream(*pieces: bytes, require_done: bool = True) -> Stream[ChatChunk]:
    return make_core(Pieces(*pieces)).stream(REQ, ChatChunk.from_dict, require_done=require_done)


def test_stream_yields_decoded_chunks_and_closes_response_at_done() -> None:
    handler = Pieces(CHAT_STREAM)
    stream = make_core(handler).stream(REQ, ChatChunk.from_dict)
    chunks = list(stream)
    assert "".join(c.content or "" for c in chunks) == "Hello, wörld 👋 — 你好!\nBye"
    assert chunks[-1].finish_reason == "stop" and chunks[-1].usage == {
        "prompt_tokens": 11,
        "total_tokens": 23,
        "completion_tokens": 12,
    }
    assert stream.response.is_closed
    assert stream.current_event is not None and stream.current_event.data == "[DONE]"
    sent = handler.requests[0]
    assert sent.headers["accept"] == "text/event-stream"
    assert sent.content == b'{"model":"mistral-small-latest","stream":true}'


def test_stream_split_at_every_byte_offset_yields_the_same_chunks() -> None:
    handler = Pieces()
    core = make_core(handler)
    body = sse_body(CHAT_CHUNKS, eol="\r\n")
    handler.pieces = [body]
    expected = [(c.content, c.finish_reason) for c in core.stream(REQ, ChatChunk.from_dict)]
    assert len(expected) == len(CHAT_CHUNKS)
    for cut in range(len(body) + 1):
        handler.pieces = [body[:cut], body[cut:]]
        stream = core.stream(REQ, ChatChunk.from_dict)
        assert [(c.content, c.finish_reason) for c in stream] == expected, cut
        assert stream.response.is_closed


def test_tool_call_deltas_are_decoded() -> None:
    chunks = list(open_stream(sse_body(TOOL_CHUNKS)))
    first = chunks[1].tool_calls[0]
    assert first["id"] == "D681PevKs" and first["function"]["name"] == "get_weather"
    arguments = "".join(c.tool_calls[0]["function"]["arguments"] for c in chunks if c.tool_calls)
    assert json.loads(arguments) == {"city": "Paris"}
    assert chunks[-1].finish_reason == "tool_calls"


def test_done_ends_the_stream_even_if_more_data_follows() -> None:
    stream = open_stream(sse_body(CHAT_CHUNKS[:1]) + b"data: not json\n\n")
    assert len(list(stream)) == 1


def test_eof_before_done_raises_api_stream_error() -> None:
    stream = open_stream(sse_body(CHAT_CHUNKS, done=False))
    received: list[ChatChunk] = []
    with pytest.raises(APIStreamError, match=r"stream ended before \[DONE\]"):
        for chunk in stream:
            received.append(chunk)  # noqa: PERF402 (keep what arrived before the error)
    assert len(received) == len(CHAT_CHUNKS)
    assert stream.response.is_closed


def test_require_done_false_accepts_a_plain_eof() -> None:
    stream = open_stream(sse_body(CHAT_CHUNKS, done=False), require_done=False)
    assert len(list(stream)) == len(CHAT_CHUNKS)
    assert stream.response.is_closed


def test_last_event_without_blank_line_before_eof_is_delivered() -> None:
    body = sse_body(CHAT_CHUNKS[:2], done=False) + b"data: [DONE]"
    assert len(list(open_stream(body))) == 2


@pytest.mark.parametrize(
    "event",
    [
        b'data: {"error":{"message":"Service overloaded","type":"overloaded"}}\n\n',
        b'event: error\ndata: {"message":"Service overloaded"}\n\n',
        b'data: {"object":"error","message":"Service overloaded","type":"internal_error"}\n\n',
    ],
    ids=["error-key", "event-error", "object-error"],
)
def test_error_object_mid_stream_raises_api_stream_error_with_body_and_data(event: bytes) -> None:
    stream = open_stream(sse_body(CHAT_CHUNKS[:2], done=False) + event + sse_body([]))
    received = []
    with pytest.raises(APIStreamError) as info:
        for chunk in stream:
            received.append(chunk)  # noqa: PERF402 (keep what arrived before the error)
    assert len(received) == 2
    err = info.value
    assert "Service overloaded" in str(err)
    assert "POST /v1/chat/completions" in str(err)
    assert err.data == event.decode().split("data: ", 1)[1].strip()
    assert isinstance(err.body, dict)
    assert err.event is not None and stream.current_event is err.event
    assert stream.response.is_closed


def test_event_error_with_non_json_data_keeps_raw_data() -> None:
    with pytest.raises(APIStreamError) as info:
        list(open_stream(b"event: error\ndata: upstream exploded\n\n"))
    assert info.value.body is None and info.value.data == "upstream exploded"
    assert "upstream exploded" in str(info.value)


def test_null_error_key_is_not_an_error() -> None:
    chunk = {**CHAT_CHUNKS[1], "error": None}
    assert [c.content for c in open_stream(sse_body([chunk]))] == ["Hel"]


def test_malformed_json_raises_validation_error_with_raw_text() -> None:
    stream = open_stream(sse_body(CHAT_CHUNKS[:1], done=False) + b'data: {"id": "x", \n\n')
    it = iter(stream)
    next(it)
    with pytest.raises(APIResponseValidationError) as info:
        next(it)
    assert info.value.text == '{"id": "x", '
    assert info.value.status_code == 200
    assert stream.response.is_closed


def test_decoder_failure_raises_validation_error_with_raw_text() -> None:
    stream = open_stream(b'data: {"unexpected": true}\n\n')
    with pytest.raises(APIResponseValidationError) as info:
        list(stream)
    assert info.value.text == '{"unexpected": true}' and info.value.body == {"unexpected": True}
    assert isinstance(info.value.__cause__, KeyError)


def test_invalid_utf8_raises_validation_error_with_raw_text() -> None:
    with pytest.raises(APIResponseValidationError) as info:
        list(open_stream(b'data: {"a": "\xff"}\n\n'))
    assert "\ufffd" in info.value.text and "invalid UTF-8" in str(info.value)


def test_break_inside_context_manager_closes_response() -> None:
    with open_stream(CHAT_STREAM) as stream:
        for _ in stream:
            break
        assert not stream.response.is_closed
    assert stream.response.is_closed


def test_close_is_idempotent_and_ends_iteration() -> None:
    stream = open_stream(CHAT_STREAM)
    next(stream)
    stream.close()
    stream.close()
    assert stream.response.is_closed
    assert list(stream) == []


def test_abandoned_stream_is_closed_when_garbage_collected() -> None:
    stream = open_stream(CHAT_STREAM)
    next(stream)
    response = stream.response
    del stream
    gc.collect()
    assert response.is_closed


def test_current_event_exposes_event_id_and_retry() -> None:
    body = b'event: delta\nid: 41\nretry: 2000\ndata: {"id":"a","choices":[{"delta":{},"finish_reason":null}]}\n\n'
    stream = open_stream(body + b"data: [DONE]\n\n")
    next(stream)
    event = stream.current_event
    assert event is not None and (event.event, event.id, event.retry) == ("delta", "41", 2000)


def test_json_reply_instead_of_event_stream_is_a_validation_error() -> None:
    handler = Pieces(b'{"id": "cmpl-1", "choices": []}', headers={"Content-Type": "application/json"})
    with pytest.raises(APIResponseValidationError, match="instead of an event stream") as info:
        make_core(handler).stream(REQ, ChatChunk.from_dict)
    assert info.value.text == '{"id": "cmpl-1", "choices": []}'


def test_error_status_on_stream_raises_status_error_with_parsed_body() -> None:
    handler = Pieces(b'{"message": "Unauthorized", "request_id": "r-1"}', status=401)
    handler.headers = {"Content-Type": "application/json"}
    with pytest.raises(AuthenticationError) as info:
        make_core(handler).stream(REQ, ChatChunk.from_dict, errors={"401": ErrorBody.from_dict})
    assert info.value.body == ErrorBody("Unauthorized", "r-1")
    assert info.value.response.is_closed


def test_stream_decode_can_be_any_callable() -> None:
    seen: list[Any] = []

    def decode(obj: Any) -> int:
        seen.append(obj)
        return len(seen)

    stream: Iterator[int] = make_core(Pieces(CHAT_STREAM)).stream(REQ, decode)
    assert list(stream) == list(range(1, len(CHAT_CHUNKS) + 1))
    assert seen[0]["choices"][0]["delta"]["role"] == "assistant"


@pytest.mark.parametrize("data", ['  {"n": 1}', '{"n": 1}  ', '\t{"n": 1}\t', '[1, 2]', '"text"', "3", "null"])
def test_event_data_is_parsed_as_json_loads_parses_it(data: str) -> None:
    stream: Iterator[Any] = make_core(Pieces(f"data:{data}\n\ndata: [DONE]\n\n".encode())).stream(REQ, lambda o: o)
    assert list(stream) == [json.loads(data)]


@pytest.mark.parametrize("data", ['{"n": 1} {"n": 2}', '{"n": 1}x', "\ufeff{}", "NaNx", ""])
def test_event_data_that_json_loads_refuses_is_refused(data: str) -> None:
    stream: Iterator[Any] = make_core(Pieces(f"data: {data}\n\ndata: [DONE]\n\n".encode())).stream(REQ, lambda o: o)
    with pytest.raises(APIResponseValidationError, match="invalid JSON") as info:
        list(stream)
    assert info.value.text == data


def test_whole_event_decodes_name_id_and_data_together() -> None:
    """`whole_event=True` hands the decoder the event as a spec modelling it sees it: name and id when sent."""
    body = (b'event: message.output.delta\nid: 7\ndata: {"content": "Hi"}\n\n'
            b'data: {"content": "!"}\n\n')
    stream = make_core(Pieces(body)).stream(REQ, lambda whole: whole, require_done=False, whole_event=True)
    assert list(stream) == [{"event": "message.output.delta", "id": "7", "data": {"content": "Hi"}},
                            {"id": "7", "data": {"content": "!"}}]  # the id is the last seen (SSE rules)
