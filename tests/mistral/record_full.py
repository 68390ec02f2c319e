"""The whole-API half of ``record_sdk_requests.py``: run ``sdk_calls.CALLS`` through ``mistralai`` and describe
each request it sent (``sdk_wire_full.json``). Runs in the SDK's venv only; see ``record_sdk_requests.py``.

For each call the entry holds:

- ``name``, ``call`` (path under the client), ``kwargs`` (replayable JSON, see ``sdk_calls``), ``call_text``;
- ``method``, ``path`` (no query), ``query`` (ordered ``[name, value]`` pairs, decoded), ``headers``
  (accept, authorization, content-type without the multipart boundary), ``header_names``;
- ``body``: ``null``, ``{"json": ..., "text": the exact bytes sent, as text}``, ``{"form": [[k, v], ...]}`` or ``{"multipart": {"fields": [[k, v]...],
  "files": [{"field", "filename", "content_type", "content"}]}}`` (content as UTF-8 text);
- ``sdk_defaults``: what the SDK sent that the caller did not give (spec defaults it fills in), as
  ``{"in": "query"|"body", "pointer": JSON pointer, "value": ...}``; a compatible client may leave each out or
  send the same value, so a test compares everything else exactly;
- ``sentinel_leaks``: the same for values holding the SDK's internal unset sentinel (never caller data);
- ``stream_flag``: the same for ``stream: true`` that a ``*stream`` method sends by itself (not ignorable).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from sdk_calls import CALLS, call_text, materialize

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ROUTES_FILE = FIXTURES / "full_api_responses.json"
SENTINEL = "~?~unset~?~sentinel~?~"
# Keyword arguments of the SDK whose wire name differs (call path → {wire name: argument}).
WIRE_NAMES = {
    "embeddings.create": {"input": "inputs"},
    "classifiers.moderate": {"input": "inputs"},
    "classifiers.moderate_chat": {"input": "inputs"},
    "classifiers.classify": {"input": "inputs"},
}


def _route_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


class FixtureRouter:
    """Answers a request from ``fixtures/full_api_responses.json``: the first route matching the method, the path
    template, the Accept header (``#stream`` routes) and ``when_body_has`` (a key of the JSON body)."""

    def __init__(self) -> None:
        self.routes = json.loads(ROUTES_FILE.read_text())["routes"]

    def __call__(self, sent: dict[str, Any]) -> tuple[int, str, bytes]:
        path = urlsplit(sent["path"]).path
        streaming = sent["headers"].get("accept") == "text/event-stream"
        for route in self.routes:
            template, _, variant = route["path"].partition("#")
            if route["method"] != sent["method"] or not _route_pattern(template).match(path):
                continue
            if (variant == "stream") != streaming or not _body_has(sent["raw"], route.get("when_body_has")):
                continue
            if "file" in route:
                payload = (FIXTURES / route["file"]).read_bytes()
            else:
                payload = b"" if route["body"] is None else json.dumps(route["body"]).encode()
            return route.get("status", 200), route.get("content_type", "application/json"), payload
        raise LookupError(f"no fixture for {sent['method']} {path} (stream={streaming})")


def _body_has(raw: bytes, key: str | None) -> bool:
    """Whether a JSON request body holds `key` (always true when no key is asked for)."""
    if key is None:
        return True
    try:
        return isinstance(body := json.loads(raw), dict) and key in body
    except ValueError:
        return False


def parse_body(content_type: str, raw: bytes) -> dict[str, Any] | None:
    if not raw:
        return None
    if content_type.startswith("application/json"):
        return {"json": json.loads(raw), "text": raw.decode()}
    if content_type.startswith("application/x-www-form-urlencoded"):
        return {"form": [list(pair) for pair in parse_qsl(raw.decode(), keep_blank_values=True)]}
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
        fields: list[list[str]] = []
        files: list[dict[str, Any]] = []
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            content = part.get_payload(decode=True) or b""
            if filename is None:
                fields.append([name, content.decode()])
            else:
                files.append({"field": name, "filename": filename,
                              "content_type": part.get("content-type"), "content": content.decode()})
        return {"multipart": {"fields": fields, "files": files}}
    return {"raw": raw.decode("utf-8", "replace"), "content_type": content_type}


def _pointer(parts: list[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _extra_values(sent: Any, given: Any, at: list[str | int], out: list[tuple[str, Any]]) -> None:
    """JSON pointers (with values) of what `sent` holds beyond `given`, walking both in step (a `$model` or
    `$bytes` marker of sdk_calls stands for whatever the SDK made of it)."""
    if isinstance(given, dict) and set(given) in ({"$model"}, {"$bytes"}):
        return
    if isinstance(sent, dict) and isinstance(given, dict):
        for key, value in sent.items():
            if key in given:
                _extra_values(value, given[key], [*at, key], out)
            else:
                out.append((_pointer([*at, key]), value))
    elif isinstance(sent, list) and isinstance(given, list) and len(sent) == len(given):
        for index, (value, original) in enumerate(zip(sent, given)):
            _extra_values(value, original, [*at, index], out)


def unrequested(call: str, kwargs: dict[str, Any], query: list[list[str]], body: dict[str, Any] | None,
                ) -> list[dict[str, Any]]:
    """Everything sent that the caller's kwargs do not hold (by wire name; path parameters aside)."""
    aliases = WIRE_NAMES.get(call, {})
    given = {wire: kwargs[arg] for wire, arg in aliases.items() if arg in kwargs}
    given.update({k: v for k, v in kwargs.items() if k not in aliases.values()})
    found: list[dict[str, Any]] = []
    for name, value in query:
        if name not in given:
            found.append({"in": "query", "pointer": _pointer([name]), "value": value})
    if body and "json" in body:
        extra: list[tuple[str, Any]] = []
        _extra_values(body["json"], given, [], extra)
        found += [{"in": "body", "pointer": p, "value": v} for p, v in extra]
    elif body and ("multipart" in body or "form" in body):
        for name, value in body["multipart"]["fields"] if "multipart" in body else body["form"]:
            if name not in given:
                found.append({"in": "body", "pointer": _pointer([name]), "value": value})
    return found


def describe(name: str, call: str, kwargs: dict[str, Any], sent: dict[str, Any]) -> dict[str, Any]:
    url = urlsplit(sent["path"])
    query = [list(pair) for pair in parse_qsl(url.query, keep_blank_values=True)]
    headers = dict(sent["headers"])
    content_type = headers.get("content-type", "")
    body = parse_body(content_type, sent["raw"])
    if content_type.startswith("multipart/form-data"):
        headers["content-type"] = "multipart/form-data"  # the boundary is random
    extra = unrequested(call, kwargs, query, body)
    leaks = [e for e in extra if SENTINEL in json.dumps(e["value"])]
    implied = [e for e in extra if call.endswith("stream") and e["pointer"] == "/stream" and e["value"] in (True, "true")]
    defaults = [e for e in extra if e not in leaks and e not in implied]
    return {
        "name": name, "call": call, "kwargs": kwargs, "call_text": call_text(call, kwargs),
        "method": sent["method"], "path": url.path, "query": query, "headers": headers,
        "header_names": sent["header_names"], "body": body,
        "sdk_defaults": defaults, "sentinel_leaks": leaks, "stream_flag": implied,
    }


def _consume(call: str, result: Any, models: dict[str, Any]) -> None:
    """Read the SDK's result fully, so its own models decode the fixture (and fail loudly if they cannot)."""
    if call.endswith("stream"):
        events = list(result)
        assert events, f"{call}: empty stream"
    elif call == "chat.parse":
        parsed = result.choices[0].message.parsed
        assert isinstance(parsed, models["Book"]), parsed
    elif call == "files.download":
        assert result.read()
    elif call.endswith("delete") and result is None:
        return
    else:
        assert result is not None, call


def record_full(client_factory: Any, models: dict[str, Any], serving: Any) -> list[dict[str, Any]]:
    entries = []
    with serving(FixtureRouter()) as server:
        client = client_factory(f"http://127.0.0.1:{server.server_port}")
        for name, call, kwargs in CALLS:
            target = client
            for attribute in call.split("."):
                target = getattr(target, attribute)
            before = len(server.recorded)
            try:
                _consume(call, target(**materialize(kwargs, models)), models)
            except Exception as exc:
                raise RuntimeError(f"{name}: {exc}") from exc
            sent = server.recorded[before:]
            assert len(sent) == 1, f"{name}: expected one request, got {len(sent)}"
            entries.append(describe(name, call, kwargs, sent[0]))
    return entries
