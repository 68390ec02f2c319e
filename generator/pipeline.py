"""load → model → render, with findings collected on the way and raised once at the boundary."""

from __future__ import annotations

import keyword
from dataclasses import dataclass, replace
from pathlib import Path

from .findings import Finding, SpecError, join_pointer
from .load import Document, load_spec
from .load.background import BackgroundValidation
from .model import Api, build_api
from .model.naming import RESERVED_CLASS_NAMES, words
from .options import NamingMode, Options


@dataclass(frozen=True)
class Built:
    api: Api
    warnings: list[Finding]
    sources: tuple[Path, ...] = ()  # every file the spec read (the spec first); overlays not included


def build_model(spec: Path, options: Options = Options()) -> Built:
    """The intermediate model of a spec; raises SpecError with every finding when it cannot be built."""
    return start_model(spec, options).complete()


class ModelInProgress:
    """A model built while the validator may still run in the background (`background=True`).

    `api` is there (None when the model cannot be built) so that rendering can start; `complete()` waits for the
    validator and gives exactly what build_model gives: the same findings in the same order, the same errors.
    Its findings come before the model builder's, as when it runs first: the builder's work is set aside, the
    validator's findings are added, and the builder's findings put back after them, or, when adding them read
    files or reported places that the builder also met, the model is built again after them."""

    def __init__(self, spec: Path, options: Options, background: bool = False,
                 child: BackgroundValidation | None = None) -> None:
        self._spec, self._options = spec, options
        self.document = load_spec(spec, options.overlays, validate=options.validate,
                                  allow_outside_refs=options.allow_outside_refs, background=background, child=child)
        self._before = self.document.state()
        self.api, self._failed = _model(self.document, spec, options.naming)

    def complete(self) -> Built:
        document = self.document
        finish, document.pending_validation = document.pending_validation, None
        if finish is not None:
            after = document.state()
            built = document.findings.items[self._before.findings:]
            document.restore(self._before)
            finish()
            now = document.state()
            if now.reported == self._before.reported and now.files.keys() == self._before.files.keys():
                document.findings.items.extend(built)
                document.restore(replace(after, findings=len(document.findings.items)))
            else:
                self.api, self._failed = _model(document, self._spec, self._options.naming)
        findings = document.findings.items
        if self.api is None or self._failed:
            raise SpecError(findings)
        if self._options.strict and findings:
            raise SpecError([Finding("error", f.message, f.location, f.hint) for f in findings])
        if document.findings.errors:
            raise SpecError(findings)
        return Built(self.api, findings, tuple(p for p, data in document.state().files.items() if data is not None))


def start_model(spec: Path, options: Options = Options(), background: bool = False,
                child: BackgroundValidation | None = None) -> ModelInProgress:
    """The model in progress; `child`, a validator child started earlier (`early_validation`), is used or stopped."""
    return ModelInProgress(spec, options, background, child)


def _model(document: Document, spec: Path, naming: NamingMode = "default") -> tuple[Api | None, bool]:
    """The model, or (None, True) when it cannot be built; its problems are added to the document's findings."""
    if document.root is None or document.findings.errors:
        return None, True
    try:
        api = build_api(document, naming)
    except RecursionError:
        document.findings.error("schemas nest too deeply to build a model (a chain of hundreds of nested or "
                                "$ref'd schemas)", document.location(spec, ""),
                                "flatten the schemas: fewer levels of properties, items and $ref")
        return None, True
    _report_renamed_schemas(document, api)
    return api, False


def generate_files(spec: Path, options: Options = Options(), package: str = "") -> tuple[dict[str, bytes], list[Finding]]:
    """Every file of the client package for `spec` (imported as `package`), plus the warnings met on the way."""
    # imported here: `validate`, `inspect` and `diff` do not render, and need not import Jinja
    from .render import render_package

    built = build_model(spec, options)
    return render_package(built.api, package), built.warnings


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
