"""Command line: generate, validate, inspect, diff. Exit codes: 0 ok, 1 check failed (or breaking changes with
`diff --fail-on-breaking`), 2 bad input, 3 internal error."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .findings import Finding, SpecError
from .options import NAMING_MODES, NamingMode, Options
from .provenance import FILE_NAME, provenance, provenance_file, read_provenance, why_different

if TYPE_CHECKING:
    from .pipeline import Built, ModelInProgress

# The model builder and the renderer (with Jinja) are imported by the commands that use them, after the validator's
# child process has been forked (`_started_model`): its imports (openapi-spec-validator's) then overlap theirs.

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
# Generation makes millions of objects that live to the end and almost never form cycles: with Python's default
# thresholds the cycle collector walks them again and again (a third of a cold run's CPU time outside black on
# stripe, more as specs grow). Collect rarely while generating, as mypy does; the thresholds are put back after.
_GC_THRESHOLDS = (200_000, 30, 30)
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


def _report(findings: Sequence[Finding]) -> None:
    for finding in findings:
        click.echo(finding.render(), err=True)


def _spec_options(func: F) -> F:
    func = click.option("--overlay", "overlays", multiple=True, type=click.Path(path_type=Path),
                        help="An OpenAPI Overlay 1.0 file applied after loading (repeatable, in order).")(func)
    func = click.option("--strict", is_flag=True, help="Treat every finding as an error.")(func)
    func = click.option("--no-validate", is_flag=True, help="Skip openapi-spec-validator (faster).")(func)
    func = click.option("--allow-outside-refs", is_flag=True,
                        help="Follow $refs to files outside the spec's folder.")(func)
    func = click.option("--naming", type=click.Choice(NAMING_MODES), default="default", show_default=True,
                        help="How methods are named: 'default' (nested namespaces, derived names, vendor "
                             "extensions) or 'operation-id' (flat groups, the operationId in snake_case).")(func)
    return click.argument("spec", type=click.Path(path_type=Path))(func)


def _options(overlays: tuple[Path, ...], strict: bool, no_validate: bool, allow_outside_refs: bool,
             naming: NamingMode) -> Options:
    return Options(tuple(overlays), strict, not no_validate, allow_outside_refs, naming)


@click.group()
@click.version_option(__version__, "--version", "-V", package_name="pyclient-generator",
                      message="pyclient-gen %(version)s")
def main() -> None:
    """Generate typed Python clients from OpenAPI 3.0/3.1 specs."""


def run() -> None:
    """The console script `pyclient-gen` and `python -m generator`: the command line in a process of its own."""
    try:
        main()
    finally:
        gc.freeze()  # the process ends: the cycle collector's last run at exit need not traverse what is left


@main.command()
@_spec_options
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path),
              help="The package folder to write, e.g. generated/mistral_client.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when OUTPUT differs from what would be generated.")
def generate(spec: Path, output: Path, check: bool, **flags: Any) -> None:
    """Generate the client package for SPEC into OUTPUT."""
    if not output.name.isidentifier():
        _fail(f"--output must end in a Python package name, not {output.name!r}")
    started = time.perf_counter()
    options = _options(**flags)
    progress = _Progress(2 if check else 3)
    collections = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        started_model = _run(lambda: progress.stage("reading, validating, modelling",
                                                    lambda: _started_model(spec, options)))
        _settle()
        files = _run(lambda: progress.stage("rendering", lambda: _render(started_model, output.name)))
        built = _run(started_model.complete)  # the validator's findings: what decides whether to write
        record = provenance(spec, built.sources, options.overlays)
        if files:
            files[FILE_NAME] = provenance_file(record)
        failure = None if check else progress.stage("writing", lambda: _write(output, files))
    finally:
        progress.close()
        gc.freeze()  # with unfreeze: every object moves to the oldest generation untraversed (the default
        gc.unfreeze()  # thresholds would soon make a collection traverse everything made since the last one)
        gc.set_threshold(*collections)
    warnings = built.warnings
    _report(warnings)
    if check:
        from .render import check_tree

        differences = check_tree(output, files)
        if differences:
            click.echo(f"{output} is not what generation gives ({len(differences)} files differ): "
                       f"{why_different(read_provenance(output), record)}", err=True)
            for line in differences[:20]:
                click.echo(f"  {line}", err=True)
            click.echo("run `make generate` (or `generate` without --check) and commit the result", err=True)
            sys.exit(EXIT_CHECK_FAILED)
        click.echo(f"{output} is up to date")
        return
    if failure is not None:
        _fail(failure)
    operations = sum(len(group.operations) for group in built.api.groups)
    seconds = time.perf_counter() - started
    click.echo(f"wrote {output}: {operations} operations, {len(built.api.definitions)} models, "
               f"{len(warnings)} warnings, {seconds:.1f} s")


def _settle() -> None:
    """After the model is built: the spec's data and the model live to the end, so no collection need traverse
    them again (the first one after modelling would otherwise walk all of them, ~0.1 CPU-seconds on stripe)."""
    gc.freeze()


def _started_model(spec: Path, options: Options) -> ModelInProgress:
    """start_model with the validator in the background, its child process forked before the model builder and the
    renderer are imported (so that the validator's imports, ~0.1 CPU-seconds, overlap theirs)."""
    from .load.background import early_validation

    child = early_validation(options.validate)
    try:
        from .pipeline import start_model

        return start_model(spec, options, background=True, child=child)
    except BaseException:
        if child is not None:
            child.cancel()
        raise


def _built_with_background_validation(spec: Path, options: Options) -> Built:
    """build_model's result, with the validator running beside the model builder (on a second core)."""
    return _started_model(spec, options).complete()


def _render(started: ModelInProgress, package: str) -> dict[str, bytes]:
    """The files, rendered while the validator may still run; none when the model cannot be built. When
    rendering fails, the validator's errors (if any) are what is reported, as when it ran first."""
    if started.api is None:
        return {}
    from .render import render_package

    try:
        return render_package(started.api, package)
    except Exception:
        started.complete()
        raise


def _write(output: Path, files: dict[str, bytes]) -> str | None:
    from .render import write_tree
    from .render.files import OutputError

    try:
        write_tree(output, files)
    except (OutputError, OSError) as exc:
        return str(exc)
    return None


class _Progress:
    """A click progress bar over the stages of `generate`, on stderr, only when stderr is a terminal.

    Anywhere else (a pipe, a file, CI, CliRunner) it draws nothing: output stays plain, one summary line.
    """

    def __init__(self, stages: int) -> None:
        self._bar: Any = None
        if _interactive():
            self._bar = click.progressbar(length=stages, label="generating", file=sys.stderr, show_eta=False,
                                          show_percent=False, show_pos=True, item_show_func=lambda item: item)
            self._bar.__enter__()

    def stage(self, label: str, step: Callable[[], T]) -> T:
        if self._bar is not None:
            self._bar.current_item = label
            self._bar.render_progress()
        try:
            result = step()
        except BaseException:
            self.close()  # before anything reports the error
            raise
        if self._bar is not None:
            self._bar.update(1, "done" if self._bar.pos + 1 >= self._bar.length else label)
        return result

    def close(self) -> None:
        if self._bar is not None:
            bar, self._bar = self._bar, None
            bar.__exit__(None, None, None)


def _interactive() -> bool:
    stream = sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"


@main.command()
@_spec_options
def validate(spec: Path, **flags: Any) -> None:
    """Check SPEC (and overlays) and report every finding with its location."""
    built = _run(lambda: _built_with_background_validation(spec, _options(**flags)))
    _report(built.warnings)
    click.echo(f"{spec}: ok, {len(built.warnings)} warnings")


@main.command()
@_spec_options
def inspect(spec: Path, **flags: Any) -> None:
    """Print the intermediate model of SPEC as JSON."""
    from .model import to_json  # here, not at the top: only this command uses it

    built = _run(lambda: _built_with_background_validation(spec, _options(**flags)))
    _report(built.warnings)
    click.echo(to_json(built.api))


@main.command(name="diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--overlay", "overlays", multiple=True, type=click.Path(path_type=Path),
              help="An Overlay 1.0 file applied to both specs (repeatable, in order); a package OLD or NEW uses "
                   "the overlays it recorded.")
@click.option("--old-overlay", "old_overlays", multiple=True, type=click.Path(path_type=Path),
              help="Overlays for OLD only, instead of --overlay (e.g. the overlay as it was committed).")
@click.option("--format", "output_format", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True, help="text for a terminal, markdown for a changelog, json for tools.")
@click.option("--summary", "summary_only", is_flag=True, help="Print one line: the number of changes.")
@click.option("--since", default="", help="Ends the --summary line with `since TEXT` (e.g. HEAD).")
@click.option("--fail-on-breaking", is_flag=True, help="Exit 1 when a change breaks existing calls.")
@click.option("--no-validate", is_flag=True, help="Skip openapi-spec-validator (faster).")
@click.option("--allow-outside-refs", is_flag=True, help="Follow $refs to files outside the spec's folder.")
def diff_command(old: Path, new: Path, overlays: tuple[Path, ...], old_overlays: tuple[Path, ...],
                 output_format: str, summary_only: bool, since: str, fail_on_breaking: bool, no_validate: bool,
                 allow_outside_refs: bool) -> None:
    """What changes for the client's users from spec OLD to spec NEW (either may be a generated package)."""
    from . import diff  # imported here: `generate` does not need it, and every run pays for its import
    from .diff.build import build_pair

    try:
        sources = diff.resolve(old, old_overlays or overlays), diff.resolve(new, overlays)
    except diff.InputError as exc:
        _fail(str(exc))
    flags = Options(validate=not no_validate, allow_outside_refs=allow_outside_refs)
    apis = _run(lambda: build_pair(*sources, flags), "nothing was compared")
    changes = _run(lambda: diff.compare(*apis), "nothing was compared")
    sides = [diff.Side(source.label, api.title, api.version) for source, api in zip(sources, apis)]
    if summary_only:
        click.echo(diff.summary_line(changes, since))
    else:
        render = {"text": diff.to_text, "markdown": diff.to_markdown, "json": diff.to_json}[output_format]
        click.echo(render(sides[0], sides[1], changes))
    if fail_on_breaking and any(c.severity == "breaking" for c in changes):
        sys.exit(EXIT_CHECK_FAILED)


def _run(step: Callable[[], T], outcome: str = "nothing was written") -> T:
    try:
        return step()
    except SpecError as exc:
        _report(exc.findings)
        errors = sum(1 for f in exc.findings if f.severity == "error")
        _fail(f"{errors} error(s); {outcome}")
    except Exception as exc:  # noqa: BLE001 - the boundary: a generator bug is reported, never a traceback
        click.echo(f"internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo(f"this is a bug in the generator, not in your spec; {outcome}. "
                   "Please report it with the spec.", err=True)
        sys.exit(EXIT_INTERNAL)
    raise AssertionError("unreachable")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)
