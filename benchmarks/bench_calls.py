"""4. Per-call overhead: `client.chat.complete` against one loopback server vs raw `httpx.Client.post` + `json.loads`.

Runs in the bench venv (`python benchmarks/bench_calls.py` prints JSON). One server subprocess
(benchmarks/loopback_server.py, keep-alive, fixed answer tests/mistral/fixtures/chat_completion.json) serves
every client, so its cost is the same on each side of a ratio. Calls are made in blocks of BLOCK calls,
the clients taking turns block by block; the figure is the median over blocks of µs per call, in wall-clock
time and in the client process's CPU time (which leaves out the server and the wait for the CPU on a busy
machine, so it shows the client's own overhead more sharply).
mistralai and openai are measured too, for reference (they run on httpx2, so their floor is a raw httpx2 post).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "generated"))

QUICK = bool(os.environ.get("BENCH_QUICK"))
CALLS = int(os.environ.get("BENCH_CALLS", "400" if QUICK else "2000"))
BLOCK = int(os.environ.get("BENCH_CALLS_BLOCK", "100" if QUICK else "250"))
FIXTURE = HERE.parent / "tests" / "mistral" / "fixtures" / "chat_completion.json"
MESSAGES = [{"role": "user", "content": "What is the best French cheese?"}]
MODEL = "mistral-large-latest"
KEY = "bench-key"


def raw_httpx(base: str) -> Callable[[], Any]:
    import httpx

    client = httpx.Client()
    url = f"{base}/v1/chat/completions"
    headers = {"Authorization": f"Bearer {KEY}", "Accept": "application/json"}

    def call() -> Any:
        response = client.post(url, json={"model": MODEL, "messages": MESSAGES, "stream": False}, headers=headers)
        return json.loads(response.content)

    return call


def raw_httpx2(base: str) -> Callable[[], Any]:
    import httpx2

    client = httpx2.Client()
    url = f"{base}/v1/chat/completions"
    headers = {"Authorization": f"Bearer {KEY}", "Accept": "application/json"}

    def call() -> Any:
        response = client.post(url, json={"model": MODEL, "messages": MESSAGES, "stream": False}, headers=headers)
        return json.loads(response.content)

    return call


def ours(base: str) -> Callable[[], Any]:
    import mistral_client

    client = mistral_client.Client(api_key=KEY, base_url=base)

    def call() -> Any:
        return client.chat.complete(model=MODEL, messages=MESSAGES)

    return call


def mistralai_sdk(base: str) -> Callable[[], Any]:
    from mistralai.client import Mistral

    client = Mistral(api_key=KEY, server_url=base)

    def call() -> Any:
        return client.chat.complete(model=MODEL, messages=MESSAGES)  # type: ignore[arg-type]

    return call


def openai_sdk(base: str) -> Callable[[], Any]:
    import openai

    client = openai.OpenAI(api_key=KEY, base_url=f"{base}/v1", max_retries=0)

    def call() -> Any:
        return client.chat.completions.create(model=MODEL, messages=MESSAGES)  # type: ignore[arg-type]

    return call


def main() -> None:
    server = subprocess.Popen([sys.executable, str(HERE / "loopback_server.py"), str(FIXTURE)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        base = f"http://127.0.0.1:{port}"
        cases: dict[str, Callable[[], Any]] = {
            "raw httpx post + json.loads": raw_httpx(base),
            "ours": ours(base),
            "raw httpx2 post + json.loads": raw_httpx2(base),
            "mistralai": mistralai_sdk(base),
            "openai": openai_sdk(base),
        }
        for name, call in cases.items():  # warm-up: connection open, caches filled, answers decode
            for _ in range(20):
                result = call()
            if name == "ours":
                assert result.choices[0].message.content
        samples: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(max(1, CALLS // BLOCK)):
            for name, call in cases.items():
                gc.collect()
                started, started_cpu = time.perf_counter(), time.process_time()
                for _ in range(BLOCK):
                    call()
                samples[name].append((time.perf_counter() - started) / BLOCK * 1e6)
                cpu[name].append((time.process_time() - started_cpu) / BLOCK * 1e6)
    finally:
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print(json.dumps({"calls": CALLS, "block": BLOCK, "samples_us": samples, "samples_cpu_us": cpu}))


if __name__ == "__main__":
    main()
