"""3. SSE decoding: µs per streamed chat chunk, ours vs mistralai vs openai vs bare json.loads.

Runs in the bench venv (`python benchmarks/bench_sse.py` prints JSON). The body is N chat chunks built by
repeating the data events of tests/mistral/fixtures/chat_stream.sse, then `data: [DONE]`. Every client reads it
from an in-memory transport (httpx.MockTransport for ours; httpx2.MockTransport for mistralai and openai,
which are built on httpx2), one network chunk per event as a live server flushes them. A timed run is one
whole `stream` call: request, iteration to the end, close; divided by N.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "generated"))

CHUNKS = int(os.environ.get("BENCH_SSE_CHUNKS", "2000"))
RUNS = int(os.environ.get("BENCH_SSE_RUNS", "3" if os.environ.get("BENCH_QUICK") else "9"))
FIXTURE = HERE.parent / "tests" / "mistral" / "fixtures" / "chat_stream.sse"
MESSAGES = [{"role": "user", "content": "Tell me a story"}]
MODEL = "mistral-large-latest"


def events() -> list[bytes]:
    """The data events of the fixture (without [DONE]), repeated to CHUNKS, each with its blank line."""
    text = FIXTURE.read_text(encoding="utf-8")
    found = [block.strip() for block in text.split("\n\n") if block.strip().startswith("data: ")]
    found = [e for e in found if e != "data: [DONE]"]
    return [(found[i % len(found)] + "\n\n").encode() for i in range(CHUNKS)]


EVENTS = events()
DONE = b"data: [DONE]\n\n"
DATA = [e.decode()[len("data: "):].strip() for e in EVENTS]


def body() -> Iterator[bytes]:
    yield from EVENTS
    yield DONE


def bench_json_loads() -> int:
    loads = json.loads
    for data in DATA:
        loads(data)
    return len(DATA)


def ours() -> Callable[[], int]:
    import httpx
    import mistral_client

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    client = mistral_client.Client(api_key="bench-key", base_url="http://bench.local",
                                   http_client=httpx.Client(transport=httpx.MockTransport(handler)))

    def run() -> int:
        n = 0
        with client.chat.stream(model=MODEL, messages=MESSAGES) as stream:
            for event in stream:
                n += 1
        assert event.data.choices[0].delta is not None
        return n

    return run


def mistralai_sdk() -> Callable[[], int]:
    import httpx2
    from mistralai.client import Mistral

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    client = Mistral(api_key="bench-key", server_url="http://bench.local",
                     client=httpx2.Client(transport=httpx2.MockTransport(handler)))

    def run() -> int:
        n = 0
        with client.chat.stream(model=MODEL, messages=MESSAGES) as stream:
            for event in stream:
                n += 1
        assert event.data.choices[0].delta is not None
        return n

    return run


def openai_sdk() -> Callable[[], int]:
    import httpx2
    import openai

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    client = openai.OpenAI(api_key="bench-key", base_url="http://bench.local/v1", max_retries=0,
                           http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))

    def run() -> int:
        n = 0
        stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)  # type: ignore[arg-type]
        with stream:
            for chunk in stream:
                n += 1
        assert chunk.choices[0].delta is not None
        return n

    return run


def transport_only(module: str) -> Callable[[], int]:
    """The floor under each client: the same request and body through the bare HTTP client, bytes only."""
    http = __import__(module)

    def handler(request: Any) -> Any:
        return http.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    client = http.Client(transport=http.MockTransport(handler))

    def run() -> int:
        with client.stream("POST", "http://bench.local/v1/chat/completions", json={"model": MODEL}) as response:
            n = sum(1 for _ in response.iter_bytes())
        return n - 1  # the [DONE] chunk

    return run


def decoder_only() -> Callable[[], int]:
    """Ours without HTTP: SSEDecoder.feed + json.loads + the generated from_dict, per event."""
    from mistral_client._runtime._sse import SSEDecoder
    from mistral_client.models import CompletionChunk

    def run() -> int:
        decoder = SSEDecoder()
        n = 0
        for chunk in EVENTS:
            for event in decoder.feed(chunk):
                CompletionChunk.from_dict(json.loads(event.data))
                n += 1
        return n

    return run


def feed_only() -> Callable[[], int]:
    """Part of ours: the SSE decoder alone (bytes in, ServerSentEvent out)."""
    from mistral_client._runtime._sse import SSEDecoder

    def run() -> int:
        decoder = SSEDecoder()
        return sum(len(decoder.feed(chunk)) for chunk in EVENTS)

    return run


def from_dict_only() -> Callable[[], int]:
    """Part of ours: the generated CompletionChunk.from_dict alone, on already parsed JSON."""
    from mistral_client.models import CompletionChunk

    parsed = [json.loads(data) for data in DATA]

    def run() -> int:
        from_dict = CompletionChunk.from_dict
        for obj in parsed:
            from_dict(obj)
        return len(parsed)

    return run


def main() -> None:
    cases: dict[str, Callable[[], int]] = {
        "json.loads": bench_json_loads,
        "ours": ours(),
        "mistralai": mistralai_sdk(),
        "openai": openai_sdk(),
        "ours, no HTTP (decoder + json.loads + from_dict)": decoder_only(),
        "part of ours: SSEDecoder.feed": feed_only(),
        "part of ours: CompletionChunk.from_dict": from_dict_only(),
        "httpx transport only (bytes)": transport_only("httpx"),
        "httpx2 transport only (bytes)": transport_only("httpx2"),
    }
    # interleave the cases, one run each per round, so that noise is spread evenly
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for name, run in cases.items():
        count = run()  # warm-up + check
        if count != CHUNKS:
            raise AssertionError(f"{name}: expected {CHUNKS} chunks, got {count}")
    for _ in range(RUNS):
        for name, run in cases.items():
            gc.collect()
            started = time.perf_counter()
            run()
            samples[name].append((time.perf_counter() - started) / CHUNKS * 1e6)
    versions = {}
    for module in ("httpx", "httpx2", "mistralai", "openai"):
        try:
            versions[module] = version(module)
        except PackageNotFoundError:
            versions[module] = "?"
    print(json.dumps({"chunks": CHUNKS, "runs": RUNS, "bytes": sum(map(len, EVENTS)) + len(DONE),
                      "samples_us": samples, "versions": versions}))


if __name__ == "__main__":
    main()
