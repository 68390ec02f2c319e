"""The Jinja environment: strict about undefined names, no autoescaping (the output is Python)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from .text import indent_doc

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


def make_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "package")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pystr"] = repr
    env.filters["indent_doc"] = indent_doc
    return env
