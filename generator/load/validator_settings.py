"""Stand-ins for the settings modules of openapi-schema-validator and openapi-spec-validator.

Each library reads a few settings from the environment through pydantic-settings. Importing pydantic-settings
and pydantic is about 0.1 CPU-second, a third of the validator's import, and a validated cold run on a small spec
waits for that import. Where no environment variable with the library's prefix is set, each setting is its
default, which the stand-in gives without pydantic. Whenever one is set (or a setting is asked for in another
way than the library asks), the stand-in hands over to the library's own module, loaded from its file: the values
are always the library's.

A stand-in is installed only over a settings module whose text is one we know (its SHA-256 is listed below),
and only before the library is imported: a release that changes its settings is imported as it is.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any


@dataclass(frozen=True)
class KnownSettings:
    """A library's settings module: its package, its variables' prefix, its settings class and their defaults."""

    package: str
    prefix: str
    class_name: str
    defaults: dict[str, Any]
    digests: frozenset[str]  # SHA-256 of the texts of settings.py this description is true of

    @property
    def module_name(self) -> str:
        return f"{self.package}.settings"


SCHEMA_SETTINGS = KnownSettings(
    package="openapi_schema_validator",
    prefix="OPENAPI_SCHEMA_VALIDATOR_",
    class_name="OpenAPISchemaValidatorSettings",
    defaults={"compiled_validator_cache_max_size": 128},
    digests=frozenset({"73d226357441df93e0515524fd9d7b84a7c07ee8d096efd9ba95c73ae4f0dc78"}),  # 0.8.1 and 0.9.0
)
SPEC_SETTINGS = KnownSettings(
    package="openapi_spec_validator",
    prefix="OPENAPI_SPEC_VALIDATOR_",
    class_name="OpenAPISpecValidatorSettings",
    defaults={"resolved_cache_maxsize": 128, "schema_validator_backend": "auto"},
    digests=frozenset({"4dcf2cefa5240b47eacb82aeaef02750c89514a5d716ed0e818fb8db70dd0f4a"}),  # 0.9.0 (0.8 has none)
)
KNOWN = (SCHEMA_SETTINGS, SPEC_SETTINGS)
_REAL: dict[str, ModuleType] = {}


def install() -> list[str]:
    """Put a stand-in in place of each known settings module not imported yet; the names of those put."""
    return [known.module_name for known in KNOWN if _install(known)]


def settings_file(package: str) -> Path | None:
    """Where the package's settings.py is, found without importing the package (None: not installed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "settings.py"


def configured(prefix: str) -> bool:
    """Whether some environment variable may set one of the library's settings (pydantic-settings matches the
    names without regard to case)."""
    lowered = prefix.lower()
    return any(name.lower().startswith(lowered) for name in os.environ)


def real_module(known: KnownSettings) -> ModuleType:
    """The library's own settings module, executed from its file under a private name (pydantic imported)."""
    module = _REAL.get(known.module_name)
    if module is None:
        path = settings_file(known.package)
        spec = importlib.util.spec_from_file_location(f"_pyclient_gen_real_{known.package}_settings", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _REAL[known.module_name] = module
    return module


def _install(known: KnownSettings) -> bool:
    if known.package in sys.modules or known.module_name in sys.modules:
        return False
    try:
        path = settings_file(known.package)
        text = path.read_bytes() if path is not None else b""
    except (ImportError, OSError, ValueError):
        return False
    if hashlib.sha256(text).hexdigest() not in known.digests:
        return False
    sys.modules[known.module_name] = stand_in(known)
    return True


def stand_in(known: KnownSettings) -> ModuleType:
    """A module with the settings class and getters the library imports; any other name is the real one's."""
    module = ModuleType(known.module_name, __doc__)
    settings_class = _settings_class(known)
    setattr(module, known.class_name, settings_class)
    for name, getter in _getters(known, settings_class).items():
        setattr(module, name, getter)
    module.__getattr__ = lambda name: _real_attribute(known, name)  # type: ignore[method-assign]
    return module


def _real_attribute(known: KnownSettings, name: str) -> Any:
    # the import system asks modules for `__path__` and the like: those are not settings
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(real_module(known), name)


def _settings_class(known: KnownSettings) -> type:
    def new(cls: type, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or configured(known.prefix):
            return getattr(real_module(known), known.class_name)(*args, **kwargs)
        return SimpleNamespace(**known.defaults)

    return type(known.class_name, (), {"__new__": new, "__doc__": "Defaults unless configured, else the real."})


def _getters(known: KnownSettings, settings_class: type) -> dict[str, Callable[..., Any]]:
    """The module-level functions of the known settings modules, written on the stand-in's class."""
    if known is SCHEMA_SETTINGS:
        get_settings = lru_cache(maxsize=1)(settings_class)
        return {"get_settings": get_settings, "reset_settings_cache": get_settings.cache_clear}
    return {
        f"get_{field}": (lambda field=field: getattr(settings_class(), field)) for field in known.defaults
    }


install()  # on import: the validator's modules import this module before the libraries
