"""A loopback HTTP/1.1 server that misbehaves on demand, for fault tests of the generated client's runtime.

Each request picks its behaviour with `?fault=<name>` (or a first path segment `/<name>/...`); without one it
answers normally. The normal answer is an OpenAI/Mistral-style chat completion event stream (`EVENTS`, then
`data: [DONE]`), sent with chunked encoding on a keep-alive connection. The faults (see `FAULTS`):

  ok, ok-close, drip, slow-headers    complete streams: keep-alive, close-delimited, a few bytes at a time, late
  many-events                         a long but well-formed stream (`MANY_EVENTS` events)
  reset, reset-mid                    TCP reset before any byte, or after the headers and two events
  stall-headers, stall-mid            silence for `stall` seconds (longer than the client's read timeout)
  truncate, truncate-chunked          the body cut short (Content-Length not reached; no final chunk)
  no-done                             a clean end of body without `data: [DONE]`
  wrong-ct, html                      200 with JSON instead of an event stream; 200 text/html
  huge-line                           one event line of `huge` bytes that never ends
  huge-error                          a 500 whose body is `huge` bytes
  bad-utf8, bad-json, error-event     invalid UTF-8 in an event; an event that is not JSON; {"error": ...} event
  bad-gzip                            `Content-Encoding: gzip` on bytes that are not gzip
  garbage                             bytes that are not HTTP at all
  status-429, status-500              error statuses (429 with `retry-after-ms: 1`)
  echo-key                            a 401 whose message repeats the request's Authorization header

The server counts requests per fault, records every Authorization header it sees, and tracks the client
connections that are open, so a test can check that none is left behind. Handler threads are daemons with
socket timeouts, and `stop()` closes every socket, so nothing outlives a test.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

CHUNK_ID = "cmpl-fault"
EVENTS: list[dict[str, object]] = [
    {"id": CHUNK_ID, "object": "chat.completion.chunk", "created": 1, "model": "m",
     "choices": [{"index": 0, "delta": {"role": "assistant", "content": word}, "finish_reason": None}]}
    for word in ("Hello", ",", " faulty", " world", "!")
]
MANY_EVENTS = 500
FAULTS = (
    "ok", "ok-close", "drip", "slow-headers", "many-events", "reset", "reset-mid", "stall-headers", "stall-mid",
    "truncate", "truncate-chunked", "no-done", "wrong-ct", "html", "huge-line", "huge-error", "bad-utf8",
    "bad-json", "error-event", "bad-gzip", "garbage", "status-429", "status-500", "echo-key",
)
_MAX_HEAD = 64 * 1024


def sse(events: list[dict[str, object]], done: bool = True) -> bytes:
    body = b"".join(b"data: " + json.dumps(e, separators=(",", ":")).encode() + b"\n\n" for e in events)
    return body + (b"data: [DONE]\n\n" if done else b"")


OK_BODY = sse(EVENTS)


class FaultyServer:
    """Serves on 127.0.0.1 (an ephemeral port) until `stop()`."""

    def __init__(self, *, stall: float = 3.0, huge: int = 20 * 1024 * 1024) -> None:
        self.stall = stall
        self.huge = huge
        self.counts: Counter[str] = Counter()
        self.authorizations: list[str] = []
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self._listener.settimeout(0.2)
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="faulty-server")
        self._huge_line = b"data: " + b"x" * huge
        self._huge_error = json.dumps({"message": "x" * huge}).encode()
        self._many = sse(EVENTS * (MANY_EVENTS // len(EVENTS)))

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._open)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            _close(sock)

    # ---- connections ------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            conn.settimeout(10)
            with self._lock:
                self._open.add(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while not self._stopping.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                path, headers = request
                fault = _fault_of(path)
                with self._lock:
                    self.counts[fault] += 1
                    if "authorization" in headers:
                        self.authorizations.append(headers["authorization"])
                if not self._answer(conn, fault, headers):
                    return
        except OSError:
            return
        finally:
            reader.close()
            with self._lock:
                self._open.discard(conn)
            _close(conn)

    # ---- behaviours: each returns True when the connection may serve another request ---------------------

    def _answer(self, conn: socket.socket, fault: str, headers: dict[str, str]) -> bool:
        send = conn.sendall
        if fault in ("ok", "slow-headers", "many-events"):
            if fault == "slow-headers":
                time.sleep(0.05)
            body = self._many if fault == "many-events" else OK_BODY
            send(_head(200, "text/event-stream", chunked=True) + _chunk(body) + b"0\r\n\r\n")
            return True
        if fault == "ok-close":
            send(_head(200, "text/event-stream", close=True) + OK_BODY)
            return False
        if fault == "drip":
            send(_head(200, "text/event-stream", chunked=True))
            for start in range(0, len(OK_BODY), 16):
                send(_chunk(OK_BODY[start:start + 16]))
                time.sleep(0.0005)
            send(b"0\r\n\r\n")
            return True
        if fault == "reset":
            _reset(conn)
            return False
        if fault == "reset-mid":
            send(_head(200, "text/event-stream", chunked=True) + _chunk(sse(EVENTS[:2], done=False)))
            _reset(conn)
            return False
        if fault == "stall-headers":
            self._stopping.wait(self.stall)
            return False
        if fault == "stall-mid":
            send(_head(200, "text/event-stream", chunked=True) + _chunk(sse(EVENTS[:1], done=False)))
            self._stopping.wait(self.stall)
            return False
        if fault == "truncate":
            send(_head(200, "text/event-stream", length=len(OK_BODY)) + OK_BODY[: len(OK_BODY) // 2])
            return False
        if fault == "truncate-chunked":
            send(_head(200, "text/event-stream", chunked=True) + _chunk(OK_BODY[: len(OK_BODY) // 2]))
            return False
        if fault == "no-done":
            send(_head(200, "text/event-stream", chunked=True) + _chunk(sse(EVENTS, done=False)) + b"0\r\n\r\n")
            return True
        if fault == "wrong-ct":
            body = json.dumps({"id": CHUNK_ID, "object": "chat.completion", "choices": []}).encode()
            send(_head(200, "application/json", length=len(body)) + body)
            return True
        if fault == "html":
            body = b"<html><body>Service Unavailable</body></html>\n"
            send(_head(200, "text/html", length=len(body)) + body)
            return True
        if fault == "huge-line":
            send(_head(200, "text/event-stream", close=True))
            _send_slices(send, self._huge_line)
            return False
        if fault == "huge-error":
            send(_head(500, "application/json", length=len(self._huge_error)))
            _send_slices(send, self._huge_error)
            return True
        if fault == "bad-utf8":
            body = b'data: {"id": "\xff\xfe broken"}\n\n' + b"data: [DONE]\n\n"
            send(_head(200, "text/event-stream", chunked=True) + _chunk(body) + b"0\r\n\r\n")
            return True
        if fault == "bad-json":
            body = sse(EVENTS[:1], done=False) + b"data: {not json\n\ndata: [DONE]\n\n"
            send(_head(200, "text/event-stream", chunked=True) + _chunk(body) + b"0\r\n\r\n")
            return True
        if fault == "error-event":
            body = sse(EVENTS[:1], done=False) + b'data: {"error": {"message": "overloaded"}}\n\n'
            send(_head(200, "text/event-stream", chunked=True) + _chunk(body) + b"0\r\n\r\n")
            return True
        if fault == "bad-gzip":
            body = b"this is not gzip" * 8
            send(_head(200, "text/event-stream", length=len(body), extra={"Content-Encoding": "gzip"}) + body)
            return True
        if fault == "garbage":
            send(b"SMTP ready\r\n\r\n\x00\x01\x02")
            return False
        if fault in ("status-429", "status-500"):
            status = 429 if fault == "status-429" else 500
            body = json.dumps({"message": "try later"}).encode()
            send(_head(status, "application/json", length=len(body), extra={"retry-after-ms": "1"}) + body)
            return True
        if fault == "echo-key":
            body = json.dumps({"message": f"invalid credentials: {headers.get('authorization', '')}"}).encode()
            send(_head(401, "application/json", length=len(body)) + body)
            return True
        body = json.dumps({"message": f"unknown fault {fault!r}"}).encode()
        send(_head(400, "application/json", length=len(body)) + body)
        return True


def _read_request(reader: object) -> tuple[str, dict[str, str]] | None:
    """The path and headers of the next request on a connection (its body read and dropped); None at EOF."""
    assert hasattr(reader, "readline") and hasattr(reader, "read")
    line = reader.readline(_MAX_HEAD)
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) < 2:
        return None
    headers: dict[str, str] = {}
    size = 0
    while True:
        header = reader.readline(_MAX_HEAD)
        size += len(header)
        if not header or header in (b"\r\n", b"\n") or size > _MAX_HEAD:
            break
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    if length:
        reader.read(length)
    return parts[1], headers


def _fault_of(path: str) -> str:
    parts = urlsplit(path)
    query = parse_qs(parts.query).get("fault")
    if query:
        return query[0]
    first = parts.path.strip("/").split("/", 1)[0]
    return first if first in FAULTS else "ok"


def _head(status: int, content_type: str, *, chunked: bool = False, length: int | None = None,
          close: bool = False, extra: dict[str, str] | None = None) -> bytes:
    reasons = {200: "OK", 401: "Unauthorized", 429: "Too Many Requests", 500: "Internal Server Error"}
    lines = [f"HTTP/1.1 {status} {reasons.get(status, 'Error')}", f"Content-Type: {content_type}"]
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    if close:
        lines.append("Connection: close")
    lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def _send_slices(send: object, data: bytes, size: int = 1024 * 1024) -> None:
    assert callable(send)
    view = memoryview(data)
    for start in range(0, len(data), size):
        send(view[start:start + size])


def _reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _close(conn)


def _close(sock: socket.socket) -> None:
    try:
        sock.close()
    except OSError:
        pass


@contextmanager
def serving(**options: float) -> Iterator[FaultyServer]:
    server = FaultyServer(**options)  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.stop()
