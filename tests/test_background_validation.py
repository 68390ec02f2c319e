"""`generate` runs the validator in a child process while it models and renders: the findings, their order and
the outcome are those of a run that validates first, cache or no cache."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import pipeline
from generator.cli import main
from generator.findings import SpecError
from generator.load.background import BackgroundValidation, early_validation
from generator.load.validator_cache import validator_events
from generator.pipeline import ModelInProgress, Options

HEADER = "openapi: 3.1.0\ninfo: {title: Background, version: '1'}\n"
# The validator's findings: a wrong `default`, a dangling `$ref` in another file (placing that finding reports
# the `$ref`, which the model builder meets too), and a missing description.
SPEC = """\
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - $ref: 'parts.yaml#/Limit'
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: 'parts.yaml#/Pet'}
"""
PARTS = """\
Limit: {name: limit, in: query, schema: {$ref: '#/Nope'}, required: 7}
Pet:
  type: object
  properties:
    owner: {$ref: '#/Missing'}
    n: {type: integer, default: "x"}
"""
PLAIN_PARTS = "Limit: {name: limit, in: query, schema: {type: integer, default: 'x'}}\nPet: {type: object}\n"


def _spec(folder: Path, parts: str) -> Path:
    (folder / "parts.yaml").write_text(parts, encoding="utf-8")
    path = folder / "spec.yaml"
    path.write_text(HEADER + SPEC, encoding="utf-8")
    return path


def _outcome(path: Path, options: Options, background: bool) -> tuple[str, list[str]]:
    try:
        built = ModelInProgress(path, options, background).complete()
    except SpecError as exc:
        return "failed", [f.render() for f in exc.findings]
    return "built", [f.render() for f in built.warnings]


@pytest.mark.parametrize("parts", [PARTS, PLAIN_PARTS], ids=["side-effects", "plain"])
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
@pytest.mark.parametrize("cache", ["off", "folder", "folder-with-other-findings"])
def test_background_validation_gives_what_validating_first_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 parts: str, strict: bool, cache: str) -> None:
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off" if cache == "off" else str(tmp_path / "cache"))
    if cache == "folder-with-other-findings":  # the child is then started after reading, when it is needed
        other = tmp_path / "other"
        other.mkdir()
        _outcome(_spec(other, PLAIN_PARTS), Options(), background=True)
        assert (tmp_path / "cache" / "validator.sqlite3").exists()
    path = _spec(tmp_path, parts)
    options = Options(strict=strict)
    first = _outcome(path, options, background=False)
    assert any("validator" in line for line in first[1])
    assert _outcome(path, options, background=True) == first
    assert _outcome(path, options, background=True) == first  # the second time from the cache, when there is one


def test_placing_a_finding_that_reports_a_ref_builds_the_model_again(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    calls: list[object] = []
    real = pipeline._model
    monkeypatch.setattr(pipeline, "_model", lambda *args: calls.append(args) or real(*args))
    ModelInProgress(_spec(tmp_path, PARTS), Options(), background=True).complete()
    assert len(calls) == 2
    calls.clear()
    ModelInProgress(_spec(tmp_path, PLAIN_PARTS), Options(), background=True).complete()
    assert len(calls) == 1


def test_the_cli_reports_the_findings_of_validating_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    path = _spec(tmp_path, PARTS)
    _, expected = _outcome(path, Options(), background=False)
    result = CliRunner().invoke(main, ["generate", str(path), "--output", str(tmp_path / "client")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == expected
    strict = CliRunner().invoke(main, ["generate", str(path), "--strict", "--output", str(tmp_path / "other")])
    assert strict.exit_code == 2 and not (tmp_path / "other").exists()


def test_a_child_started_before_reading_gives_what_validating_first_gives(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI forks the validator's child before it imports the model builder (`early_validation`)."""
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    path = _spec(tmp_path, PARTS)
    _, expected = _outcome(path, Options(), background=False)
    child = early_validation(True)
    assert child is not None
    built = ModelInProgress(path, Options(), True, child).complete()
    assert [f.render() for f in built.warnings] == expected
    assert child._pid is None  # waited for


@pytest.mark.parametrize("text", ["openapi: [unclosed", "swagger: '2.0'\ninfo: {title: T, version: '1'}\n"],
                         ids=["unreadable", "unsupported-version"])
@pytest.mark.parametrize("validate", [True, False], ids=["validate", "no-validate"])
def test_a_child_started_before_reading_is_stopped_when_nothing_is_validated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, validate: bool) -> None:
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    child = BackgroundValidation()
    with pytest.raises(SpecError):
        ModelInProgress(path, Options(validate=validate), True, child).complete()
    assert child._pid is None and child._task is None and child._result is None  # killed and reaped


def test_no_child_is_started_early_when_validation_is_off_or_the_cache_may_know(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", str(tmp_path / "cache"))
    assert early_validation(False) is None
    _outcome(_spec(tmp_path, PLAIN_PARTS), Options(), background=True)  # its findings now in the cache
    assert early_validation(True) is None


def test_sending_a_large_spec_does_not_wait_for_the_child(tmp_path: Path) -> None:
    """The child may still be importing the validator when the spec is sent: a spec larger than the pipe's buffer
    is written by a thread, so start() returns while the child is stopped, and its events arrive once it goes on."""
    spec = {"openapi": "3.1.0", "info": {"title": "Large", "version": "1"},
            "paths": {f"/p{n}": {"get": {"description": "x" * 200, "responses": {"200": {"description": "ok"}}}}
                      for n in range(20_000)}}  # several megabytes pickled, far more than a pipe holds
    child = BackgroundValidation()
    assert child._pid is not None
    os.kill(child._pid, signal.SIGSTOP)
    started = threading.Thread(target=child.start, args=(spec, "3.1", tmp_path / "spec.yaml"), daemon=True)
    started.start()
    started.join(timeout=60)  # a bound against a hang, not a timing: a blocking write never returns here
    stopped_while_sent = started.is_alive()
    os.kill(child._pid, signal.SIGCONT)
    started.join()
    assert not stopped_while_sent
    assert child.events() == validator_events(spec, "3.1", (tmp_path / "spec.yaml").as_uri())
