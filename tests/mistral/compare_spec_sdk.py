"""Compare the official SDK's methods (``sdk_methods.json``) with the upstream spec's operations.

Writes ``spec_vs_sdk.json`` next to this file, the data behind the overlay checklist in ``UPSTREAM.md``:

- ``sdk_only``: SDK methods whose operation id the spec lacks; ``spec_only``: spec operations the SDK lacks;
- ``renamed``: per shared operation, SDK keyword arguments that are not a wire name of the spec's parameters or
  body properties (after the SDK's own Python-ification: ``type`` → ``type_``, camelCase → snake_case), and the
  spec names no SDK argument covers (``stream`` left out: the SDK's ``complete``/``stream`` methods set it);
- ``tag_differs``: operations whose first spec tag is not the SDK's namespace.

Run with this project's venv (it needs PyYAML) and the corpus in ``../shared/corpus``::

    .venv/bin/python tests/mistral/compare_spec_sdk.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
SPEC = HERE.parents[1] / ".." / "shared" / "corpus" / "mistral-full" / "openapi-public-doc.yaml"
OUTPUT = HERE / "spec_vs_sdk.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BODY_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/components/"):
        _, _, kind, name = node["$ref"].split("/", 3)
        node = spec["components"][kind][name]
    return node


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = {"method": method.upper(), "path": path, "op": op, "item": item}
    return found


def _wire_names(spec: dict[str, Any], entry: dict[str, Any]) -> tuple[list[str], str | None]:
    """The spec's parameter names and body property names of one operation, and the body media type."""
    params = [_resolve(spec, p) for p in entry["item"].get("parameters", []) + entry["op"].get("parameters", [])]
    names = [p["name"] for p in params if isinstance(p, dict) and "name" in p]
    body = _resolve(spec, entry["op"].get("requestBody"))
    media = None
    if isinstance(body, dict):
        content = body.get("content", {})
        media = next((m for m in BODY_TYPES if m in content), next(iter(content), None))
        names += _properties(spec, content.get(media, {}).get("schema"))
    return names, media


def _properties(spec: dict[str, Any], schema: Any) -> list[str]:
    """Property names of an object schema, `allOf` members merged."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    names = list(schema.get("properties", {}))
    for member in schema.get("allOf", []):
        names += [n for n in _properties(spec, member) if n not in names]
    return names


def compare(spec: dict[str, Any], sdk: dict[str, Any]) -> dict[str, Any]:
    operations = _operations(spec)
    by_id = {m["operation_id"]: m for m in sdk["methods"] if m["operation_id"]}
    renamed, tag_differs = [], []
    for op_id, method in sorted(by_id.items()):
        entry = operations.get(op_id)
        if entry is None:
            continue
        wire, media = _wire_names(spec, entry)
        python = {_snake(n) + ("_" if n in ("type", "id", "object", "from") else ""): n for n in wire}
        python.update({n: n for n in wire})
        args = [p["name"] for p in method["parameters"]]
        extra = [a for a in args if a not in python]
        covered = {python[a] for a in args if a in python}
        missing = [n for n in wire if n not in covered and n != "stream"]  # stream: implied by the method
        if extra or missing:
            renamed.append({"call": method["call"], "operation_id": op_id, "body": media,
                            "sdk_only_args": extra, "spec_names_not_args": missing})
        namespace = method["call"].split(".", 1)[1].rsplit(".", 1)[0]
        tags = entry["op"].get("tags") or []
        if not tags or tags[0] != namespace:
            tag_differs.append({"call": method["call"], "operation_id": op_id, "spec_tags": tags})
    return {
        "sdk_version": sdk["sdk"]["version"],
        "sdk_only": sorted(m["call"] for m in sdk["methods"] if m["operation_id"] and m["operation_id"] not in operations),
        "spec_only": sorted(f"{v['method']} {v['path']} ({k})" for k, v in operations.items() if k not in by_id),
        "renamed": renamed,
        "tag_differs": tag_differs,
    }


def main() -> int:
    spec = yaml.safe_load(SPEC.read_text())
    sdk = json.loads((HERE / "sdk_methods.json").read_text())
    result = compare(spec, sdk)
    OUTPUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUTPUT}: {len(result['sdk_only'])} SDK-only methods, {len(result['spec_only'])} spec-only "
          f"operations, {len(result['renamed'])} operations with renamed arguments, "
          f"{len(result['tag_differs'])} whose tag is not the SDK namespace")
    return 0


if __name__ == "__main__":
    sys.exit(main())
