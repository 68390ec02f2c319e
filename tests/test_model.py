"""The intermediate model built from small specs: types, definitions, operations, streams, security."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.model import Api, to_json
from generator.model.types import (
    ANY,
    AliasDef,
    Const,
    Definition,
    Discriminator,
    EnumDef,
    EnumMember,
    Field,
    ListOf,
    MapOf,
    Named,
    Nullable,
    ObjectDef,
    Operation,
    Primitive,
    UnionOf,
)
from generator.pipeline import Options, build_model

STR, INT, FLOAT, BOOL = Primitive("str"), Primitive("int"), Primitive("float"), Primitive("bool")


Build = Callable[..., Api]


@pytest.fixture
def build(tmp_path: Path) -> Build:
    """build(yaml_text) → the Api; the spec must load without any finding (so the tests' specs are valid).
    These tests name methods by operationId (`--naming operation-id`); tests/test_naming.py covers the default."""

    def run(text: str, *, version: str = "3.1.0", title: str = "Model Test", naming: str = "operation-id") -> Api:
        path = tmp_path / "spec.yaml"
        head = f"openapi: {version}\ninfo: {{title: {title}, version: '1'}}\n"
        body = textwrap.dedent(text)
        if "paths:" not in body:
            body = "paths: {}\n" + body
        path.write_text(head + body, encoding="utf-8")
        built = build_model(path, Options(naming=naming))  # type: ignore[arg-type]
        assert [w.render() for w in built.warnings] == []
        return built.api

    return run


def definitions(api: Api) -> dict[str, Definition]:
    return {d.name: d for d in api.definitions}


def obj(api: Api, name: str) -> ObjectDef:
    found = definitions(api)[name]
    assert isinstance(found, ObjectDef), found
    return found


def fields(api: Api, name: str) -> dict[str, Field]:
    return {f.wire: f for f in obj(api, name).fields}


def operations(api: Api) -> dict[str, Operation]:
    return {f"{g.name}.{op.method_name}": op for g in api.groups for op in g.operations}


# ---- objects and fields ---------------------------------------------------------------------------


def test_object_fields_are_required_or_optional(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: integer}
                name: {type: string, description: '  The name.  '}
                weight: {type: number}
                born: {type: string, format: date-time}
                photo: {type: string, format: binary}
        """)
    pet = fields(api, "Pet")
    assert pet["id"] == Field("id", "id", INT, required=True)
    assert pet["name"] == Field("name", "name", STR, required=False, description="The name.")
    assert pet["weight"].type == FLOAT
    assert pet["born"].type == Primitive("datetime", "date-time")
    assert pet["photo"].type == Primitive("str", "binary")  # JSON carries text; multipart turns it into a file


def test_openapi_30_nullable_makes_a_nullable_type(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Pet:
              type: object
              properties:
                tag: {type: string, nullable: true}
                plain: {type: string}
        """, version="3.0.3")
    pet = fields(api, "Pet")
    assert pet["tag"].type == Nullable(STR)
    assert pet["plain"].type == STR


def test_openapi_31_null_in_type_list_makes_a_nullable_type(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Owner: {type: object, properties: {name: {type: string}}}
            Pet:
              type: object
              properties:
                tag: {type: [string, 'null']}
                owner:
                  anyOf:
                    - $ref: '#/components/schemas/Owner'
                    - type: 'null'
                size: {type: [integer, string]}
        """)
    pet = fields(api, "Pet")
    assert pet["tag"].type == Nullable(STR)
    assert pet["owner"].type == Nullable(Named("Owner"))
    assert pet["size"].type == UnionOf((INT, STR))


