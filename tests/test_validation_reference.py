"""Validation reports today's findings on every corpus spec: none lost, none invented, each at the same place.

The reference (tests/validation_reference.json) was captured from the validator before it was made faster;
see tests/validation_reference.py."""

from __future__ import annotations

import json

import pytest

from tests.validation_reference import REFERENCE, load_findings, reference_specs

SPECS = reference_specs()
EXPECTED = json.loads(REFERENCE.read_text(encoding="utf-8"))
SLOW = {"stripe", "discord", "twilio-api-v2010", "mistral-full", "mistral-history/openapi-public-doc.v1.1.33.yaml",
        "mistral-history/openapi-public-doc.v1.3.0.yaml"}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in sorted(EXPECTED)])
def test_findings_are_the_reference_findings(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if name not in SPECS:
        pytest.skip("the corpus is not here")
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    assert load_findings(SPECS[name]) == EXPECTED[name]
