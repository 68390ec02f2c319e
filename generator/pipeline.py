"""load → model → render, with findings collected on the way and raised once at the boundary."""

from __future__ import annotations

import keyword
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .findings import Finding, SpecError, join_pointer
from .load import Document, load_spec
from .model import Api, build_api
from .model.naming import RESERVED_CLASS_NAMES, words
from .render import render_package


@dataclass(frozen=True)
class Options:
    overlays: Sequence[Path] = ()
    strict: bool = False
    validate: bool = True
    allow_outside_refs: bool = False


@dataclass(frozen=True)
class Built:
    api: Api
    warnings: list[Finding]


def build_model(spec: Path, options: Options = Options()) -> Built:
    """The intermediate model of a spec; raises SpecError with every finding when it cannot be built."""
    document = load_spec(
        spec, options.overlays, validate=options.validate, allow_outside_refs=options.allow_outside_refs
    )
    if document.root is None or document.findings.errors:
        raise SpecError(document.findings.items)
    try:
        api = build_api(document)
    except RecursionError:
        document.findings.error("schemas nest too deeply to build a model (a chain of hundreds of nested or "
                                "$ref'd schemas)", document.location(spec, ""),
                                "flatten the schemas: fewer levels of properties, items and $ref")
        raise SpecError(document.findings.items) from None
    _report_renamed_schemas(document, api)
    findings = document.findings.items
    if options.strict and findings:
        raise SpecError([Finding("error", f.message, f.location, f.hint) for f in findings])
    if document.findings.errors:
        raise SpecError(findings)
    return Built(api, findings)


def generate_files(spec: Path, options: Options = Options()) -> tuple[dict[str, bytes], list[Finding]]:
    """Every file of the client package for `spec`, plus the warnings met on the way."""
    built = build_model(spec, options)
    return render_package(built.api), built.warnings


def _report_renamed_schemas(document: Document, api: Api) -> None:
    """A warning for each schema of the root file whose class name is not its own name (reserved or taken)."""
    components = document.root.get("components") if isinstance(document.root, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return
    class_of = {d.source: d.name for d in api.definitions}
    root = document.root_path.as_posix()
    for name in schemas:
        pointer = join_pointer("/components/schemas", str(name))
        chosen = class_of.get(f"{root}#{pointer}")
        natural = "".join(w[:1].upper() + w[1:] for w in words(str(name)))
        if chosen is None:
            continue
        if str(name).startswith("__") and str(name).endswith("__"):
            reason = "is a Python special (dunder) name"
        elif chosen == natural:
            continue
        elif not natural:
            reason = "has no ASCII letters or digits to make a class name of"
        elif natural[0].isdigit():
            reason = "starts with a digit"
        elif keyword.iskeyword(natural):
            reason = f"would make the class {natural}, a Python keyword"
        elif natural in RESERVED_CLASS_NAMES:
            reason = f"would make the class {natural}, a builtin or a name the generated code uses"
        else:
            reason = f"would make the class {natural}, which another schema already has"
        document.findings.warn(
            f"schema name {str(name)!r} {reason}; its class is named {chosen}",
            document.location(document.root_path, pointer),
            "rename the schema (in the spec or with an overlay) to choose the class name",
        )
