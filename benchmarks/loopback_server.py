"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1 for the per-call benchmark (run as a subprocess).

    python benchmarks/loopback_server.py BODY_FILE   → prints the port on stdout, then serves

Every request (any method, any path) gets `200` with BODY_FILE's bytes as `application/json`, with a
Content-Length and the connection kept open: one asyncio protocol, no threads, no parsing beyond the head
and Content-Length, so the server's own cost per request is small and the same for every client measured.
It stops by itself when its stdin closes (the benchmark ended or died) or after LIFETIME seconds.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
from pathlib import Path

LIFETIME = 900.0
MAX_HEAD = 65536
QUICKACK = getattr(socket, "TCP_QUICKACK", None)


class Handler(asyncio.Protocol):
    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.sock = transport.get_extra_info("socket")
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        assert self.transport is not None
        if QUICKACK is not None:  # no delayed ACK: a client that writes head and body apart is not held up
            self.sock.setsockopt(socket.IPPROTO_TCP, QUICKACK, 1)
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEAD:
                    self.transport.close()
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length:]
            self.transport.write(self.reply)


async def main() -> None:
    body = Path(sys.argv[1]).read_bytes()
    reply = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
             + str(len(body)).encode() + b"\r\nConnection: keep-alive\r\n\r\n" + body)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Handler(reply), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    stdin_closed: asyncio.Future[None] = loop.create_future()

    def watch_stdin() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(lambda: stdin_closed.done() or stdin_closed.set_result(None))

    threading.Thread(target=watch_stdin, daemon=True).start()
    try:
        await asyncio.wait_for(stdin_closed, LIFETIME)
    except asyncio.TimeoutError:
        pass
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