def test_defaults_are_recorded(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Settings:
              type: object
              properties:
                stream: {type: boolean, default: false}
                limit: {type: integer, default: 10}
                label: {type: [string, 'null'], default: null}
                plain: {type: string}
        """)
    settings = fields(api, "Settings")
    assert (settings["stream"].has_default, settings["stream"].default) == (True, False)
    assert (settings["limit"].has_default, settings["limit"].default) == (True, 10)
    assert (settings["label"].has_default, settings["label"].default) == (True, None)
    assert (settings["plain"].has_default, settings["plain"].default) == (False, None)


def test_property_names_become_unique_snake_case_fields(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Odd:
              type: object
              properties:
                maxTokens: {type: integer}
                a-b: {type: string}
                a_b: {type: string}
                class: {type: string}
                self: {type: string}
        """)
    names = {f.wire: f.name for f in obj(api, "Odd").fields}
    assert names == {"maxTokens": "max_tokens", "a-b": "a_b", "a_b": "a_b_",
                     "class": "class_", "self": "self_"}


def test_read_only_fields_are_marked(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Pet:
              type: object
              properties:
                id: {type: integer, readOnly: true}
                name: {type: string}
        """)
    pet = fields(api, "Pet")
    assert pet["id"].read_only and not pet["name"].read_only


# ---- enums, arrays, maps -------------------------------------------------------------------------


def test_string_enum_becomes_an_enum_definition(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Status:
              type: string
              description: Where it is.
              enum: [queued, in_progress, done]
        """)
    status = definitions(api)["Status"]
    assert isinstance(status, EnumDef)
    assert status.base == "str"
    assert status.description == "Where it is."
    assert status.members == (EnumMember("QUEUED", "queued"), EnumMember("IN_PROGRESS", "in_progress"),
                              EnumMember("DONE", "done"))


def test_integer_enum_becomes_an_int_enum(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Level: {type: integer, enum: [1, 2, 3]}
        """)
    level = definitions(api)["Level"]
    assert isinstance(level, EnumDef)
    assert level.base == "int"
    assert [(m.name, m.value) for m in level.members] == [("VALUE_1", 1), ("VALUE_2", 2), ("VALUE_3", 3)]


def test_enum_with_null_is_a_nullable_inline_enum_named_from_its_path(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Job:
              type: object
              properties:
                status: {type: [string, 'null'], enum: [open, closed, null]}
        """)
    assert fields(api, "Job")["status"].type == Nullable(Named("JobStatus"))
    status = definitions(api)["JobStatus"]
    assert isinstance(status, EnumDef)
    assert [m.value for m in status.members] == ["open", "closed"]


def test_const_becomes_a_const_type(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Event:
              type: object
              properties:
                kind: {const: done}
        """)
    assert fields(api, "Event")["kind"].type == Const("done")


def test_arrays_become_lists(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Tag: {type: object, properties: {name: {type: string}}}
            Bag:
              type: object
              properties:
                names: {type: array, items: {type: string}}
                tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
                anything: {type: array}
                grid: {type: array, items: {type: array, items: {type: integer}}}
        """)
    bag = fields(api, "Bag")
    assert bag["names"].type == ListOf(STR)
    assert bag["tags"].type == ListOf(Named("Tag"))
    assert bag["anything"].type == ListOf(ANY)
    assert bag["grid"].type == ListOf(ListOf(INT))


def test_maps_and_free_form_objects(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Bag:
              type: object
              properties:
                counts: {type: object, additionalProperties: {type: integer}}
                free: {type: object}
                open: {type: object, additionalProperties: true}
                nested: {type: object, additionalProperties: {type: array, items: {type: string}}}
            Metadata: {type: object}
        """)
    bag = fields(api, "Bag")
    assert bag["counts"].type == MapOf(INT)
    assert bag["free"].type == MapOf(ANY)
    assert bag["open"].type == MapOf(ANY)
    assert bag["nested"].type == MapOf(ListOf(STR))
    metadata = definitions(api)["Metadata"]
    assert isinstance(metadata, AliasDef) and metadata.target == MapOf(ANY)


def test_object_with_properties_and_additional_properties_records_the_extra_type(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Labels:
              type: object
              properties:
                name: {type: string}
              additionalProperties: {type: string}
        """)
    assert obj(api, "Labels").extra == STR


# ---- composition ------------------------------------------------------------------------------------

SHAPES = """\
components:
  schemas:
    Circle:
      type: object
      required: [kind, radius]
      properties:
        kind: {type: string}
        radius: {type: number}
    Square:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
        side: {type: number}
"""


