"""Loading a spec: YAML/JSON parsing, version checks, `$ref`s across files, and findings with locations."""

from __future__ import annotations

import json
import math
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from generator.findings import Finding, Findings, SpecError
from generator.load import load_spec
from generator.load.reader import parse_text
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


def yaml_value(text: str) -> object:
    """The value of `value: TEXT` read by the reader, which must find no problem."""
    findings = Findings()
    data = parse_text(f"value: {text}\n", Path("spec.yaml"), findings)
    assert findings.items == [], [f.render() for f in findings.items]
    return data["value"]


def same(value: object, expected: object) -> bool:
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(value, float) and math.isnan(value)
    return type(value) is type(expected) and value == expected


YAML_12_CORE_SCALARS = [
    *[(text, None) for text in ("", "~", "null", "Null", "NULL")],
    *[(text, True) for text in ("true", "True", "TRUE")],
    *[(text, False) for text in ("false", "False", "FALSE")],
    ("0", 0), ("42", 42), ("-17", -17), ("+3", 3), ("0777", 777), ("0o17", 15), ("0x1F", 31), ("0xff", 255),
    ("1.5", 1.5), (".5", 0.5), ("1.", 1.0), ("-1.5E-3", -0.0015), ("1e9", 1e9), ("1e+09", 1e9), ("6E-2", 0.06),
    ("100e0", 100.0), (".inf", math.inf), ("-.Inf", -math.inf), ("+.INF", math.inf), (".nan", math.nan),
    (".NaN", math.nan),
]
YAML_11_ONLY_STRINGS = [
    "yes", "no", "on", "off", "y", "n", "Yes", "OFF",  # YAML 1.1 booleans
    "1:30", "190:20:30.15",  # sexagesimal
    "0b101", "1_000", "-0x1F", "0o8", "0xG", "0O17", "0X1F",  # other YAML 1.1 integer forms, and near misses
    "2024-01-01", "2024-01-01T10:00:00Z", "2001-12-14 21:59:43.10 -5",  # timestamps
    "1.2.3", "e9", "1e", "1.5e", "NaN", "inf", "tRUE", "nulls", "=", "<<", ".", "+",
]


@pytest.mark.parametrize(("text", "expected"), YAML_12_CORE_SCALARS, ids=[t or "empty" for t, _ in YAML_12_CORE_SCALARS])
def test_plain_scalars_resolve_by_the_yaml_1_2_core_schema(text: str, expected: object) -> None:
    assert same(yaml_value(text), expected), (text, yaml_value(text))


@pytest.mark.parametrize("text", YAML_11_ONLY_STRINGS)
def test_yaml_1_1_only_forms_are_strings_as_in_yaml_1_2(text: str) -> None:
    assert same(yaml_value(text), text)


@pytest.mark.parametrize(("text", "expected"), [
    ("'1e9'", "1e9"), ('"true"', "true"), ("'~'", "~"), ('"0x1F"', "0x1F"), ("|\n  12", "12\n"),
    (">-\n  null", "null"), ("! 12", "12"),
])
def test_quoted_and_block_scalars_and_the_non_specific_tag_are_strings(text: str, expected: str) -> None:
    assert same(yaml_value(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("!!str 12", "12"), ("!!str true", "true"), ("!!int '12'", 12), ("!!int 0x1F", 31), ("!!float 1", 1.0),
    ("!!float '1e9'", 1e9), ("!!bool 'false'", False), ("!!null ''", None), ("!!timestamp 2024-01-01", "2024-01-01"),
])
def test_an_explicit_core_tag_picks_the_kind(text: str, expected: object) -> None:
    assert same(yaml_value(text), expected)


@pytest.mark.parametrize("text", ["!!int 1.5", "!!int yes", "!!float x", "!!bool yes", "!!null 0"])
def test_an_explicit_tag_on_text_of_another_kind_is_an_error_with_its_line(text: str) -> None:
    findings = Findings()
    assert parse_text(f"openapi: 3.1.0\nvalue: {text}\n", Path("spec.yaml"), findings) is None
    (finding,) = findings.items
    assert finding.severity == "error" and "is not a YAML 1.2" in finding.message
    assert finding.location.line == 2


