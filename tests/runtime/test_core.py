"""What the core sends: URL joining, headers, query, bodies, per-call options, client ownership."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from _rt_under_test import (
    DEFAULT_TIMEOUT,
    UNSET,
    AsyncCore,
    Auth,
    OpenStrEnum,
    Request,
    RequestOptions,
    Returns,
    SyncCore,
)

from ._support import mock_client

JSON: dict[str, Returns[Any]] = {"200": Returns("json")}


class Sent:
    """Records what reached the transport and answers 200 {}."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def make_core(base_url: str = "http://127.0.0.1:8000/v1", **kw: Any) -> tuple[SyncCore, Sent]:
    sent = Sent()
    return SyncCore(base_url=base_url, http_client=mock_client(sent), **kw), sent


class Mode(OpenStrEnum):
    FAST = "fast"


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1/"])
@pytest.mark.parametrize("path", ["/chat/completions", "chat/completions"])
def test_base_url_keeps_its_path_prefix(base: str, path: str) -> None:
    core, sent = make_core(base)
    core.request(Request("POST", path, json={}), JSON)
    assert str(sent.last.url) == "http://127.0.0.1:8000/v1/chat/completions"


def test_base_url_query_is_kept() -> None:
    core, sent = make_core("https://x.test/openai?api-version=2024-01")
    core.request(Request("GET", "/models", query={"limit": 2}), JSON)
    assert sent.last.url.path == "/openai/models"
    assert dict(sent.last.url.params) == {"api-version": "2024-01", "limit": "2"}


def test_json_body_is_compact_with_content_type_and_accept() -> None:
    core, sent = make_core()
    body = {"model": "m", "temperature": UNSET, "stop": None, "mode": Mode.FAST, "messages": [{"content": "é"}]}
    core.request(Request("POST", "/chat/completions", json=body), JSON)
    assert sent.last.content == '{"model":"m","stop":null,"mode":"fast","messages":[{"content":"é"}]}'.encode()
    assert sent.last.headers["content-type"] == "application/json"
    assert sent.last.headers["accept"] == "application/json"


def test_unset_and_none_are_dropped_from_query_headers_and_cookies() -> None:
    core, sent = make_core()
    req = Request(
        "GET",
        "/models",
        query={"a": 1, "b": UNSET, "c": None, "tags": ["x", "y"], "flag": True, "mode": Mode.FAST},
        headers={"X-A": "1", "X-B": UNSET, "X-C": None},
        cookies={"session": "s", "gone": UNSET},
    )
    core.request(req, JSON)
    assert sent.last.url.query == b"a=1&tags=x&tags=y&flag=true&mode=fast"
    assert sent.last.headers["x-a"] == "1" and "x-b" not in sent.last.headers and "x-c" not in sent.last.headers
    assert sent.last.headers["cookie"] == "session=s"
    assert sent.last.content == b""


def test_auth_headers_query_and_cookies_are_added() -> None:
    auth = Auth(headers={"Authorization": "Bearer k"}, query={"key": "q"}, cookies={"c": "v"})
    core, sent = make_core(auth=auth, headers={"X-Client": "gen"})
    core.request(Request("GET", "/models", query={"limit": 1}), JSON)
    assert sent.last.headers["authorization"] == "Bearer k" and sent.last.headers["x-client"] == "gen"
    assert dict(sent.last.url.params) == {"limit": "1", "key": "q"}
    assert sent.last.headers["cookie"] == "c=v"


def test_request_options_add_and_remove_headers_query_and_body_keys() -> None:
    core, sent = make_core(headers={"X-Remove": "1", "X-Keep": "1"})
    options = RequestOptions(
        extra_headers={"X-Extra": "e", "x-remove": None, "Accept": "application/x-ndjson"},
        extra_query={"debug": "1", "limit": 5},
        extra_body={"safe_prompt": True},
    )
    core.request(Request("POST", "/chat", query={"limit": 1}, json={"model": "m"}), JSON, options=options)
    headers = sent.last.headers
    assert headers["x-extra"] == "e" and "x-remove" not in headers and headers["x-keep"] == "1"
    assert headers["accept"] == "application/x-ndjson"
    assert dict(sent.last.url.params) == {"limit": "5", "debug": "1"}
    assert json.loads(sent.last.content) == {"model": "m", "safe_prompt": True}


def test_timeout_defaults_and_per_call_override() -> None:
    core, sent = make_core()
    core.request(Request("GET", "/m"), JSON)
    assert sent.last.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    core.request(Request("GET", "/m"), JSON, options=RequestOptions(timeout=3.0))
    assert sent.last.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.connect == 10.0


def test_form_data_files_and_raw_content_pass_through() -> None:
    core, sent = make_core()
    core.request(Request("POST", "/form", data={"purpose": "fine-tune", "n": 2, "skip": UNSET}), JSON)
    assert sent.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.last.content == b"purpose=fine-tune&n=2"
    files = {"file": ("train.jsonl", b'{"a":1}\n', "application/jsonl")}
    core.request(Request("POST", "/files", data={"purpose": "fine-tune"}, files=files), JSON)
    assert sent.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="train.jsonl"' in sent.last.content and b"fine-tune" in sent.last.content
    core.request(Request("PUT", "/raw", content=b"\x00\x01", headers={"Content-Type": "application/octet-stream"}), JSON)
    assert sent.last.content == b"\x00\x01" and sent.last.headers["content-type"] == "application/octet-stream"


def test_caller_supplied_client_is_not_closed() -> None:
    client = mock_client(Sent())
    with SyncCore(base_url="https://api.test", http_client=client) as core:
        core.request(Request("GET", "/m"), JSON)
    assert not client.is_closed
    client.close()


def test_core_created_client_is_closed() -> None:
    with SyncCore(base_url="https://api.test") as core:
        client = core.http_client
    assert client.is_closed


def test_async_core_client_ownership() -> None:
    async def main() -> tuple[bool, bool]:
        client = httpx.AsyncClient(transport=httpx.MockTransport(Sent()))
        async with AsyncCore(base_url="https://api.test", http_client=client) as core:
            assert await core.request(Request("GET", "/m"), JSON) == {}
        async with AsyncCore(base_url="https://api.test") as own:
            created = own.http_client
        closed = client.is_closed
        await client.aclose()
        return closed, created.is_closed

    assert asyncio.run(main()) == (False, True)


def test_callers_client_timeout_is_used_when_core_timeout_is_left_default() -> None:
    sent = Sent()
    client = httpx.Client(transport=httpx.MockTransport(sent), timeout=7.0)
    SyncCore(base_url="https://api.test", http_client=client).request(Request("GET", "/m"), JSON)
    assert sent.last.extensions["timeout"] == httpx.Timeout(7.0).as_dict()
    SyncCore(base_url="https://api.test", http_client=client, timeout=2.0).request(Request("GET", "/m"), JSON)
    assert sent.last.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    plain = httpx.Client(transport=httpx.MockTransport(sent))  # httpx's 5 s default: the core's default applies
    SyncCore(base_url="https://api.test", http_client=plain).request(Request("GET", "/m"), JSON)
    assert sent.last.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_json_none_sends_null_and_explicit_content_type_is_kept() -> None:
    core, sent = make_core()
    core.request(Request("POST", "/x", json=None), JSON)
    assert sent.last.content == b"null"
    core.request(Request("POST", "/x", json={"a": 1}, headers={"Content-Type": "application/merge-patch+json"}), JSON)
    assert sent.last.headers["content-type"] == "application/merge-patch+json"