def test_one_of_and_any_of_become_unions(build: Build) -> None:
    api = build(SHAPES + """\
    Either:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
    Loose:
      anyOf:
        - type: integer
        - type: string
        - $ref: '#/components/schemas/Circle'
""")
    either = definitions(api)["Either"]
    assert isinstance(either, AliasDef)
    assert either.target == UnionOf((Named("Circle"), Named("Square")))
    loose = definitions(api)["Loose"]
    assert isinstance(loose, AliasDef)
    assert loose.target == UnionOf((INT, STR, Named("Circle")))


def test_discriminator_mapping_becomes_value_class_pairs(build: Build) -> None:
    api = build(SHAPES + """\
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator:
        propertyName: kind
        mapping:
          round: '#/components/schemas/Circle'
          box: '#/components/schemas/Square'
    Unmapped:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator: {propertyName: kind}
""")
    shape = definitions(api)["Shape"]
    assert isinstance(shape, AliasDef) and isinstance(shape.target, UnionOf)
    assert shape.target.discriminator == Discriminator("kind", (("round", "Circle"), ("box", "Square")))
    unmapped = definitions(api)["Unmapped"]
    assert isinstance(unmapped, AliasDef) and isinstance(unmapped.target, UnionOf)
    by_name = (("Circle", "Circle"), ("Square", "Square"))
    assert unmapped.target.discriminator == Discriminator("kind", by_name)


def test_discriminator_mapping_may_name_schemas_instead_of_referring_to_them(build: Build) -> None:
    api = build(SHAPES + """\
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator:
        propertyName: kind
        mapping:
          round: Circle
          box: '#/components/schemas/Square'
""", version="3.0.3")
    shape = definitions(api)["Shape"]
    assert isinstance(shape, AliasDef) and isinstance(shape.target, UnionOf)
    assert shape.target.discriminator == Discriminator("kind", (("round", "Circle"), ("box", "Square")))


def test_all_of_merges_properties_and_required_from_every_part(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Base:
              type: object
              required: [id]
              properties:
                id: {type: integer}
                note: {type: string}
            Pet:
              description: A pet.
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    age: {type: integer}
        """)
    pet = obj(api, "Pet")
    assert pet.description == "A pet."
    assert [(f.wire, f.type, f.required) for f in pet.fields] == [
        ("id", INT, True), ("note", STR, False), ("name", STR, True), ("age", INT, False)]


def test_all_of_a_single_ref_is_the_referenced_type(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Owner: {type: object, properties: {name: {type: string}}}
            Pet:
              type: object
              properties:
                owner:
                  description: Who feeds it.
                  allOf:
                    - $ref: '#/components/schemas/Owner'
            OwnerAlias:
              allOf:
                - $ref: '#/components/schemas/Owner'
        """)
    owner = fields(api, "Pet")["owner"]
    assert owner.type == Named("Owner")
    assert owner.description == "Who feeds it."
    alias = definitions(api)["OwnerAlias"]
    assert isinstance(alias, AliasDef) and alias.target == Named("Owner")


def test_inline_objects_are_named_from_their_path(build: Build) -> None:
    api = build("""\
        paths:
          /chat:
            post:
              operationId: chatComplete
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        messages:
                          type: array
                          items:
                            type: object
                            properties:
                              role: {type: string}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string}
        components:
          schemas:
            ChatRequest:
              type: object
              properties:
                response_format:
                  type: object
                  properties:
                    type: {type: string, enum: [text, json_object]}
        """)
    names = set(definitions(api))
    assert {"ChatRequest", "ChatRequestResponseFormat", "ChatRequestResponseFormatType"} <= names
    assert {"ChatCompleteRequest", "ChatCompleteRequestMessagesItem", "ChatCompleteResponse"} <= names
    assert fields(api, "ChatRequest")["response_format"].type == Named("ChatRequestResponseFormat")


