"""The validator's findings do not depend on PYTHONHASHSEED: same spec, same output, in every process.

Python salts string hashes per process; the validator iterates sets of property names in three places (see
generator/load/stable_order.py). Each spec here hits all of them, and `python -m generator validate` runs on it
in child processes with different seeds: the outputs (stdout, stderr, exit code) must be byte-identical, and
the findings that used to follow the set order are checked to be the ones in document order / sorted.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("0", "1", "2", "3", "4")


def broken_spec(version: str) -> dict[str, Any]:
    """A spec with several independent errors of each kind whose order or wording came from a set."""
    bad_properties = {  # the meta-schema check reports one error per schema: the first one met
        "alpha": {"type": "string", "minLength": "many"},
        "beta": {"type": "integer", "maximum": "high"},
        "gamma": {"type": "array", "items": {"type": "string"}, "minItems": "none"},
        "delta": {"type": "string", "pattern": 5},
    }
    return {
        "openapi": version,
        "info": {"title": "broken", "version": "1"},
        "paths": {"/things": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": bad_properties},
                "Listed": {"type": "object", "required": ["zulu", "yankee", "xray", "whiskey"],
                           "allOf": [{"type": "object"}], "properties": {"kilo": {"type": "string"}}},
                "Closed": {"type": "object", "properties": {"n": {"type": "integer"}}, "additionalProperties": False,
                           "default": {"delta": 1, "charlie": 2, "bravo": 3, "alpha": 4}},
                "Typo": {"type": "object", "properties": {"k": {"type": "strin"}}},
            },
            "parameters": {"First": {"name": 1, "in": "query"}, "Second": {"in": "head"},
                           "Third": {"name": "x", "in": "query", "style": 9}},
            "responses": {"One": {"content": 3}, "Two": {"description": 5}, "Three": {}},
        },
    }


def validate_output(spec: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYCLIENT_GEN_CACHE": "off"}
    done = subprocess.run([sys.executable, "-m", "generator", "validate", str(spec)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    return f"exit {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}"


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_validate_prints_the_same_findings_with_every_hash_seed(version: str, tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(yaml.safe_dump(broken_spec(version), sort_keys=False), encoding="utf-8")
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = dict(zip(SEEDS, pool.map(lambda seed: validate_output(spec, seed), SEEDS), strict=True))
    first = outputs[SEEDS[0]]
    for seed, output in outputs.items():
        assert output == first, f"PYTHONHASHSEED={seed} differs from PYTHONHASHSEED={SEEDS[0]}"

    lines = first.splitlines()
    validator = [line for line in lines if "warning: validator:" in line]
    assert any("/Thing/properties/alpha/minLength" in line and "'many' is not of type 'integer'" in line
               for line in validator), "the first broken property in document order is the one reported"
    assert not any("/Thing/properties/" in line and "/alpha/" not in line for line in validator)
    assert any("Required list has not defined properties: ['whiskey', 'xray', 'yankee', 'zulu']" in line
               for line in validator)
    if version.startswith("3.0"):  # 3.1 defaults go through jsonschema, which sorts this message itself
        assert any("Additional properties are not allowed ('alpha', 'bravo', 'charlie', 'delta' were unexpected)"
                   in line for line in validator)
    places = [line.split(" ")[1] for line in validator if "#/components/responses/" in line]
    order = [next(name for name in ("One", "Two", "Three") if f"/responses/{name}" in place) for place in places]
    assert order == sorted(order, key=("One", "Two", "Three").index), "components in document order"
    assert set(order) == {"One", "Two", "Three"}
