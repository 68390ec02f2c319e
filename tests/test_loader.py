"""Loading a spec: YAML/JSON parsing, version checks, `$ref`s across files, and findings with locations."""

from __future__ import annotations

import json
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from generator.findings import Finding, SpecError
from generator.load import load_spec
from generator.model.types import ANY, ListOf, Named, ObjectDef, Primitive
from generator.pipeline import Built, Options, build_model

T = TypeVar("T")

HEADER = """\
openapi: 3.1.0
info: {title: Loader, version: '1'}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def spec(folder: Path, *parts: str) -> Path:
    """spec.yaml in `folder`: the header, then each part (dedented on its own)."""
    return write(folder, "spec.yaml", HEADER + "".join(textwrap.dedent(p) for p in parts))


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def finishes(step: Callable[[], T], seconds: float = 20.0) -> T:
    """Run `step` in a thread; fail (rather than hang the suite) when it does not return in time."""
    results: list[T] = []
    thread = threading.Thread(target=lambda: results.append(step()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"did not finish within {seconds}s"
    assert results, "the step raised (see the thread's traceback above)"
    return results[0]


def field_types(built: Built, definition: str) -> dict[str, object]:
    found = {d.name: d for d in built.api.definitions}[definition]
    assert isinstance(found, ObjectDef)
    return {f.wire: f.type for f in found.fields}


# ---- parsing ------------------------------------------------------------------------------------


def test_yaml_spec_loads(tmp_path: Path) -> None:
    document = load_spec(spec(tmp_path, "paths: {}\n"))
    assert document.root["info"]["title"] == "Loader"
    assert document.findings.items == []


def test_json_spec_loads(tmp_path: Path) -> None:
    data = {"openapi": "3.1.0", "info": {"title": "Json", "version": "1"}, "paths": {}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    document = load_spec(path)
    assert document.root == data
    assert document.findings.items == []


def test_json_file_that_yaml_cannot_parse_still_loads_through_json(tmp_path: Path) -> None:
    # libyaml rejects the surrogate-pair escape; the json module joins it into one character.
    path = tmp_path / "spec.json"
    path.write_text(
        '{"openapi": "3.1.0", "info": {"title": "\\ud83d\\udc4d", "version": "1"}, "paths": {}}',
        encoding="utf-8",
    )
    document = load_spec(path)
    assert errors(document.findings.items) == []
    assert document.root["info"]["title"] == "\N{THUMBS UP SIGN}"


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "paths: {}\n").encode())
    assert load_spec(path).findings.items == []


def test_yaml_integer_keys_become_strings(tmp_path: Path) -> None:
    path = spec(tmp_path, """\
        paths:
          /ping:
            get:
              responses:
                200: {description: ok}
                404: {description: missing}
        """)
    document = load_spec(path)
    assert list(document.root["paths"]["/ping"]["get"]["responses"]) == ["200", "404"]
    assert document.findings.items == []


def test_yaml_dates_stay_strings_as_in_json(tmp_path: Path) -> None:
    path = spec(tmp_path, """\
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                day: {type: string, format: date, default: 2024-01-01}
                at: {type: string, format: date-time, default: 2024-01-01T10:00:00Z}
              example: {2024-01-02: x}
        """)
    document = load_spec(path)
    thing = document.root["components"]["schemas"]["Thing"]
    assert thing["properties"]["day"]["default"] == "2024-01-01"
    assert thing["properties"]["at"]["default"] == "2024-01-01T10:00:00Z"
    assert thing["example"] == {"2024-01-02": "x"}
    assert document.findings.items == []
    json.dumps(document.root)  # plain JSON data all the way down


def test_invalid_yaml_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", """\
        openapi: 3.1.0
        info:
          title: Broken
          version: [1
        paths: {}
        """)
    document = load_spec(path)
    assert document.root is None
    (finding,) = document.findings.items
    assert finding.severity == "error"
    assert "not valid YAML" in finding.message
    assert finding.location.file.endswith("spec.yaml")
    assert finding.location.line in (4, 5)


def test_invalid_json_file_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.json", '{\n  "openapi": "3.1.0",\n  "info": {,\n}\n')
    (finding,) = load_spec(path).findings.items
    assert finding.severity == "error"
    assert "not valid JSON" in finding.message
    assert finding.location.line == 3


def test_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(HEADER.encode() + b"paths: {}\ndescription: caf\xe9\n")
    document = load_spec(path)
    assert document.root is None
    (finding,) = document.findings.items
    assert finding.severity == "error"
    assert "UTF-8" in finding.message


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    document = load_spec(tmp_path / "nowhere.yaml")
    assert document.root is None
    (finding,) = document.findings.items
    assert finding.severity == "error"
    assert finding.location.file.endswith("nowhere.yaml")


def test_top_level_list_is_an_error(tmp_path: Path) -> None:
    document = load_spec(write(tmp_path, "spec.yaml", "- openapi\n- 3.1.0\n"))
    (finding,) = errors(document.findings.items)
    assert "list" in finding.message


def test_spec_without_openapi_key_is_an_error(tmp_path: Path) -> None:
    document = load_spec(write(tmp_path, "spec.yaml", "info: {title: T, version: '1'}\npaths: {}\n"))
    (finding,) = errors(document.findings.items)
    assert "openapi" in finding.message


def test_swagger_2_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")
    document = load_spec(path)
    (finding,) = errors(document.findings.items)
    assert "Swagger 2.0" in finding.message


def test_openapi_4_is_an_error_at_the_version_key(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", "info: {title: T, version: '1'}\nopenapi: 4.0.0\npaths: {}\n")
    (finding,) = errors(load_spec(path).findings.items)
    assert "4.0.0" in finding.message
    assert finding.location.pointer == "/openapi"
    assert finding.location.line == 2


def test_errors_stop_the_pipeline_with_every_finding(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", "swagger: '2.0'\n")
    with pytest.raises(SpecError) as raised:
        build_model(path)
    assert [f.severity for f in raised.value.findings] == ["error"]


# ---- $ref -------------------------------------------------------------------------------------------

PET_OPERATION = """\
paths:
  /pets:
    get:
      operationId: getPet
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '%s'}
"""


def test_local_ref_resolves_to_the_named_schema(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "#/components/schemas/Pet", """\
        components:
          schemas:
            Pet:
              type: object
              properties:
                owner: {$ref: '#/components/schemas/Owner'}
            Owner:
              type: object
              properties:
                name: {type: string}
        """)
    built = build_model(path)
    assert built.warnings == []
    assert field_types(built, "Pet") == {"owner": Named("Owner")}
    (response,) = built.api.groups[0].operations[0].responses
    assert response.type == Named("Pet")


def test_refs_into_other_files_are_relative_to_the_referring_file(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "models/pet.yaml#/Pet")
    write(tmp_path, "models/pet.yaml", """\
        Pet:
          type: object
          properties:
            tag: {$ref: 'shared/tag.yaml#/Tag'}
            local: {$ref: '#/Kind'}
        Kind:
          type: string
          enum: [cat, dog]
        """)
    write(tmp_path, "models/shared/tag.yaml", """\
        Tag:
          type: object
          properties:
            owner: {$ref: '../../people.yaml#/Person'}
        """)
    write(tmp_path, "people.yaml", "Person:\n  type: object\n  properties:\n    name: {type: string}\n")
    built = build_model(path)
    assert built.warnings == []
    assert field_types(built, "Pet") == {"tag": Named("Tag"), "local": Named("Kind")}
    assert field_types(built, "Tag") == {"owner": Named("Person")}
    assert field_types(built, "Person") == {"name": Primitive("str")}


def test_self_recursive_schema_builds(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "#/components/schemas/Node", """\
        components:
          schemas:
            Node:
              type: object
              properties:
                children:
                  type: array
                  items: {$ref: '#/components/schemas/Node'}
                parent: {$ref: '#/components/schemas/Node'}
        """)
    built = finishes(lambda: build_model(path))
    assert built.warnings == []
    assert field_types(built, "Node") == {"children": ListOf(Named("Node")), "parent": Named("Node")}


def test_mutually_recursive_schemas_across_files_build(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "a.yaml#/A")
    write(tmp_path, "a.yaml", "A:\n  type: object\n  properties:\n    b: {$ref: 'b.yaml#/B'}\n")
    write(tmp_path, "b.yaml", "B:\n  type: object\n  properties:\n    a: {$ref: 'a.yaml#/A'}\n")
    built = finishes(lambda: build_model(path))
    assert built.warnings == []
    assert field_types(built, "A") == {"b": Named("B")}
    assert field_types(built, "B") == {"a": Named("A")}


def test_dangling_local_ref_is_one_warning_with_file_pointer_and_line(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "#/components/schemas/Pet", """\
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string}
                owner: {$ref: '#/components/schemas/Missing'}
        """)
    built = build_model(path)
    (warning,) = [w for w in built.warnings if "Missing" in w.message]
    assert warning.severity == "warning"
    assert "#/components/schemas/Missing" in warning.message
    assert warning.location.file == str(path.resolve())
    assert warning.location.pointer == "/components/schemas/Pet/properties/owner"
    assert warning.location.line == path.read_text().splitlines().index(
        "        owner: {$ref: '#/components/schemas/Missing'}") + 1
    assert field_types(built, "Pet")["owner"] == ANY


def test_dangling_ref_is_reported_without_the_validator_too(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "#/components/schemas/Missing")
    built = build_model(path, Options(validate=False))
    (warning,) = built.warnings
    assert warning.location.pointer == "/paths/~1pets/get/responses/200/content/application~1json/schema"
    assert built.api.groups[0].operations[0].responses[0].type == ANY


def test_ref_to_a_file_outside_the_spec_folder_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "secret.yaml", "Pet: {type: object, properties: {name: {type: string}}}\n")
    path = spec(tmp_path / "api", PET_OPERATION % "../secret.yaml#/Pet")
    with pytest.raises(SpecError) as caught:
        build_model(path)
    (error,) = [f for f in caught.value.findings if f.severity == "error"]
    assert "outside" in error.message and "--allow-outside-refs" in error.hint
    assert error.location.pointer.endswith("/schema")


def test_ref_outside_the_spec_folder_is_followed_when_allowed(tmp_path: Path) -> None:
    write(tmp_path, "secret.yaml", "Pet: {type: object, properties: {name: {type: string}}}\n")
    path = spec(tmp_path / "api", PET_OPERATION % "../secret.yaml#/Pet")
    built = build_model(path, Options(allow_outside_refs=True))
    assert built.warnings == []
    assert built.api.groups[0].operations[0].responses[0].type == Named("Pet")


def test_remote_ref_is_refused(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "https://example.com/pet.yaml#/Pet")
    with pytest.raises(SpecError) as caught:
        build_model(path, Options(validate=False))
    assert any("remote" in f.message for f in caught.value.findings if f.severity == "error")


def test_ref_loop_with_no_object_is_an_error_and_does_not_hang(tmp_path: Path) -> None:
    path = spec(tmp_path, PET_OPERATION % "#/components/schemas/A", """\
        components:
          schemas:
            A: {$ref: '#/components/schemas/B'}
            B: {$ref: '#/components/schemas/A'}
        """)

    def build() -> list[Finding]:
        try:
            build_model(path)
        except SpecError as exc:
            return exc.findings
        return []

    findings = finishes(build)
    loops = [f for f in findings if f.severity == "error" and "loop" in f.message]
    assert loops, findings
    assert all(f.location.pointer for f in loops)


# ---- validation ----------------------------------------------------------------------------------


def test_validator_findings_are_warnings_with_pointer_and_line(tmp_path: Path) -> None:
    path = spec(tmp_path, """\
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200': {}
        """)
    built = build_model(path)
    (warning,) = built.warnings
    assert warning.severity == "warning"
    assert warning.message.startswith("validator:")
    assert "'description' is a required property" in warning.message
    assert warning.location.pointer == "/paths/~1pets/get/responses/200"
    assert warning.location.line == 8
    assert str(warning.location).endswith("spec.yaml:8 #/paths/~1pets/get/responses/200")


def test_validation_can_be_skipped(tmp_path: Path) -> None:
    path = spec(tmp_path, """\
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200': {}
        """)
    assert load_spec(path, validate=False).findings.items == []
    assert build_model(path, Options(validate=False)).warnings == []