def test_inline_names_that_collide_get_a_number(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            PetOwner: {type: object, properties: {id: {type: integer}}}
            Pet:
              type: object
              properties:
                owner: {type: object, properties: {name: {type: string}}}
        """)
    assert fields(api, "Pet")["owner"].type == Named("PetOwner2")
    assert set(fields(api, "PetOwner2")) == {"name"}


def test_recursive_schema_refers_to_itself_by_name(build: Build) -> None:
    api = build("""\
        components:
          schemas:
            Node:
              type: object
              properties:
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        """)
    assert fields(api, "Node")["children"].type == ListOf(Named("Node"))


@pytest.mark.parametrize("schemas", [
    "A: {allOf: [{$ref: '#/components/schemas/A'}]}",
    "A: {allOf: [{$ref: '#/components/schemas/B'}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}]}",
    "A: {oneOf: [{$ref: '#/components/schemas/A'}, {type: 'null'}]}",
])
def test_schema_that_only_aliases_itself_becomes_any_with_a_warning(tmp_path: Path, schemas: str) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
                    f"components:\n  schemas:\n    {schemas}\n")
    built = build_model(path, Options(validate=False))
    (warning,) = built.warnings
    assert "alias of itself" in warning.message
    assert warning.location.pointer == "/components/schemas/A"
    found = definitions(built.api)
    assert isinstance(found["A"], AliasDef) and found["A"].target in (ANY, Nullable(ANY))
    for definition in found.values():  # no alias chain leads back to where it started
        assert not (isinstance(definition, AliasDef) and definition.target == Named(definition.name))


# ---- operations -----------------------------------------------------------------------------------

OPERATIONS = """\
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets, animals]
      responses: {'200': {description: ok}}
    post:
      operationId: createPet
      tags: [pets]
      x-pyclient-method: add
      responses: {'201': {description: created}}
  /pets/search:
    get:
      operationId: list_pets
      tags: [pets]
      responses: {'200': {description: ok}}
  /admin/reset:
    post:
      operationId: resetEverything
      x-pyclient-group: admin tools
      tags: [pets]
      responses: {'204': {description: done}}
  /health:
    get:
      responses: {'200': {description: ok}}
  /close:
    post:
      operationId: closeIt
      tags: [close]
      responses: {'204': {description: done}}
