"""The settings stand-ins of load/validator_settings.py give what the libraries' own settings modules give: the
defaults when nothing is configured, the library's own values when an environment variable is set; and the
validator's import leaves pydantic out only when that is true."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.load import validator_settings
from generator.load.validator_settings import KNOWN, SCHEMA_SETTINGS, SPEC_SETTINGS, KnownSettings

ROOT = Path(__file__).resolve().parent.parent
PRESENT = [known for known in KNOWN if (validator_settings.settings_file(known.package) or Path()).is_file()]
# values an environment may give, some of which the libraries correct or refuse
SETTINGS_VALUES = {
    "OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE": ["7", "-3", "many"],
    "openapi_spec_validator_schema_validator_backend": [" JSONSCHEMA ", "nonsense"],
    "OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE": ["5", "0", "-1"],
}


def _fields(settings: Any, known: KnownSettings) -> dict[str, Any]:
    return {field: getattr(settings, field) for field in known.defaults}


def _unconfigured(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith(("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")):
            monkeypatch.delenv(name)


@pytest.mark.parametrize("known", PRESENT, ids=lambda known: known.package)
def test_installed_settings_modules_are_ones_the_stand_ins_know(known: KnownSettings) -> None:
    # a release that changes settings.py is imported as it is (slower): review the new text, then add its digest
    path = validator_settings.settings_file(known.package)
    assert path is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() in known.digests


@pytest.mark.parametrize("known", PRESENT, ids=lambda known: known.package)
def test_stand_in_gives_the_library_defaults_when_nothing_is_configured(
    known: KnownSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _unconfigured(monkeypatch)
    real = getattr(validator_settings.real_module(known), known.class_name)()
    stand_in = getattr(validator_settings.stand_in(known), known.class_name)()
    assert _fields(stand_in, known) == _fields(real, known) == known.defaults


@pytest.mark.filterwarnings("ignore:Invalid value for OPENAPI_SPEC_VALIDATOR")
@pytest.mark.parametrize(("name", "value"), [(name, v) for name, values in SETTINGS_VALUES.items() for v in values])
def test_stand_in_gives_the_library_values_when_a_variable_is_set(
    name: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = SPEC_SETTINGS if "SPEC" in name.upper() else SCHEMA_SETTINGS
    if known not in PRESENT:
        pytest.skip(f"{known.package} has no settings module in this version")
    _unconfigured(monkeypatch)
    monkeypatch.setenv(name, value)
    outcomes = []
    for module in (validator_settings.real_module(known), validator_settings.stand_in(known)):
        try:
            outcomes.append(_fields(getattr(module, known.class_name)(), known))
        except Exception as error:  # noqa: BLE001 - pydantic refuses some values: the stand-in must refuse them alike
            outcomes.append({"error": type(error).__name__})
    assert outcomes[0] == outcomes[1]


def test_stand_in_module_answers_the_other_names_from_the_library() -> None:
    module = validator_settings.stand_in(SPEC_SETTINGS)
    real = validator_settings.real_module(SPEC_SETTINGS) if SPEC_SETTINGS in PRESENT else None
    if real is None:
        pytest.skip("openapi-spec-validator has no settings module in this version")
    assert module.ENV_PREFIX == real.ENV_PREFIX == SPEC_SETTINGS.prefix
    assert not hasattr(module, "__path__")  # the import system's questions are not settings


def _in_fresh_interpreter(code: str, **environment: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.upper().startswith("OPENAPI_SPEC_VALIDATOR_")}
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**clean, **environment},
                               capture_output=True, text=True, timeout=120, check=False)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


IMPORT_AND_VALIDATE = """
import sys
from generator.load import spec_validator
print("pydantic" in sys.modules, sorted(spec_validator.validator_settings.install()) == [])
from openapi_spec_validator import validate
try:
    validate({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}})
    print("valid")
except Exception as error:
    print(type(error).__name__, error)
"""


def test_validator_imports_without_pydantic_and_validates_unconfigured() -> None:
    assert _in_fresh_interpreter(IMPORT_AND_VALIDATE).splitlines() == ["False True", "valid"]


def test_validator_reads_a_variable_set_through_the_library_settings() -> None:
    if SPEC_SETTINGS not in PRESENT:
        pytest.skip("openapi-spec-validator has no settings module in this version")
    try:
        import jsonschema_rs  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("jsonschema-rs is installed: that backend is valid here")
    lines = _in_fresh_interpreter(
        IMPORT_AND_VALIDATE, OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND="jsonschema-rs"
    ).splitlines()
    assert lines[1].startswith("RuntimeError") and "jsonschema-rs is not available" in lines[1]
