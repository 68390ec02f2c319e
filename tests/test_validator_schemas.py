"""load/validator_schemas.py reads openapi-spec-validator's OpenAPI schemas as JSON only where that gives the data
the library's own reading gives, and the validator then never opens its schema file through urllib."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator.schemas.utils import get_schema_content

from generator.load import validator_schemas

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = sorted(validator_schemas.KNOWN)


@pytest.mark.parametrize("family", FAMILIES)
def test_installed_schema_is_a_known_text(family: str) -> None:
    # a release that changes schema.json is read by the library (slower): compare, then add its digest
    path = validator_schemas.schema_file(family)
    assert path is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() in validator_schemas.KNOWN[family]


@pytest.mark.parametrize("family", FAMILIES)
def test_json_reading_equals_the_library_reading(family: str) -> None:
    ours = validator_schemas.known_schema(family)
    assert ours is not None
    assert ours == get_schema_content(family)


def test_a_schema_file_of_unknown_text_is_left_to_the_library(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = validator_schemas.schema_file("3.1")
    assert real is not None
    changed = tmp_path / "schema.json"
    changed.write_bytes(real.read_bytes().replace(b'"type"', b'"type" ', 1))  # the same JSON, another text
    monkeypatch.setattr(validator_schemas, "schema_file", lambda family: changed)
    assert validator_schemas.known_schema("3.1") is None
    assert validator_schemas.known_schema("2.0") is None  # a family not described at all


VALIDATE_WITHOUT_URLLIB = """
import jsonschema_path.handlers.urllib as handler
def refused(*args, **kwargs):
    raise AssertionError(f"the validator opened {args[0]}")
handler.urlopen = refused
from openapi_spec_validator import schemas
from generator.load import spec_validator, validator_schemas
from generator.load.validator_cache import validator_events
spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}}
print(validator_events(spec, "3.1", "file:///nowhere/spec.yaml"))
print(schemas.schema_v31.__resolved__, validator_schemas.preload("3.1"))
"""


def test_validator_runs_on_the_schema_read_here() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYCLIENT_GEN_CACHE"} | {"PYCLIENT_GEN_CACHE": "off"}
    done = subprocess.run([sys.executable, "-c", VALIDATE_WITHOUT_URLLIB], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "True False"]  # valid; given once, not again