"""


def test_group_comes_from_the_extension_the_first_tag_or_the_path(build: Build) -> None:
    api = build(OPERATIONS)
    assert [g.name for g in api.groups] == ["pets", "admin_tools", "health", "close_"]
    assert [g.class_name for g in api.groups] == ["Pets", "AdminTools", "Health", "Close"]


UNTAGGED = """
paths:
  /v1/accounts:
    get: {operationId: GetAccounts, responses: {'200': {description: ok}}}
    post: {operationId: PostAccounts, responses: {'200': {description: ok}}}
  /v1/accounts/{account}:
    get:
      operationId: GetAccountsAccount
      parameters: [{name: account, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /v2beta/payment-intents/search:
    get: {operationId: SearchIntents, responses: {'200': {description: ok}}}
  /api/v1/{tenant}/Files:
    get:
      operationId: ListFiles
      parameters: [{name: tenant, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /v1/timeout:
    get: {operationId: GetTimeout, responses: {'200': {description: ok}}}
  /v1/charges:
    get: {operationId: ListCharges, tags: [billing], responses: {'200': {description: ok}}}
  /v1:
    get: {operationId: Root, responses: {'200': {description: ok}}}
"""


def test_untagged_operations_are_grouped_by_their_first_path_segment_after_a_version(build: Build) -> None:
    ops = operations(build(UNTAGGED))
    assert list(ops) == ["accounts.get_accounts", "accounts.post_accounts", "accounts.get_accounts_account",
                         "payment_intents.search_intents", "files.list_files", "timeout_.get_timeout",
                         "billing.list_charges", "default.root"]


def test_method_names_come_from_operation_id_or_the_extension_and_are_unique(build: Build) -> None:
    api = build(OPERATIONS)
    ops = operations(api)
    assert list(ops) == ["pets.list_pets", "pets.add", "pets.list_pets_", "admin_tools.reset_everything",
                         "health.get_health", "close_.close_it"]
    assert ops["pets.list_pets_"].path == "/pets/search"
    assert ops["pets.add"].operation_id == "createPet"
    assert (ops["pets.add"].http_method, ops["pets.add"].path) == ("POST", "/pets")


def test_path_and_operation_parameters_are_merged_and_the_operation_wins(build: Build) -> None:
    api = build("""\
        paths:
          /pets/{petId}:
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
              - {name: limit, in: query, schema: {type: string}}
              - {name: X-Trace, in: header, schema: {type: string}}
            get:
              operationId: getPet
              parameters:
                - {name: limit, in: query, required: true, schema: {type: integer}}
                - {name: timeout, in: query, schema: {type: number}}
              responses: {'200': {description: ok}}
        """)
    (op,) = operations(api).values()
    params = {p.wire: p for p in op.parameters}
    assert set(params) == {"petId", "limit", "X-Trace", "timeout"}
    assert (params["limit"].type, params["limit"].required) == (INT, True)
    assert params["petId"].required and params["petId"].location == "path"
    assert params["petId"].name == "pet_id"
    assert params["X-Trace"].name == "x_trace" and params["X-Trace"].location == "header"
    assert params["timeout"].name == "timeout_"  # clear of the call option of the same name
    assert [p.required for p in op.parameters] == sorted((p.required for p in op.parameters), reverse=True)


def test_body_properties_become_fields(build: Build) -> None:
    api = build("""\
        paths:
          /pets:
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        id: {type: integer, readOnly: true}
                        body: {type: string}
              responses: {'201': {description: created}}
        """)
    (op,) = operations(api).values()
    assert op.body is not None
    assert (op.body.media_type, op.body.kind, op.body.required) == ("application/json", "json", True)
    assert op.body.type == Named("CreatePetRequest")
    arguments = [(f.name, f.wire, f.required) for f in op.body.fields]
    assert arguments == [("name", "name", True), ("body_", "body", False)]


def test_non_object_body_has_no_fields(build: Build) -> None:
    api = build("""\
        paths:
          /upload:
            put:
              operationId: upload
              requestBody:
                content:
                  application/octet-stream:
                    schema: {type: string, format: binary}
              responses: {'204': {description: done}}
        """)
    (op,) = operations(api).values()
    assert op.body is not None
    assert (op.body.kind, op.body.type, op.body.fields) == ("bytes", Primitive("str", "binary"), ())


STREAMING = """\
paths:
  /chat:
    post:
      operationId: chatComplete
      tags: [chat]
      x-pyclient-method: complete
      x-pyclient-stream-method: stream
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                prompt: {type: string}
                stream: %s
      responses:
        '200':
          description: JSON, or events when stream is true
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Completion'}
            text/event-stream:
              schema: {$ref: '#/components/schemas/CompletionEvent'}
        '422':
          description: invalid
          content:
            application/json:
              schema: {type: object, properties: {detail: {type: string}}}
  /watch:
    get:
      operationId: watch
      tags: [chat]
      responses:
        '200':
          description: only events
          content:
            text/event-stream:
              schema: {$ref: '#/components/schemas/Completion'}
components:
  schemas:
    Completion: {type: object, properties: {text: {type: string}}}
    CompletionEvent:
      type: object
      required: [data]
      properties:
        event: {type: string}
        data: {$ref: '#/components/schemas/Completion'}
"""


def test_stream_flag_stream_method_and_chunk_type_are_detected(build: Build) -> None:
    api = build(STREAMING % "{type: boolean, default: false}")
    ops = operations(api)
    complete = ops["chat.complete"]
    assert complete.stream is not None
    assert complete.stream.stream_flag == "stream"
    assert complete.stream.method_name == "stream"
    assert complete.stream.chunk == Named("Completion")  # unwrapped from {event, data}
    assert complete.stream.only is False


def test_stream_flag_is_detected_on_a_nullable_boolean(build: Build) -> None:
    api = build(STREAMING % "{type: [boolean, 'null'], default: false}")
    stream = operations(api)["chat.complete"].stream
    assert stream is not None and stream.stream_flag == "stream"


def test_stream_method_name_defaults_to_method_stream(build: Build) -> None:
    api = build(STREAMING.replace("      x-pyclient-stream-method: stream\n", "") % "{type: boolean}")
    stream = operations(api)["chat.complete"].stream
    assert stream is not None and stream.method_name == "complete_stream"


def test_stream_only_operation_streams_from_its_own_method(build: Build) -> None:
    api = build(STREAMING % "{type: boolean}")
    watch = operations(api)["chat.watch"]
    assert watch.stream is not None
    assert (watch.stream.method_name, watch.stream.only, watch.stream.stream_flag) == ("watch", True, None)
    assert watch.stream.chunk == Named("Completion")  # not an {event, data} wrapper: kept as is


def test_responses_are_listed_by_status_and_media_type(build: Build) -> None:
    api = build(STREAMING % "{type: boolean}")
    complete = operations(api)["chat.complete"]
    assert [(r.status, r.media_type, r.kind) for r in complete.responses] == [
        ("200", "text/event-stream", "event-stream"),
        ("200", "application/json", "json"),
        ("422", "application/json", "json"),
    ]
    assert complete.responses[1].type == Named("Completion")
    assert complete.responses[2].type == Named("ChatCompleteResponse422")


def test_response_kinds_for_empty_text_and_binary(build: Build) -> None:
    api = build("""\
        paths:
          /file:
            get:
              operationId: download
              responses:
                '200':
                  description: the bytes
                  content:
                    application/octet-stream:
                      schema: {type: string, format: binary}
                '204': {description: nothing}
                default:
                  description: an error text
                  content:
                    text/plain:
                      schema: {type: string}
        """)
    (op,) = operations(api).values()
    assert [(r.status, r.kind, r.type) for r in op.responses] == [
        ("200", "bytes", Primitive("bytes")), ("204", "empty", None), ("default", "text", STR)]


# ---- servers and security ------------------------------------------------------------------------


def test_security_env_var_from_extension_or_derived_from_the_title(build: Build) -> None:
    api = build("""\
        servers:
          - url: https://{region}.example.com/v1
            variables: {region: {default: eu}}
        security: [{token: []}]
        components:
          securitySchemes:
            key:
              type: apiKey
              in: header
              name: X-Api-Key
              x-pyclient-env-var: ACME_KEY
            token: {type: http, scheme: bearer}
            basic: {type: http, scheme: basic}
        """, title="Acme Cloud API")
    assert [s.url for s in api.servers] == ["https://eu.example.com/v1"]
    schemes = {s.key: s for s in api.security}
    assert api.security[0].key == "token"  # the one the spec requires comes first
    key = schemes["key"]
    assert (key.kind, key.location, key.param_name) == ("api_key", "header", "X-Api-Key")
    assert schemes["key"].env_var == "ACME_KEY"
    assert schemes["token"].kind == "bearer" and schemes["token"].env_var == "ACME_CLOUD_API_KEY"
    assert schemes["basic"].kind == "basic"


@pytest.mark.parametrize(("title", "env_var"),
                         [("Petstore", "PETSTORE_API_KEY"), ("My API", "MY_API_KEY"), ("API", "API_KEY")])
def test_derived_env_var_is_a_clean_name(build: Build, title: str, env_var: str) -> None:
    api = build("""\
        components:
          securitySchemes:
            token: {type: http, scheme: bearer}
        """, title=title)
    assert api.security[0].env_var == env_var


def test_to_json_is_valid_json_naming_each_kind(build: Build) -> None:
    api = build(STREAMING % "{type: boolean}" + "    Weird: {type: string, enum: ['é', '日本']}\n")
    data = json.loads(to_json(api))
    assert data["kind"] == "Api"
    assert data["title"] == "Model Test"
    assert {d["kind"] for d in data["definitions"]} >= {"ObjectDef", "EnumDef"}
    assert data["groups"][0]["operations"][0]["stream"]["stream_flag"] == "stream"
    assert "日本" in to_json(api)  # kept readable, not \\u-escaped
