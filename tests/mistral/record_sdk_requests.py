"""Record what the official Mistral SDK (PyPI `mistralai`) puts on the wire.

Two outputs next to this file, the references the generated client's wire-compatibility tests compare against:

- ``sdk_wire_requests.json``: the seed calls below (chat, FIM, embeddings, models) with the HTTP method, the path
  (with query), the ``authorization`` / ``content-type`` / ``accept`` headers and the JSON body the SDK sent;
- ``sdk_wire_full.json``: the whole-API calls of ``sdk_calls.py``, described by ``record_full.py`` (query and
  body parsed, multipart parts, and what the SDK added on its own: spec defaults, its unset sentinel).

This is a throwaway tool, not a test: it needs the ``mistralai`` package, which is NOT a dependency of this
project, so it lives in its own virtual environment and only runs when executed directly. To re-record::

    python3 -m venv /tmp/mistralai-venv
    /tmp/mistralai-venv/bin/pip install mistralai==3.7.0
    /tmp/mistralai-venv/bin/python tests/mistral/record_sdk_requests.py          # rewrites both JSON files
    /tmp/mistralai-venv/bin/python tests/mistral/record_sdk_requests.py --check  # only compares

It starts an HTTP server on 127.0.0.1 (random free port) that records every request and answers with the
canned responses in ``fixtures/`` (so the SDK's own response models also validate those fixtures), points
the SDK at it with ``server_url="http://127.0.0.1:PORT"`` (the SDK's paths include ``/v1``) and runs the
calls. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sdk_calls import WEATHER_TOOL, book_models

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
OUTPUT = HERE / "sdk_wire_requests.json"
OUTPUT_FULL = HERE / "sdk_wire_full.json"
API_KEY = "test-mistral-api-key"
RECORDED_HEADERS = ("accept", "authorization", "content-type")

HI = [{"role": "user", "content": "Hi"}]

# (name, SDK group, SDK method, kwargs). Keep kwargs JSON-serialisable: they are stored as "call".
CALLS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "chat_complete",
        "chat",
        "complete",
        {
            "model": "mistral-large-latest",
            "messages": HI,
            "temperature": 0.7,
            "max_tokens": 150,
        },
    ),
    (
        "chat_complete_tools_json_mode",
        "chat",
        "complete",
        {
            "model": "mistral-large-latest",
            "messages": [
                {
                    "role": "user",
                    "content": "What is the weather in Paris? Answer in JSON.",
                }
            ],
            "tools": [WEATHER_TOOL],
            "tool_choice": "auto",
            "response_format": {"type": "json_object"},
        },
    ),
    (
        "chat_stream",
        "chat",
        "stream",
        {
            "model": "mistral-large-latest",
            "messages": HI,
            "temperature": 0.7,
            "max_tokens": 150,
        },
    ),
    (
        "embeddings_create",
        "embeddings",
        "create",
        {"model": "mistral-embed", "inputs": ["a", "b"]},
    ),
    ("models_list", "models", "list", {}),
    (
        "fim_complete",
        "fim",
        "complete",
        {"model": "codestral-latest", "prompt": "def f(", "suffix": "return 1"},
    ),
    (
        "fim_stream",
        "fim",
        "stream",
        {"model": "codestral-latest", "prompt": "def f(", "suffix": "return 1"},
    ),
]


def canned_response(method: str, path: str, body: Any) -> tuple[str, bytes]:
    """Pick the fixture answering one request: (content type, bytes)."""
    streaming = isinstance(body, dict) and body.get("stream") is True
    if method == "POST" and path == "/v1/chat/completions":
        if streaming:
            return "text/event-stream", (FIXTURES / "chat_stream.sse").read_bytes()
        name = (
            "chat_completion_tool_calls.json"
            if body.get("tools")
            else "chat_completion.json"
        )
        return "application/json", (FIXTURES / name).read_bytes()
    if method == "POST" and path == "/v1/fim/completions":
        if streaming:
            return "text/event-stream", (FIXTURES / "fim_stream.sse").read_bytes()
        return "application/json", (FIXTURES / "fim_completion.json").read_bytes()
    if method == "POST" and path == "/v1/embeddings":
        return "application/json", (FIXTURES / "embeddings.json").read_bytes()
    if method == "GET" and path.split("?")[0] == "/v1/models":
        return "application/json", (FIXTURES / "models.json").read_bytes()
    raise LookupError(f"no fixture for {method} {path}")


class RecordingServer(ThreadingHTTPServer):
    """A local HTTP server that keeps every request it received; `answer` picks the reply."""

    def __init__(self, answer: Callable[[dict[str, Any]], tuple[int, str, bytes]]) -> None:
        self.recorded: list[dict[str, Any]] = []
        self.answer = answer
        super().__init__(("127.0.0.1", 0), Recorder)


class Recorder(BaseHTTPRequestHandler):
    """Stores each request in ``server.recorded`` and answers with ``server.answer``."""

    protocol_version = "HTTP/1.1"

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        assert isinstance(self.server, RecordingServer)
        sent = {
            "method": self.command,
            "path": self.path,
            "headers": {k: self.headers[k] for k in RECORDED_HEADERS if self.headers[k] is not None},
            "header_names": sorted({k.lower() for k in self.headers}),
            "raw": raw,
        }
        self.server.recorded.append(sent)
        try:
            status, ctype, payload = self.server.answer(sent)
        except (LookupError, ValueError) as exc:
            status, ctype, payload = 404, "application/json", json.dumps({"detail": str(exc)}).encode()
        self.send_response(status)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default per-request log on stderr."""


