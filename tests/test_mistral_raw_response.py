"""The raw HTTP response beside the parsed value (issue 12, item 6): `with capture_response() as raw:` around
any call of the Mistral client; rate-limit headers and the request id read on successful calls, over loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.loopback import LoopbackServer, Reply

FIXTURES = Path(__file__).parent / "mistral" / "fixtures"
RATE_HEADERS = {
    "Content-Type": "application/json",
    "x-ratelimit-limit-tokens": "500000",
    "x-ratelimit-remaining-tokens": "499985",
    "x-ratelimit-remaining-requests": "59",
    "x-request-id": "req-42",
}
MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.fixture
def mistral(generated_on_path: Path) -> ModuleType:
    import mistral_client

    return mistral_client


@pytest.fixture
def api(server: LoopbackServer) -> LoopbackServer:
    body = (FIXTURES / "chat_completion.json").read_bytes()
    server.routes[("POST", "/v1/chat/completions")] = Reply(200, body, dict(RATE_HEADERS))
    server.routes[("GET", "/v1/models")] = Reply(200, (FIXTURES / "models.json").read_bytes(),
                                                 {**RATE_HEADERS, "x-request-id": "req-models"})
    return server


def _assert_rate_limited(raw: Any, request_id: str) -> None:
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining-tokens"] == "499985"
    assert raw.headers["X-RateLimit-Remaining-Requests"] == "59"
    assert raw.request_id == request_id


def test_sync_call_gives_its_parsed_value_and_its_response(mistral: ModuleType, api: LoopbackServer) -> None:
    with mistral.Client(api_key="k", base_url=api.url, max_retries=0) as client:
        with mistral.capture_response() as raw:
            completion = client.chat.complete(model="m", messages=MESSAGES)
        assert completion.choices[0].message.content == "Hello! How can I help you today?"
        _assert_rate_limited(raw, "req-42")
        assert raw.response.request.url.path == "/v1/chat/completions"
        assert raw.response.json()["id"] == completion.id  # the body stays readable


def test_every_call_in_the_block_is_kept_in_order(mistral: ModuleType, api: LoopbackServer) -> None:
    with mistral.Client(api_key="k", base_url=api.url, max_retries=0) as client:
        with mistral.capture_response() as raw:
            client.chat.complete(model="m", messages=MESSAGES)
            client.models.list()
        client.chat.complete(model="m", messages=MESSAGES)  # after the block: not recorded
    assert [r.headers["x-request-id"] for r in raw.responses] == ["req-42", "req-models"]
    assert raw.request_id == "req-models"


def test_async_client_and_sync_twin(mistral: ModuleType, api: LoopbackServer) -> None:
    async def main() -> None:
        async with mistral.AsyncClient(api_key="k", base_url=api.url, max_retries=0) as client:
            with mistral.capture_response() as raw:
                completion = await client.chat.complete(model="m", messages=MESSAGES)
            assert completion.choices[0].message.content
            _assert_rate_limited(raw, "req-42")
        with mistral.Client(api_key="k", base_url=api.url, max_retries=0) as sync_client:
            with mistral.capture_response() as twin_raw:
                await sync_client.chat.complete_async(model="m", messages=MESSAGES)
            _assert_rate_limited(twin_raw, "req-42")

    asyncio.run(main())


def test_stream_response_headers_readable_before_the_events(mistral: ModuleType, server: LoopbackServer) -> None:
    headers = {**RATE_HEADERS, "Content-Type": "text/event-stream", "x-request-id": "req-stream"}
    server.routes[("POST", "/v1/chat/completions")] = Reply(
        200, b"", headers, [(FIXTURES / "chat_stream.sse").read_bytes()])
    client = mistral.Client(api_key="k", base_url=server.url, max_retries=0)
    with client, mistral.capture_response() as raw, client.chat.stream(model="m", messages=MESSAGES) as stream:
        assert raw.request_id == "req-stream"  # before any event is read
        text = "".join(event.data.choices[0].delta.content or "" for event in stream)
    assert text.startswith("Hello")
    assert raw.headers["x-ratelimit-remaining-tokens"] == "499985"


def test_error_response_recorded_and_retries_give_the_final_one(mistral: ModuleType, server: LoopbackServer) -> None:
    body = (FIXTURES / "chat_completion.json").read_bytes()
    server.routes[("POST", "/v1/chat/completions")] = [
        Reply(429, b'{"message": "slow down"}', {"Content-Type": "application/json", "Retry-After": "0",
                                                 "x-request-id": "req-429"}),
        Reply(200, body, dict(RATE_HEADERS)),
    ]
    with mistral.Client(api_key="k", base_url=server.url, max_retries=1) as client:
        with mistral.capture_response() as raw:
            client.chat.complete(model="m", messages=MESSAGES)
        assert [r.status_code for r in raw.responses] == [200]  # the retried 429 is not the call's response
        server.routes[("POST", "/v1/chat/completions")] = Reply(
            404, b'{"message": "no"}', {"Content-Type": "application/json", "x-request-id": "req-404"})
        with mistral.capture_response() as failed, pytest.raises(mistral.NotFoundError):
            client.chat.complete(model="m", messages=MESSAGES)
    assert failed.status_code == 404 and failed.request_id == "req-404"


def test_empty_capture_says_so(mistral: ModuleType) -> None:
    with mistral.capture_response() as raw:
        pass
    assert raw.responses == []
    with pytest.raises(LookupError, match="no HTTP response"):
        raw.response  # noqa: B018


def test_nested_block_takes_the_calls_inside_it(mistral: ModuleType, api: LoopbackServer) -> None:
    with mistral.Client(api_key="k", base_url=api.url, max_retries=0) as client, mistral.capture_response() as outer:
        client.chat.complete(model="m", messages=MESSAGES)
        with mistral.capture_response() as inner:
            client.models.list()
        client.models.list()
    assert [r.request.url.path for r in inner.responses] == ["/v1/models"]
    assert [r.request.url.path for r in outer.responses] == ["/v1/chat/completions", "/v1/models"]
