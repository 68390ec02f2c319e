"""A recording HTTP server on 127.0.0.1 for tests: canned replies per route, every request kept.

Started by a fixture, stopped at teardown; its handler threads are daemons with socket timeouts,
so nothing outlives a test run.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    chunks: list[bytes] | None = None  # sent one by one (flushed), for streams
    chunk_delay: float = 0.0

    @classmethod
    def json(cls, data: Any, status: int = 200) -> Reply:
        return cls(status, json.dumps(data).encode())

    @classmethod
    def sse(cls, text: bytes, chunk_size: int = 0) -> Reply:
        chunks = [text[i:i + chunk_size] for i in range(0, len(text), chunk_size)] if chunk_size else [text]
        return cls(200, b"", {"Content-Type": "text/event-stream"}, chunks)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class LoopbackServer:
    """Answers `routes[(METHOD, path)]` (a Reply, or a list of Replies used in turn); 404 otherwise."""

    backlog = 5  # connections waiting to be accepted (socketserver's default)

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Reply | list[Reply]] = {}
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class(), bind_and_activate=False)
        self._server.daemon_threads = True
        self._server.request_queue_size = self.backlog
        try:
            self._server.server_bind()
            self._server.server_activate()
        except OSError:
            self._server.server_close()
            raise
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(self, method: str, path: str) -> Reply:
        with self._lock:
            route = self.routes.get((method, path))
            if isinstance(route, list):
                return route.pop(0) if len(route) > 1 else route[0]
            return route or Reply.json({"detail": "not found"}, 404)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.requests.append(Recorded(self.command, self.path,
                                                    {k.lower(): v for k, v in self.headers.items()}, body))
                reply = server.reply(self.command, path)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if reply.chunks is None:
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                    return
                self.send_header("Connection", "close")
                self.end_headers()
                for chunk in reply.chunks:
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    if reply.chunk_delay:
                        time.sleep(reply.chunk_delay)
                self.close_connection = True

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


S = TypeVar("S", bound=LoopbackServer)


@contextmanager
def serving(kind: type[S] = LoopbackServer) -> Iterator[S]:  # type: ignore[assignment]
    server = kind()
    server.start()
    try:
        yield server
    finally:
        server.stop()