@contextlib.contextmanager
def serving(answer: Callable[[dict[str, Any]], tuple[int, str, bytes]]) -> Iterator[RecordingServer]:
    server = RecordingServer(answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _seed_answer(sent: dict[str, Any]) -> tuple[int, str, bytes]:
    body = json.loads(sent["raw"]) if sent["raw"] else None
    ctype, payload = canned_response(sent["method"], sent["path"], body)
    return 200, ctype, payload


def record() -> list[dict[str, Any]]:
    """The seed recording (chat, FIM, embeddings, models): ``sdk_wire_requests.json``."""
    from mistralai.client import Mistral

    entries = []
    with serving(_seed_answer) as server:
        client = Mistral(api_key=API_KEY, server_url=f"http://127.0.0.1:{server.server_port}")
        for name, group, method, kwargs in CALLS:
            before = len(server.recorded)
            result = getattr(getattr(client, group), method)(**kwargs)
            if method == "stream":  # consume it: the SDK decodes every chunk with its own models
                events = list(result)
                assert events and events[-1].data.choices[0].finish_reason == "stop", events
            else:
                assert result is not None
            sent = server.recorded[before:]
            assert len(sent) == 1, f"{name}: expected one request, got {len(sent)}"
            entry = dict(sent[0])
            raw = entry.pop("raw")
            entry["json"] = json.loads(raw) if raw else None
            entries.append({"name": name, "call": {"group": group, "method": method, "kwargs": kwargs}, **entry})
    return entries


def record_whole_api() -> list[dict[str, Any]]:
    from mistralai.client import Mistral
    from record_full import record_full

    return record_full(lambda url: Mistral(api_key=API_KEY, server_url=url), book_models(), serving)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the stored files instead of writing them")
    args = parser.parse_args()
    import importlib.metadata

    version = importlib.metadata.version("mistralai")
    outputs = {OUTPUT: record(), OUTPUT_FULL: record_whole_api()}
    status = 0
    for path, requests in outputs.items():
        document = {"sdk": {"package": "mistralai", "version": version}, "api_key": API_KEY, "requests": requests}
        if args.check:
            same = json.loads(path.read_text())["requests"] == requests
            print(("same as " if same else "DIFFERENT from ") + str(path), f"(sdk {version})")
            status |= 0 if same else 1
        else:
            path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
            print(f"wrote {len(requests)} requests to {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
