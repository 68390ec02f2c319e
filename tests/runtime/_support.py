"""Test helpers: a threaded HTTP/1.1 server on 127.0.0.1 with scripted routes, and canned SSE streams."""

from __future__ import annotations

import collections
import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

Route = Callable[["Handler"], None]


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms Nagle/delayed-ACK stalls
        self.server.owner.connection_opened()

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):  # the client dropped the connection: expected here
            pass

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner.connection_closed()

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        owner = self.server.owner
        owner.record(Recorded(self.command, self.path, dict(self.headers.items()), body))
        route = owner.routes.get(path)
        try:
            if route is None:
                reply(self, 404, {"message": f"no route {path}"})
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LocalServer


class LocalServer:
    """Started by the `server` fixture, stopped by it. Routes are set per test: `server.routes[path] = fn`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Recorded] = []
        self.hits: collections.Counter[str] = collections.Counter()
        self.release = threading.Event()  # set at close: unblocks stalled handlers
        self._lock = threading.Lock()
        self.open_connections = 0
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def record(self, rec: Recorded) -> None:
        with self._lock:
            self.requests.append(rec)
            self.hits[rec.path.split("?", 1)[0]] += 1

    def connection_opened(self) -> None:
        with self._lock:
            self.open_connections += 1

    def connection_closed(self) -> None:
        with self._lock:
            self.open_connections -= 1

    def wait_open_connections(self, at_most: int, timeout: float = 2.0) -> int:
        deadline = time.monotonic() + timeout
        while self.open_connections > at_most and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.open_connections

    def close(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=2)


def reply(h: Handler, status: int, body: Any = b"", headers: dict[str, str] | None = None) -> None:
    """A complete response. Non-bytes bodies are sent as JSON."""
    headers = dict(headers or {})
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    h.send_response(status)
    for key, value in headers.items():
        h.send_header(key, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def sse_reply(h: Handler, pieces: Sequence[bytes], *, finish: bool = True, stall: float = 0.0) -> None:
    """A chunked text/event-stream response, one HTTP chunk per piece. `finish=False` cuts the connection
    without the final chunk; `stall` waits (bounded) after the pieces before finishing."""
    h.send_response(200)
    h.send_header("Content-Type", "text/event-stream")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    for piece in pieces:
        h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        h.wfile.flush()
    if stall:
        h.server.owner.release.wait(stall)
    if finish:
        h.wfile.write(b"0\r\n\r\n")
    else:
        h.close_connection = True


def stall_then(seconds: float, then: Route) -> Route:
    """Wait (bounded; cut short when the server closes) before answering."""

    def route(h: Handler) -> None:
        h.server.owner.release.wait(seconds)
        then(h)

    return route


def sequence(*routes: Route) -> Route:
    """The n-th request gets the n-th route; the last one repeats."""
    calls = iter(range(1_000_000))

    def route(h: Handler) -> None:
        n = next(calls)
        routes[min(n, len(routes) - 1)](h)

    return route


def json_route(status: int, body: Any, headers: dict[str, str] | None = None) -> Route:
    return lambda h: reply(h, status, body, headers)


def sse_route(body: bytes, *, finish: bool = True, piece: int = 0, stall: float = 0.0) -> Route:
    pieces = [body[i : i + piece] for i in range(0, len(body), piece)] if piece else [body]
    return lambda h: sse_reply(h, pieces, finish=finish, stall=stall)


def closed_port() -> int:
    """A local port nobody listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --- a recorded, Mistral-like chat stream -------------------------------------------------------------

_ID = "cmpl-8a1f6c9e0b3d4e27a5c1f0d9b8e7a6c5"
_BASE = {"id": _ID, "object": "chat.completion.chunk", "created": 1759496880, "model": "mistral-small-latest"}


def _chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {**_BASE, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}


CHAT_CHUNKS: list[dict[str, Any]] = [
    _chunk({"role": "assistant", "content": ""}),
    _chunk({"content": "Hel"}),
    _chunk({"content": "lo, "}),
    _chunk({"content": "wörld 👋 — 你好"}),
    _chunk({"content": "!\nBye"}),
    _chunk({"content": ""}, "stop", usage={"prompt_tokens": 11, "total_tokens": 23, "completion_tokens": 12}),
]

TOOL_CHUNKS: list[dict[str, Any]] = [
    _chunk({"role": "assistant", "content": ""}),
    _chunk(
        {
            "tool_calls": [
                {"id": "D681PevKs", "function": {"name": "get_weather", "arguments": '{"city": "Par'}, "index": 0}
            ]
        }
    ),
    _chunk({"tool_calls": [{"function": {"arguments": 'is"}'}, "index": 0}]}),
    _chunk({"content": ""}, "tool_calls", usage={"prompt_tokens": 90, "total_tokens": 112, "completion_tokens": 22}),
]


def sse_body(chunks: Sequence[dict[str, Any]], *, eol: str = "\n", done: bool = True) -> bytes:
    events = [f"data: {json.dumps(c, ensure_ascii=False, separators=(',', ':'))}{eol}{eol}" for c in chunks]
    if done:
        events.append(f"data: [DONE]{eol}{eol}")
    return "".join(events).encode()


CHAT_STREAM = sse_body(CHAT_CHUNKS)


@dataclass
class ChatChunk:
    """A tiny stand-in for a generated model: straight-line from_dict."""

    id: str
    content: str | None
    finish_reason: str | None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    usage: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, d: Any) -> ChatChunk:
        choice = d["choices"][0]
        delta = choice["delta"]
        return cls(d["id"], delta.get("content"), choice["finish_reason"], delta.get("tool_calls", []), d.get("usage"))


@dataclass
class ErrorBody:
    """Stand-in for the spec's error model."""

    message: str
    request_id: str | None = None

    @classmethod
    def from_dict(cls, d: Any) -> ErrorBody:
        return cls(d["message"], d.get("request_id"))


def mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))