def test_mapping_keys_are_their_text_as_written(tmp_path: Path) -> None:
    findings = Findings()
    text = "{1.10: a, 0x1F: b, yes: c, ~: d, 200: e, 1e3: f, true: g, '<<': h, 2024-01-01: i}\n"
    data = parse_text(text, Path("spec.yaml"), findings)
    assert findings.items == []
    assert list(data) == ["1.10", "0x1F", "yes", "~", "200", "1e3", "true", "<<", "2024-01-01"]


def test_an_exponent_reads_the_same_in_yaml_and_json(tmp_path: Path) -> None:
    schema = {"type": "number", "exclusiveMaximum": 1e9, "minimum": 1e-3, "default": 2.5e2}
    from_yaml = spec(tmp_path, """\
        paths: {}
        components:
          schemas:
            Limit: {type: number, exclusiveMaximum: 1e+09, minimum: 1E-3, default: 2.5e2}
        """)
    data = {"openapi": "3.1.0", "info": {"title": "Loader", "version": "1"}, "paths": {},
            "components": {"schemas": {"Limit": schema}}}
    from_json = write(tmp_path, "spec.json", json.dumps(data))
    for path in (from_yaml, from_json):
        document = load_spec(path)
        assert document.findings.items == []
        assert all(same(document.root["components"]["schemas"]["Limit"][k], v) for k, v in schema.items())


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


def validator_warnings(path: Path) -> list[tuple[str, str, int | None, str]]:
    """(file name, pointer, line, message) of each validator finding."""
    found = load_spec(path).findings.items
    return [(Path(f.location.file).name, f.location.pointer, f.location.line, f.message) for f in found]


def test_a_schema_keyword_finding_points_into_the_spec_through_refs(tmp_path: Path) -> None:
    path = spec(tmp_path, """\
        paths:
          /names:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Name'}
        components:
          schemas:
            Name:
              type: object
              properties:
                first: {type: string, minLength: -1}
        """)
    (warning,) = validator_warnings(path)
    assert warning[:3] == ("spec.yaml", "/components/schemas/Name/properties/first/minLength", 17)
    assert "-1 is less than the minimum of 0" in warning[3]


def test_a_finding_in_a_referenced_file_names_that_file(tmp_path: Path) -> None:
    write(tmp_path, "parts/name.yaml", """\
        type: object
        properties:
          first: {type: string, maxLength: -2}
        """)
    path = spec(tmp_path, """\
        paths: {}
        components:
          schemas:
            Name: {$ref: 'parts/name.yaml'}
        """)
    (warning,) = validator_warnings(path)
    assert warning[:3] == ("name.yaml", "/properties/first/maxLength", 3)


def test_a_bad_default_is_reported_at_the_value_inside_the_default(tmp_path: Path) -> None:
    path = spec(tmp_path, """\
        paths: {}
        components:
          schemas:
            Options:
              type: object
              properties:
                sort: {type: string, default: 1}
                page:
                  type: object
                  properties: {size: {type: integer}}
                  default: {size: big}
        """)
    assert [w[:3] for w in validator_warnings(path)] == [
        ("spec.yaml", "/components/schemas/Options/properties/sort/default", 9),
        ("spec.yaml", "/components/schemas/Options/properties/page/default/size", 13),
    ]


def test_a_validator_crash_names_the_value_it_was_checking(tmp_path: Path) -> None:
    # Limits is checked only as a property of Holder, so its string bound reaches the `default` check: a TypeError
    path = spec(tmp_path, """\
        paths: {}
        components:
          schemas:
            Holder:
              type: object
              properties:
                limits: {$ref: '#/components/schemas/Limits'}
            Limits:
              type: object
              properties:
                max: {type: number, exclusiveMaximum: '1e+09', default: 1}
        """)
    (warning,) = validator_warnings(path)
    assert warning[:3] == ("spec.yaml", "/components/schemas/Limits/properties/max/default", 13)
    assert warning[3].startswith("validator stopped early: TypeError")


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
