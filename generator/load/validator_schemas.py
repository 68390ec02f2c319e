"""openapi-spec-validator's OpenAPI schemas, read as the JSON they are.

openapi-spec-validator reads its OpenAPI schema (resources/schemas/v3.x/schema.json) on first use through
jsonschema-path: a `file://` URL opened by urllib (which reads the system's MIME types on the way), parsed by a
pure-Python YAML loader, then dumped and loaded as JSON: 11-20 ms for a 35 kB file, in every validated run.
Parsed with `json` it is 0.5 ms. Where the file's text is one we know (its SHA-256 below), both readings give the
same data (tests/test_validator_schemas.py compares them), so the library's lazy schema object is handed that data
before its first use; any other text is left for the library to read.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from typing import Any

# SHA-256 of the schema.json files whose JSON reading equals the library's (openapi-spec-validator 0.8.2, 0.9.0)
KNOWN = {
    "3.0": frozenset({"43da9f20f670535ee9a214185d066a8796649420ccfd9422978f51b5281a5648"}),
    "3.1": frozenset({"e7cb616a2a10849a166c4e4a93c62c56cfea02cc00eadf287e2fb875e7124098"}),
}
_PROXIES = {"3.0": "schema_v30", "3.1": "schema_v31"}


def schema_file(family: str) -> Path | None:
    """Where openapi-spec-validator keeps its OpenAPI schema of the family (None: the package is not there)."""
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "schemas" / f"v{family}" / "schema.json"


def known_schema(family: str) -> Any | None:
    """The family's OpenAPI schema read as JSON, where its text is a known one; else None."""
    path = schema_file(family)
    try:
        text = path.read_bytes() if path is not None else b""
    except OSError:
        return None
    if hashlib.sha256(text).hexdigest() not in KNOWN.get(family, ()):
        return None
    return json.loads(text)


def preload(family: str) -> bool:
    """Give the library's lazy schema of the family its data, read here, unless it has read it already or the
    text is not a known one. Whether it was given."""
    from openapi_spec_validator import schemas

    proxy = getattr(schemas, _PROXIES.get(family, ""), None)
    if proxy is None or getattr(proxy, "__resolved__", True):
        return False
    content = known_schema(family)
    if content is None:
        return False
    proxy.__wrapped__ = content
    return True
