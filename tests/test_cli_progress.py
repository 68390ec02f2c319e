"""`generate` on a terminal shows a progress bar over its stages and ends with a one-line summary; anywhere
else (a pipe, CI, CliRunner) it prints only the summary line, plain: no bar, no ANSI, no carriage returns."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SPEC = """\
openapi: 3.1.0
info: {title: Progress, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        '201': {description: created}
components:
  schemas:
    Thing:
      type: object
      properties:
        name: {type: string}
        owner: {$ref: '#/components/schemas/Missing'}
"""
SUMMARY = re.compile(r"^wrote \S+: 2 operations, 1 models, 1 warnings, \d+\.\d s$")


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    return spec


def test_not_a_terminal_gives_one_plain_summary_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["generate", str(_spec(tmp_path)), "--output", str(tmp_path / "things")])
    assert result.exit_code == 0, result.output
    assert SUMMARY.match(result.stdout.strip()), result.stdout
    assert result.stdout.count("\n") == 1
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\r" not in stream  # no ANSI, no redrawn bar
        assert "generating" not in stream and "[" not in stream.replace("['", "")  # no bar, no label
    # the stderr of a plain run holds the findings, one per line, and nothing else
    assert [line for line in result.stderr.splitlines() if "warning:" not in line] == []


def test_check_prints_no_bar_either(tmp_path: Path) -> None:
    spec, output = _spec(tmp_path), tmp_path / "things"
    assert CliRunner().invoke(main, ["generate", str(spec), "--output", str(output)]).exit_code == 0
    result = CliRunner().invoke(main, ["generate", str(spec), "--output", str(output), "--check"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{output} is up to date"
    assert "\r" not in result.stderr and "\x1b" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_terminal_shows_the_stages_then_the_summary(tmp_path: Path) -> None:
    import pty

    spec, output = _spec(tmp_path), tmp_path / "things"
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "generator", "generate", str(spec), "--output", str(output)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, timeout=120, check=False,
                              env={**os.environ, "TERM": "xterm"})
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert done.returncode == 0, terminal
    assert "generating" in terminal and "rendering" in terminal and "3/3" in terminal, terminal
    assert "warning:" in terminal  # findings come after the bar, on their own lines
    assert SUMMARY.match(done.stdout.decode().strip()), done.stdout
