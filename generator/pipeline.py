"""load → model → render, with findings collected on the way and raised once at the boundary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .findings import Finding, SpecError
from .load import load_spec
from .model import Api, build_api
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
        document.findings.error("schemas nest too deeply to build a model", document.location(spec, ""),
                                "flatten the schemas or split them with $ref")
        raise SpecError(document.findings.items) from None
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
