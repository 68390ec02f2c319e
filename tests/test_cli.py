"""The command line: generate (+ --check, --strict), validate, inspect; exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent

SPEC = """\
openapi: 3.1.0
info: {title: Pet Store, version: '1.0'}
servers: [{url: 'https://pets.example.com/v1'}]
security: [{token: []}]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: petId, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
  /pets:
    post:
      operationId: createPet
      tags: [pets]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                tag: {type: [string, 'null']}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        owner: %s
"""
GOOD_OWNER = "{type: string}"
DANGLING_OWNER = "{$ref: '#/components/schemas/Owner'}"
DANGLING_LINE = SPEC.splitlines().index("        owner: %s") + 1


def write_spec(folder: Path, owner: str = GOOD_OWNER, name: str = "spec.yaml") -> Path:
    path = folder / name
    path.write_text(SPEC % owner, encoding="utf-8")
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def snapshot(folder: Path) -> dict[str, bytes]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


def no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


Generated = tuple[Path, Path]


@pytest.fixture
def generated(tmp_path: Path) -> Generated:
    """(spec, output): a spec and the package generated from it."""
    spec = write_spec(tmp_path)
    output = tmp_path / "out" / "petstore_client"
    result = run("generate", spec, "--output", output)
    assert result.exit_code == 0, result.output
    return spec, output


# ---- generate ---------------------------------------------------------------------------------------


def test_generate_writes_a_package_that_imports(generated: Generated) -> None:
    _, output = generated
    assert (output / "__init__.py").is_file() and (output / "models.py").is_file()
    script = textwrap.dedent("""\
        import petstore_client
        from petstore_client import models
        client = petstore_client.Client(api_key="k", base_url="http://localhost:1")
        assert callable(client.pets.get) and callable(client.pets.create)
        assert models.Pet.__name__ == "Pet"
        client.close()
        print("ok")
        """)
    env = {**os.environ, "PYTHONPATH": str(output.parent)}
    done = subprocess.run([sys.executable, "-c", script], cwd=output.parent, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_generate_reports_what_it_wrote(tmp_path: Path) -> None:
    result = run("generate", write_spec(tmp_path), "--output", tmp_path / "pets")
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stdout and "0 warnings" in result.stdout


def test_generate_replaces_a_previously_generated_package(generated: Generated) -> None:
    spec, output = generated
    (output / "stale.py").write_text("x = 1\n")
    result = run("generate", spec, "--output", output)
    assert result.exit_code == 0, result.output
    assert not (output / "stale.py").exists()
    assert [p.name for p in output.parent.iterdir()] == ["petstore_client"]  # no staging folders left


def test_check_exits_0_when_up_to_date(generated: Generated) -> None:
    spec, output = generated
    before = snapshot(output)
    result = run("generate", spec, "--output", output, "--check")
    assert result.exit_code == 0, result.output
    assert "up to date" in result.stdout
    assert snapshot(output) == before


def test_check_exits_1_after_a_generated_file_is_edited_and_writes_nothing(generated: Generated) -> None:
    spec, output = generated
    models = output / "models.py"
    models.write_bytes(models.read_bytes() + b"# hand edit\n")
    before = snapshot(output)
    result = run("generate", spec, "--output", output, "--check")
    assert result.exit_code == 1, result.output
    assert "changed: models.py" in result.stderr
    assert snapshot(output) == before


def test_the_readme_names_the_output_package_and_check_covers_it(generated: Generated) -> None:
    spec, output = generated
    readme = output / "README.md"
    assert "from petstore_client import AsyncClient, Client" in readme.read_text(encoding="utf-8")
    readme.write_bytes(readme.read_bytes().replace(b"petstore_client", b"other_client"))
    result = run("generate", spec, "--output", output, "--check")
    assert result.exit_code == 1, result.output
    assert "changed: README.md" in result.stderr
    readme.unlink()
    assert "missing: README.md" in run("generate", spec, "--output", output, "--check").stderr
    assert run("generate", spec, "--output", output).exit_code == 0  # written with the rest, atomically
    assert run("generate", spec, "--output", output, "--check").exit_code == 0


def test_check_exits_1_when_the_output_does_not_exist(tmp_path: Path) -> None:
    output = tmp_path / "missing_client"
    result = run("generate", write_spec(tmp_path), "--output", output, "--check")
    assert result.exit_code == 1
    assert "missing: __init__.py" in result.stderr
    assert not output.exists()


def test_bad_input_exits_2_naming_the_file_and_leaves_the_output_untouched(generated: Generated) -> None:
    spec, output = generated
    before = snapshot(output)
    spec.write_text("openapi: 3.1.0\ninfo: {title: [unclosed\npaths: {}\n", encoding="utf-8")
    result = run("generate", spec, "--output", output)
    assert result.exit_code == 2
    no_traceback(result)
    assert str(spec) in result.stderr
    assert "not valid YAML" in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(output) == before


def test_bad_input_from_a_real_process_exits_2_without_a_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.1.0\npaths: [\n", encoding="utf-8")
    command = [sys.executable, "-m", "generator", "generate", str(spec), "--output", str(tmp_path / "x_")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "broken.yaml" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x_").exists()


def test_missing_spec_exits_2(tmp_path: Path) -> None:
    result = run("generate", tmp_path / "nope.yaml", "--output", tmp_path / "x_client")
    assert result.exit_code == 2
    no_traceback(result)
    assert "nope.yaml" in result.stderr


def test_strict_turns_a_warning_into_exit_2(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, DANGLING_OWNER)
    output = tmp_path / "pets_client"
    relaxed = run("generate", spec, "--output", output, "--check")
    assert relaxed.exit_code == 1  # it builds (only the output is missing)
    assert "#/components/schemas/Owner" in relaxed.stderr
    strict = run("generate", spec, "--output", output, "--strict")
    assert strict.exit_code == 2
    no_traceback(strict)
    assert f"spec.yaml:{DANGLING_LINE} #/components/schemas/Pet/properties/owner: error:" in strict.stderr
    assert not output.exists()


def test_warnings_do_not_stop_generation(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, DANGLING_OWNER)
    result = run("generate", spec, "--output", tmp_path / "pets_client")
    assert result.exit_code == 0, result.output
    assert "1 warnings" in result.stdout
    assert "warning: $ref '#/components/schemas/Owner' points to nothing" in result.stderr


def test_refuses_to_overwrite_a_folder_it_did_not_generate(tmp_path: Path) -> None:
    output = tmp_path / "mine"
    output.mkdir()
    (output / "__init__.py").write_text("# my own code\n")
    (output / "notes.txt").write_text("keep me\n")
    before = snapshot(output)
    result = run("generate", write_spec(tmp_path), "--output", output)
    assert result.exit_code == 2
    no_traceback(result)
    assert "refusing" in result.stderr
    assert snapshot(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "spec.yaml"]  # no staging folder left


def test_generates_into_an_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty_client").mkdir()
    result = run("generate", write_spec(tmp_path), "--output", tmp_path / "empty_client")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "empty_client" / "__init__.py").is_file()


def test_output_must_be_a_package_name(tmp_path: Path) -> None:
    result = run("generate", write_spec(tmp_path), "--output", tmp_path / "my-client")
    assert result.exit_code == 2
    assert "package name" in result.stderr
    assert not (tmp_path / "my-client").exists()


def test_overlay_is_applied(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(textwrap.dedent("""\
        overlay: 1.0.0
        info: {title: Rename, version: '1'}
        actions:
          - target: $.info
            update: {title: Renamed Store}
        """))
    result = run("inspect", write_spec(tmp_path), "--overlay", overlay)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "Renamed Store"


# ---- validate and inspect ----------------------------------------------------------------------------


def test_validate_exits_0_on_a_good_spec(tmp_path: Path) -> None:
    result = run("validate", write_spec(tmp_path))
    assert result.exit_code == 0, result.output
    assert "ok, 0 warnings" in result.stdout
    assert result.stderr == ""


def test_validate_prints_warnings_with_their_locations(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, DANGLING_OWNER)
    result = run("validate", spec)
    assert result.exit_code == 0, result.output
    assert "ok, 1 warnings" in result.stdout
    (line,) = result.stderr.splitlines()
    where = f"{spec.resolve()}:{DANGLING_LINE} #/components/schemas/Pet/properties/owner"
    assert line.startswith(f"{where}: warning:")


def test_validate_with_no_validate_skips_the_validator(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
                    "paths:\n  /a:\n    get:\n      responses: {'200': {}}\n")
    checked = run("validate", spec)
    assert checked.exit_code == 0
    assert "validator: 'description' is a required property" in checked.stderr
    skipped = run("validate", spec, "--no-validate")
    assert skipped.exit_code == 0
    assert skipped.stderr == ""


def test_validate_exits_2_on_an_unsupported_version(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 4.0.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    result = run("validate", spec)
    assert result.exit_code == 2
    no_traceback(result)
    assert "spec.yaml:1 #/openapi: error: OpenAPI 4.0.0 is not supported" in result.stderr


def test_inspect_prints_json(tmp_path: Path) -> None:
    result = run("inspect", write_spec(tmp_path, DANGLING_OWNER))
    assert result.exit_code == 0, result.output
    model = json.loads(result.stdout)  # warnings go to stderr, never into the JSON
    assert model["kind"] == "Api"
    assert model["title"] == "Pet Store"
    operations = model["groups"][0]["operations"]
    assert [(op["method_name"], op["naming_source"]) for op in operations] == [
        ("get", "operationId"), ("create", "operationId")]
    assert [op["group_source"] for op in operations] == ["tag", "tag"]
    assert "warning" in result.stderr


def test_inspect_and_validate_take_the_naming_switch(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, DANGLING_OWNER)
    result = run("inspect", spec, "--naming", "operation-id")
    assert result.exit_code == 0, result.output
    operations = json.loads(result.stdout)["groups"][0]["operations"]
    assert [op["method_name"] for op in operations] == ["get_pet", "create_pet"]
    assert run("validate", spec, "--naming", "operation-id").exit_code == 0
    assert run("validate", spec, "--naming", "bogus").exit_code == 2


def test_inspect_handles_yaml_dates(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: T, version: 2024-01-01}\npaths: {}\n"
                    "components:\n  schemas:\n    Day: {type: string, format: date, default: 2024-01-01}\n")
    result = run("inspect", spec)
    assert result.exit_code == 0, result.output
    no_traceback(result)
    assert json.loads(result.stdout)["version"] == "2024-01-01"


@pytest.mark.parametrize("case", ["petstore", "mistral-seed", "overlay", "streaming"])
def test_a_cold_run_on_a_golden_spec_never_imports_black(tmp_path: Path, case: str) -> None:
    """The generator writes black's style itself on these specs: black is not even imported (no cache, validation
    on, the default command)."""
    script = textwrap.dedent("""
        import sys
        from generator.cli import main
        try:
            main()
        finally:
            print("black imported:", "black" in sys.modules, file=sys.stderr)
    """)
    spec = ROOT / "tests" / "golden" / case / "spec.yaml"
    command = [sys.executable, "-c", script, "generate", str(spec), "--output", str(tmp_path / "client")]
    env = {**os.environ, "PYCLIENT_GEN_CACHE": "off"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "black imported: False" in done.stderr
    assert (tmp_path / "client" / "models.py").exists()
