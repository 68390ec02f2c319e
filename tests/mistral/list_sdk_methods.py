"""List every method of the official Mistral SDK (PyPI `mistralai`): the reference "official call text".

Writes ``sdk_methods.json`` next to this file: for each public method of the SDK's client tree (sync form; the
``_async`` twin is noted), the call path (``beta.conversations.start_stream``), the operation id, HTTP method
and path, the ``Accept`` value (``text/event-stream`` marks a stream method), the keyword parameters (name,
required, default as text) and whether the operation is in the upstream spec (``../shared/corpus/mistral-full``).

Like ``record_sdk_requests.py`` this is a throwaway tool run in the SDK's own venv, never by pytest::

    /tmp/mistralai-venv/bin/python tests/mistral/list_sdk_methods.py

It reads the installed SDK's source: Speakeasy writes ``method=``, ``path=``, ``accept_header_value=`` and
``operation_id=`` literally into each method body. Nothing is sent anywhere.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "sdk_methods.json"
UPSTREAM = HERE.parents[1] / ".." / "shared" / "corpus" / "mistral-full" / "openapi-public-doc.yaml"
# Per-call options every Speakeasy method takes; they are not API parameters.
CALL_OPTIONS = ("retries", "server_url", "timeout_ms", "http_headers")
LITERALS = {
    "http_method": re.compile(r'\bmethod="([A-Z]+)"'),
    "path": re.compile(r'\bpath="([^"]+)"'),
    "operation_id": re.compile(r'\boperation_id="([^"]+)"'),
    "accept": re.compile(r'\baccept_header_value="([^"]+)"'),
}
BODY_CONTENT = re.compile(r'serialize_request_body\(\s*request(?:\.\w+)?,\s*\w+,\s*\w+,\s*"(\w+)"')


def upstream_operation_ids() -> set[str]:
    """Operation ids of the upstream spec, by a plain text scan (no YAML library in the SDK's venv)."""
    if not UPSTREAM.is_file():
        return set()
    return set(re.findall(r"^\s+operationId:\s*(\S+)\s*$", UPSTREAM.read_text(), flags=re.MULTILINE))


def sub_sdks(instance: Any) -> list[tuple[str, Any]]:
    """The child namespaces of one SDK object, by its class annotations (and the root's lazy map)."""
    from mistralai.client.basesdk import BaseSDK

    names: list[str] = list(getattr(type(instance), "_sub_sdk_map", {}))
    for klass in type(instance).__mro__:
        names += [n for n in getattr(klass, "__annotations__", {}) if n not in names]
    children = []
    for name in names:
        if name.startswith("_") or name in ("sdk_configuration", "parent_ref"):
            continue
        child = getattr(instance, name, None)
        if isinstance(child, BaseSDK):
            children.append((name, child))
    return children


def describe(call_path: str, function: Any, spec_ids: set[str]) -> dict[str, Any]:
    source = inspect.getsource(function)
    entry: dict[str, Any] = {"call": call_path}
    for key, pattern in LITERALS.items():
        found = pattern.search(source)
        entry[key] = found.group(1) if found else None
    body = BODY_CONTENT.search(source)
    entry["body_serialization"] = body.group(1) if body else None
    params = []
    for param in inspect.signature(function).parameters.values():
        if param.name == "self" or param.name in CALL_OPTIONS:
            continue
        required = param.default is inspect.Parameter.empty
        params.append({
            "name": param.name,
            "required": required,
            "default": None if required else repr(param.default),
        })
    entry["parameters"] = params
    entry["in_upstream_spec"] = entry["operation_id"] in spec_ids
    return entry


def walk(prefix: str, instance: Any, spec_ids: set[str], out: list[dict[str, Any]]) -> None:
    from mistralai.client.basesdk import BaseSDK

    if prefix.count(".") > 4:
        raise RecursionError(f"namespace cycle at {prefix}")

    own = {name for klass in type(instance).__mro__ if klass is not BaseSDK and issubclass(klass, BaseSDK)
           for name in vars(klass)}
    for name in sorted(own):
        function = getattr(type(instance), name)
        if name.startswith("_") or name.endswith("_async") or not inspect.isfunction(function):
            continue
        entry = describe(f"{prefix}.{name}", function, spec_ids)
        if entry["http_method"] is None and "parse" not in name:
            continue  # a helper, not an operation
        entry["async_twin"] = hasattr(instance, f"{name}_async")
        out.append(entry)
    for name, child in sub_sdks(instance):
        walk(f"{prefix}.{name}", child, spec_ids, out)


def main() -> int:
    from mistralai.client import Mistral

    spec_ids = upstream_operation_ids()
    methods: list[dict[str, Any]] = []
    walk("client", Mistral(api_key="unused"), spec_ids, methods)
    methods.sort(key=lambda m: m["call"])
    document = {
        "sdk": {"package": "mistralai", "version": importlib.metadata.version("mistralai")},
        "upstream_spec": "mistral-full/openapi-public-doc.yaml" if spec_ids else None,
        "methods": methods,
    }
    OUTPUT.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    in_spec = sum(m["in_upstream_spec"] for m in methods)
    print(f"wrote {len(methods)} methods ({in_spec} with an operation of the upstream spec) to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
