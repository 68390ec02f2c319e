"""The Jinja environment: strict about undefined names, no autoescaping (the output is Python).

Compiled templates are kept in the cache folder (generator/cache.py), so a run after the first one does not
compile them again; Jinja checks each entry against the template's source, and the file names carry Jinja's
version and the environment's settings, which also decide the compiled code.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from ..cache import cache_folder
from .text import docstring_body, indent_doc

# In a built wheel the top-level templates/ folder ships as the package data `generator/_templates`
# (pyproject.toml maps it); in a source checkout or an editable install it is read where it lies.
_PACKAGED_TEMPLATES = Path(__file__).resolve().parent.parent / "_templates"
TEMPLATES = (_PACKAGED_TEMPLATES if _PACKAGED_TEMPLATES.is_dir()
             else Path(__file__).resolve().parent.parent.parent / "templates")
_SETTINGS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "autoescape": False,
    "optimized": False,  # Jinja's constant folding: nothing to fold in these templates, 10 % of their compile
}


def make_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "package")), bytecode_cache=_bytecode_cache(), **_SETTINGS
    )
    env.filters["pystr"] = repr
    env.filters["indent_doc"] = indent_doc
    env.filters["docstring_body"] = docstring_body
    return env


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = cache_folder()
    if folder is None:
        return None
    folder = folder / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    salt = hashlib.sha256(f"{jinja2.__version__}|{sorted(_SETTINGS.items(), key=str)}".encode()).hexdigest()[:16]
    return _QuietBytecodeCache(str(folder), f"{salt}-%s.cache")


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """A folder that cannot be read or written is not used: the template is compiled as without a cache."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass
