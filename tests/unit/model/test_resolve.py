"""generator.model.resolve.load_api: version checks, validation, servers, auth, the vendored
specs."""

from __future__ import annotations

import json

import pytest

from generator.diagnostics import Sink, SpecError
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names

from ..conftest import REPO


def _fail(path) -> list:
    with pytest.raises(SpecError) as info:
        load_api(path, Sink())
    return info.value.diagnostics


def test_opal_has_exactly_144_operations(vendored_apis) -> None:
    api, sink = vendored_apis["opal"]
    assert len(api.operations) == 144
    assert sink.errors == []
    assert len({(op.method, op.path) for op in api.operations}) == 144


def test_oracle_has_exactly_90_operations(vendored_apis) -> None:
    api, sink = vendored_apis["oracle"]
    assert len(api.operations) == 90
    assert sink.errors == []
    assert len({(op.method, op.path) for op in api.operations}) == 90


def test_opal_quirks_are_warnings_not_errors(vendored_apis) -> None:
    _, sink = vendored_apis["opal"]
    codes = {d.code for d in sink.warnings}
    assert {"yaml-timestamp", "nullable-in-31"} <= codes
    assert "required-not-a-property" not in codes  # specs/opal/overlays removes those names
    assert all(d.pointer.startswith("#/") for d in sink.warnings)
    assert all(d.file.endswith("opal-openapi.yaml") for d in sink.warnings)


def test_vendored_auth_and_servers(vendored_apis) -> None:
    opal, _ = vendored_apis["opal"]
    assert opal.base_url == "https://api.opal.dev/v1"
    assert [type(a) for a in opal.auth] == [ir.BearerAuth]
    oracle, _ = vendored_apis["oracle"]
    assert [type(a) for a in oracle.auth] == [ir.OAuthClientCredentials]
    assert oracle.auth[0].token_url.endswith("/oauth2/v1/token")


def test_vendored_specs_are_where_the_lock_says() -> None:
    lock = json.loads((REPO / "specs" / "lock.json").read_text(encoding="utf-8"))
    files = {entry["name"]: (REPO / "specs" / entry["file"], entry["package"])
             for entry in lock["specs"]}
    assert files == {
        "opal": (REPO / "specs" / "opal" / "opal-openapi.yaml", "opal_client"),
        "oracle": (REPO / "specs" / "oracle" / "oracle-access-governance.yaml",
                   "oracle_ag_client"),
    }


def test_swagger_other_than_2_is_reported_with_a_pointer(write) -> None:
    path = write("swagger.yaml", """
        swagger: "1.2"
        info: {title: Old, version: "1"}
        paths: {}
    """)
    [error] = _fail(path)
    assert error.code == "unsupported-version"
    assert error.pointer == "#/swagger"


def test_swagger_2_is_converted_to_the_same_ir(write) -> None:
    path = write("swagger.yaml", """
        swagger: "2.0"
        info: {title: Old, version: "1"}
        host: api.example.com
        basePath: /v2
        paths:
          /pets/{id}:
            post:
              operationId: updatePet
              parameters:
                - {name: id, in: path, required: true, type: integer}
                - {name: tags, in: query, type: array, items: {type: string},
                   collectionFormat: csv}
                - {name: body, in: body, required: true, schema: {$ref: "#/definitions/Pet"}}
              responses:
                "200": {description: ok, schema: {$ref: "#/definitions/Pet"}}
        definitions:
          Pet:
            type: object
            required: [name]
            properties: {name: {type: string}, tag: {type: string, x-nullable: true}}
    """)
    sink = Sink()
    api = load_api(path, sink)
    assert api.base_url == "https://api.example.com/v2"
    [op] = api.operations
    assert [(p.wire_name, p.location, p.explode) for p in op.parameters] == [
        ("id", "path", False), ("tags", "query", False)]
    assert op.body is not None and op.body.required and op.body.kind == "json"
    pet = api.definitions["#/components/schemas/Pet"]
    assert isinstance(pet, ir.ObjectDef)
    assert [(p.wire_name, p.required, isinstance(p.type, ir.Nullable))
            for p in pet.properties] == [("name", True, False), ("tag", False, True)]
    assert sink.warnings == []  # the conversion is a note, which --strict leaves be
    assert [d.code for d in sink.items] == ["swagger-2"]


@pytest.mark.parametrize("version", ["'2.0'", "'3.3.0'", "'4'", "'3.0.x'", "true", "[3.0]"])
def test_unknown_openapi_version_is_refused(write, version: str) -> None:
    path = write("spec.yaml", f"openapi: {version}\ninfo: {{title: T, version: '1'}}\n"
                              "paths: {}\n")
    [error] = _fail(path)
    assert error.code == "unsupported-version"
    assert error.pointer == "#/openapi"


@pytest.mark.parametrize(("written", "read_as"), [
    ("openapi: '3.0'\n", "3.0.0"), ("openapi: 3.1\n", "3.1.0"),
    ("openapi: 3.0.0-rc2\n", "3.0.0"), ("openapi: '3.1.1+build'\n", "3.1.1"),
    ("", "3.0.3"), ("jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema\n",
                    "3.1.0"),
])
def test_a_version_written_otherwise_or_missing_is_read_as_meant(
        write, load, tmp_path, monkeypatch, written: str, read_as: str) -> None:
    """Issue 23: `openapi: 3.1`, a pre-release, or no `openapi` at all beside `components`
    (models only, common in the wild) generate, warned; the validator's own complaint about
    the field is not said twice."""
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    api, sink = load(write("spec.yaml", f"{written}info: {{title: T, version: '1'}}\n"
                                        "components: {schemas: {Pet: {type: object, "
                                        "properties: {id: {type: integer}}}}}\n"))
    [said] = [d for d in sink.warnings if d.code == "openapi-version"]
    assert said.message.endswith(f"read as OpenAPI {read_as}")
    assert said.pointer == ("#/openapi" if written.startswith("openapi") else "#")
    assert [d for d in sink.items if "openapi" in d.message and d is not said] == []
    assert [s.name for s in api.schemas] == ["Pet"]


@pytest.mark.parametrize("text", [
    "Pet: {type: object}\nname: x\n",  # a file of schemas
    "components: {parameters: {}}\n",  # components, but no schemas and no paths
    # other formats that have `components` with schemas too (review: each generated)
    "asyncapi: 2.6.0\ninfo: {title: A, version: '1'}\nchannels: {}\n"
    "components: {schemas: {A: {type: string}}}\n",
    "arazzo: 1.0.0\ninfo: {title: A, version: '1'}\nworkflows: []\n"
    "components: {schemas: {A: {type: string}}}\n",
    "$schema: https://json-schema.org/draft/2020-12/schema\n"
    "components: {schemas: {A: {type: string}}}\n",
])
def test_a_document_with_no_openapi_and_nothing_of_openapi_is_refused(write, text: str) -> None:
    [error] = _fail(write("spec.yaml", text))
    assert (error.code, error.pointer) == ("unsupported-version", "#/openapi")


def test_model_warnings_get_lines_with_one_read_of_each_file_and_none_past_the_bound(
        write, load, tmp_path, monkeypatch) -> None:
    """Review: each line was found by composing the whole text again, and that graph was
    kept; a 25 MB spec with one model warning took 40 s instead of 3."""
    import yaml

    from generator.model import resolve

    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    props = "".join(f"        p{i}: {{type: string, nullable: true}}\n" for i in range(30))
    spec = write("spec.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
                              "components:\n  schemas:\n    A:\n      type: object\n"
                              "      properties:\n" + props)
    composed: list[int] = []
    real = yaml.compose
    monkeypatch.setattr(yaml, "compose", lambda text, **kw: composed.append(1) or real(text, **kw))
    _, sink = load(spec)
    said = [d for d in sink.warnings if d.code == "nullable-in-31"]
    assert [d.line for d in said] == list(range(9, 39))
    assert len(composed) == 1
    monkeypatch.setattr(resolve, "MAX_LINES_TEXT", 100)
    composed.clear()
    _, sink = load(spec)
    assert {d.line for d in sink.warnings if d.code == "nullable-in-31"} == {None}
    assert composed == []


def test_validation_errors_carry_pointer_and_line(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  content: {application/json: {schema: {type: string}}}
          /b:
            get:
              parameters:
                - {name: q, in: nowhere}
              responses:
                "200": {description: ok}
    """)
    errors = _fail(path)  # /a's response without description is a warning (issue 23)
    assert all(d.code == "invalid-spec" for d in errors)
    assert [(d.pointer, d.line, d.message) for d in errors] == [
        ("#/paths/~1b/get/parameters/0/in", 12,
         "'nowhere' is not one of ['path', 'query', 'header', 'cookie']"),
    ]
    assert all("\n" not in d.render() for d in errors)


def test_missing_info_is_a_warning_and_the_title_a_default(write, load, tmp_path,
                                                           monkeypatch) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    api, sink = load(write("spec.yaml", "openapi: 3.1.0\npaths: {}\n"))
    assert [(d.code, d.pointer) for d in sink.warnings] == [("missing-info", "#")]
    assert (api.title, api.version) == ("API", "")


def test_server_variables_fill_the_base_url(write, load) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        servers:
          - url: "https://{region}.example.com/{base}/"
            variables:
              region: {default: eu}
              base: {default: v2}
          - url: https://other.example.com
        paths: {}
    """)
    api, _ = load(path)
    assert api.base_url == "https://eu.example.com/v2"


def test_no_servers_gives_an_empty_base_url(write, load) -> None:
    path = write("spec.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n")
    api, _ = load(path)
    assert api.base_url == ""
    assert api.operations == ()
    assert api.title == "T"


def test_operations_keep_spec_order_and_read_tags_params_bodies(write, load) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /users/{user-id}:
            parameters:
              - {name: user-id, in: path, required: true, schema: {type: string}}
              - {name: opc-request-id, in: header, schema: {type: string}}
            get:
              operationId: getUser
              tags: [Users, Other]
              parameters:
                - {name: opc-request-id, in: header, required: true, schema: {type: string}}
                - {name: Accept, in: header, schema: {type: string}}
              responses:
                "200": {description: ok}
            delete:
              responses:
                "204": {description: gone}
          /users:
            post:
              operationId: createUser
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        name: {type: string}
              responses:
                "201": {description: created}
    """)
    api, sink = load(path)
    assert [(op.method, op.path, op.operation_id, op.tag) for op in api.operations] == [
        ("GET", "/users/{user-id}", "getUser", "Users"),
        ("DELETE", "/users/{user-id}", None, None),
        ("POST", "/users", "createUser", None),
    ]
    get = api.operations[0]
    assert [(p.wire_name, p.location, p.required) for p in get.parameters] == [
        ("user-id", "path", True), ("opc-request-id", "header", True)]
    assert "ignored-header" in [d.code for d in sink.warnings]
    body = api.operations[2].body
    assert body is not None and body.required and body.kind == "json"
    assert body.type == ir.Ref("#/paths/~1users/post/requestBody/content/application~1json/schema")
    assert api.definitions[body.type.key].place == ir.Place(None, ("Request",), ("POST", "/users"))
    assert Names(api).model(body.type.key) == "CreateUserRequest"
