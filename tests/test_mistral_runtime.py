"""The generated Mistral client's runtime behaviour end to end: retries, typed errors, forward compatibility.

The runtime itself is unit-tested in tests/runtime; these pin that the generated package wires it up.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.loopback import LoopbackServer, Reply

FIXTURES = Path(__file__).parent / "mistral" / "fixtures"
CHAT = ("POST", "/v1/chat/completions")
KEY = "sk-test-secret-key-123"


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


def _client(mistral: ModuleType, server: LoopbackServer, **kwargs: Any) -> Any:
    client = mistral.Client(api_key=KEY, base_url=server.url, **kwargs)
    client._core.sleep = lambda seconds: None  # backoff without waiting
    return client


def _completion(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "chat_completion.json").read_text())
    data["choices"][0].update(changes)
    return data


def _chat(client: Any) -> Any:
    return client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Hi"}])


def _drain(client: Any) -> list[Any]:
    with client.chat.stream(model="m", messages=[]) as stream:
        return list(stream)


def test_rate_limit_with_retry_after_is_retried_then_succeeds(mistral: ModuleType, server: LoopbackServer) -> None:
    limited = Reply.json({"message": "slow down"}, 429)
    limited.headers["Retry-After"] = "0"
    server.routes[CHAT] = [limited, Reply.json(_completion())]
    with _client(mistral, server) as client:
        assert _chat(client).usage.total_tokens > 0
    assert len(server.requests) == 2


def test_server_error_three_times_raises_internal_server_error(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply.json({"message": "boom"}, 500)
    with _client(mistral, server) as client, pytest.raises(mistral.InternalServerError) as caught:
        _chat(client)
    assert len(server.requests) == 3  # the first try and the default 2 retries
    assert caught.value.status_code == 500


def test_per_call_max_retries_overrides_the_client(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply.json({"message": "boom"}, 503)
    with _client(mistral, server) as client, pytest.raises(mistral.APIStatusError):
        client.chat.complete(model="m", messages=[], max_retries=0)
    assert len(server.requests) == 1


def test_validation_error_parses_into_the_spec_model(mistral: ModuleType, server: LoopbackServer) -> None:
    detail = {"detail": [{"loc": ["body", "model"], "msg": "field required", "type": "missing"}]}
    server.routes[CHAT] = Reply.json(detail, 422)
    with _client(mistral, server) as client, pytest.raises(mistral.UnprocessableEntityError) as caught:
        _chat(client)
    body = caught.value.body
    assert isinstance(body, mistral.models.HTTPValidationError)
    assert body.detail[0].msg == "field required"


def test_unknown_finish_reason_is_kept_not_an_error(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply.json(_completion(finish_reason="new_reason_2027"))
    with _client(mistral, server) as client:
        result = _chat(client)
    reason = result.choices[0].finish_reason
    assert isinstance(reason, mistral.models.ChatCompletionChoiceFinishReason)
    assert reason.value == "new_reason_2027"
    assert result.to_dict()["choices"][0]["finish_reason"] == "new_reason_2027"


def test_unknown_fields_are_kept_in_extra(mistral: ModuleType, server: LoopbackServer) -> None:
    data = _completion()
    data["usage"]["field_from_2027"] = 3
    server.routes[CHAT] = Reply.json(data)
    with _client(mistral, server) as client:
        result = _chat(client)
    assert result.usage.extra == {"field_from_2027": 3}
    assert result.to_dict() == data


def test_malformed_json_raises_validation_error_with_raw_text(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply(body=b'{"id": "x", "choices": [')
    with _client(mistral, server) as client, pytest.raises(mistral.APIResponseValidationError) as caught:
        _chat(client)
    assert '{"id": "x", "choices": [' in caught.value.text


def test_stalled_server_ends_in_timeout_error(mistral: ModuleType, server: LoopbackServer) -> None:
    first = (FIXTURES / "chat_stream.sse").read_bytes().split(b"\n\n")[0] + b"\n\n"
    server.routes[CHAT] = Reply(200, b"", {"Content-Type": "text/event-stream"}, [first, b""], 2.0)
    with _client(mistral, server, timeout=0.3, max_retries=0) as client, pytest.raises(mistral.APITimeoutError):
        _drain(client)


def test_error_event_mid_stream_raises_typed_error(mistral: ModuleType, server: LoopbackServer) -> None:
    first = (FIXTURES / "chat_stream.sse").read_bytes().split(b"\n\n")[0] + b"\n\n"
    error = b'data: {"object": "error", "message": "overloaded", "type": "server_error", "code": 503}\n\n'
    server.routes[CHAT] = Reply.sse(first + error)
    with _client(mistral, server) as client, pytest.raises(mistral.APIStreamError) as caught:
        _drain(client)
    assert "overloaded" in str(caught.value)


def test_truncated_stream_raises_instead_of_ending_silently(mistral: ModuleType, server: LoopbackServer) -> None:
    events = (FIXTURES / "chat_stream.sse").read_bytes().split(b"\n\n")
    server.routes[CHAT] = Reply.sse(b"\n\n".join(events[:3]) + b"\n\n")
    with _client(mistral, server) as client, pytest.raises(mistral.APIStreamError):
        _drain(client)


def test_stream_exposes_the_server_sent_event(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply.sse(b'id: 7\nevent: chunk\ndata: {"id": "c", "object": "chat.completion.chunk",'
                                    b' "created": 1, "model": "m", "choices": []}\n\ndata: [DONE]\n\n')
    with _client(mistral, server) as client, client.chat.stream(model="m", messages=[]) as stream:
        event = next(iter(stream))
        assert event.data.id == "c"
        assert (stream.current_event.id, stream.current_event.event) == ("7", "chunk")


def test_api_key_never_shows_in_reprs_or_errors(mistral: ModuleType, server: LoopbackServer) -> None:
    server.routes[CHAT] = Reply.json({"message": f"bad key {KEY}"}, 401)
    with _client(mistral, server) as client:
        with pytest.raises(mistral.AuthenticationError) as caught:
            _chat(client)
        texts = [repr(client), str(client), repr(client._core), str(caught.value), repr(caught.value)]
    assert all(KEY not in text for text in texts)
