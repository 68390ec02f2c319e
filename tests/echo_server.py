"""A loopback server that answers each request with something taken from that request, and counts the
connections it has open: for tests where many calls share one client (a mismatch or a leak shows)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.loopback import LoopbackServer, serving


def model_card(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": 1, "owned_by": "mistralai", "type": "base",
            "capabilities": {"completion_chat": True}}


def chat_completion(marker: str) -> dict[str, Any]:
    return {"id": f"cmpl-{marker}", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": marker}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


class EchoServer(LoopbackServer):
    """GET /v1/models/{id} returns a card with that id; POST /v1/chat/completions returns the first message's
    content as the answer. Both send `x-request-id: req-<that value>` and `x-ratelimit-remaining-requests`."""

    backlog = 1024  # many clients connect at once: a short backlog would drop their SYNs

    def __init__(self) -> None:
        self.open_connections = 0
        self.connections_seen = 0
        self.peak_connections = 0  # the most open at one time
        self.answered = 0
        super().__init__()

    def answer(self, method: str, path: str, body: bytes) -> tuple[int, str, dict[str, Any]]:
        if method == "GET" and path.startswith("/v1/models/"):
            model_id = path.removeprefix("/v1/models/")
            return 200, model_id, model_card(model_id)
        if method == "POST" and path == "/v1/chat/completions":
            marker = str(json.loads(body)["messages"][0]["content"])
            return 200, marker, chat_completion(marker)
        return 404, "none", {"detail": "not found"}

    def wait_closed(self, seconds: float = 10.0) -> int:
        """Wait (bounded) until the server has no open connection; the number still open."""
        deadline = time.monotonic() + seconds
        while self.open_connections and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.open_connections

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 30
            disable_nagle_algorithm = True  # headers and body go out in two writes: no delayed-ACK stall

            def setup(self) -> None:
                with server._lock:
                    server.open_connections += 1
                    server.connections_seen += 1
                    server.peak_connections = max(server.peak_connections, server.open_connections)
                super().setup()

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with server._lock:
                        server.open_connections -= 1

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, echoed, data = server.answer(self.command, self.path.split("?", 1)[0], body)
                with server._lock:
                    server.answered += 1
                payload = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("x-request-id", f"req-{echoed}")
                self.send_header("x-ratelimit-remaining-requests", "41")
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@contextmanager
def echo_serving() -> Iterator[EchoServer]:
    with serving(EchoServer) as server:
        yield server
