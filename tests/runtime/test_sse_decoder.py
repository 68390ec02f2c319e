"""SSEDecoder: WHATWG event-stream parsing over arbitrary byte chunk boundaries."""

from __future__ import annotations

import json
import random

import pytest
from _rt_under_test import ServerSentEvent, SSEDecoder

from ._support import CHAT_CHUNKS, TOOL_CHUNKS, sse_body


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


def datas(*chunks: bytes) -> list[str]:
    return [e.data for e in decode(*chunks)]


EXPECTED = [json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in CHAT_CHUNKS] + ["[DONE]"]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_recorded_stream_decodes_identically_when_split_at_every_byte_offset(eol: str) -> None:
    body = sse_body(CHAT_CHUNKS, eol=eol)
    assert datas(body) == EXPECTED
    for cut in range(len(body) + 1):
        assert datas(body[:cut], body[cut:]) == EXPECTED, cut


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_recorded_stream_decodes_identically_under_random_multi_splits(eol: str) -> None:
    body = sse_body(CHAT_CHUNKS + TOOL_CHUNKS, eol=eol)
    expected = datas(body)
    rng = random.Random(1234)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, len(body)), rng.randint(2, 12)))
        pieces = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)])]
        assert datas(*pieces) == expected, cuts


def test_recorded_stream_fed_one_byte_at_a_time() -> None:
    body = sse_body(CHAT_CHUNKS, eol="\r\n")
    assert datas(*(body[i : i + 1] for i in range(len(body)))) == EXPECTED


def test_crlf_split_across_reads_counts_as_one_line_end() -> None:
    # "data: a" CR | LF CR | LF  → one event; a doubled count would make the LF a blank line too early
    events = decode(b"data: a\r", b"\n", b"data: b\r", b"\n\r", b"\ndata: c\r\n\r\n")
    assert [e.data for e in events] == ["a\nb", "c"]


def test_cr_only_line_endings() -> None:
    assert datas(b"event: x\rdata: 1\rdata: 2\r\rdata: 3\r\r") == ["1\n2", "3"]


def test_lone_cr_at_end_of_chunk_dispatches_without_waiting_for_next_chunk() -> None:
    decoder = SSEDecoder()
    assert [e.data for e in decoder.feed(b"data: 1\r\r")] == ["1"]
    assert [e.data for e in decoder.feed(b"\ndata: 2\n\n")] == ["2"]  # the LF belongs to the last CR


def test_leading_bom_is_dropped_even_when_split() -> None:
    bom = "\ufeff".encode()
    assert datas(bom + b"data: x\n\n") == ["x"]
    assert datas(bom[:1], bom[1:2], bom[2:] + b"data: x\n\n") == ["x"]


def test_only_the_first_bom_is_dropped() -> None:
    bom = "\ufeff".encode()
    assert datas(bom + b"data: x\n\n" + b"data: \xef\xbb\xbfy\n\n") == ["x", "\ufeffy"]


def test_comments_and_unknown_fields_are_ignored() -> None:
    assert datas(b": keep-alive\n\n:\ndata: 1\nfoo: bar\n: another\n\n") == ["1"]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert datas(b"data: {\ndata:  \"a\": 1\ndata\ndata: }\n\n") == ['{\n "a": 1\n\n}']


def test_space_after_colon_is_optional_and_only_one_is_removed() -> None:
    assert datas(b"data:x\n\ndata:  y\n\n") == ["x", " y"]


def test_last_event_without_blank_line_is_dispatched_at_eof() -> None:
    assert datas(b"data: 1\n\ndata: 2") == ["1", "2"]
    assert datas(b"data: 1\n\ndata: 2\n") == ["1", "2"]
    assert datas(b"data: 1\r\n\r\ndata: 2\r") == ["1", "2"]


def test_event_id_and_retry_fields() -> None:
    events = decode(b"event: delta\nid: 7\nretry: 1500\ndata: a\n\ndata: b\n\n")
    assert events[0] == ServerSentEvent("delta", "a", "7", 1500)
    assert events[1] == ServerSentEvent(None, "b", "7", 1500)  # event type resets, last id/retry persist


def test_id_with_nul_and_non_digit_retry_are_ignored() -> None:
    events = decode(b"id: 1\n\nid: a\x00b\nretry: 1x\ndata: z\n\n")
    assert events == [ServerSentEvent(None, "z", "1", None)]


def test_block_without_data_is_not_dispatched() -> None:
    assert decode(b"event: ping\n\nretry: 10\n\n") == []


def test_event_error_type_is_reported() -> None:
    (event,) = decode(b'event: error\ndata: {"message":"boom"}\n\n')
    assert event.event == "error" and event.json() == {"message": "boom"}


def test_multibyte_characters_split_across_chunks() -> None:
    body = "data: wörld 👋\n\n".encode()
    for cut in range(len(body) + 1):
        assert datas(body[:cut], body[cut:]) == ["wörld 👋"]


def test_unicode_line_separators_are_not_line_ends() -> None:
    assert datas("data: a\u2028b\x1cc\x85d\n\n".encode()) == ["a\u2028b\x1cc\x85d"]


def test_invalid_utf8_raises_unicode_decode_error() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode(b"data: \xff\xfe\n\n")


def test_truncated_multibyte_at_eof_raises() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode("data: é".encode()[:-1])


def test_multibyte_characters_split_one_byte_per_chunk() -> None:
    body = "\ufeffdata: é👋你\n\ndata: \ufeffz\n\n".encode()
    assert datas(*(body[i:i + 1] for i in range(len(body)))) == ["é👋你", "\ufeffz"]


def test_after_flush_the_decoder_starts_a_new_stream() -> None:
    decoder = SSEDecoder()
    bom = "\ufeff".encode()
    assert [e.data for e in decoder.feed(bom + b"data: a\n\ndata: b")] == ["a"]
    assert [e.data for e in decoder.flush()] == ["b"]
    assert [e.data for e in decoder.feed(bom[:2])] == []
    assert [e.data for e in decoder.feed(bom[2:] + b"data: c\n\n")] == ["c"]


def test_tool_call_deltas_are_plain_events() -> None:
    events = decode(sse_body(TOOL_CHUNKS))
    calls = [json.loads(e.data)["choices"][0]["delta"].get("tool_calls") for e in events[:-1]]
    assert calls[1][0]["function"]["name"] == "get_weather"
    args = "".join(c[0]["function"]["arguments"] for c in calls if c)
    assert json.loads(args) == {"city": "Paris"}
