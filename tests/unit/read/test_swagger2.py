"""generator.read.swagger2: a Swagger 2.0 document as the OpenAPI 3.0 one it means, with
where each converted parameter was written."""

from __future__ import annotations

from typing import Any

from generator.model import ir
from generator.read.swagger2 import convert

from ..conftest import KEYWORDS, yaml_text

INFO = {"title": "S", "version": "1"}


def _swagger(**parts: Any) -> dict[str, Any]:
    return {"swagger": "2.0", "info": INFO, "paths": {}, **parts}


def test_servers_come_from_scheme_host_and_base_path() -> None:
    converted = convert(_swagger(host="api.example.com", basePath="/v2",
                                 schemes=["http", "https"])).data
    assert converted["servers"] == [{"url": "http://api.example.com/v2"}]
    assert convert(_swagger(basePath="/v2")).data["servers"] == [{"url": "/v2"}]
    assert "servers" not in convert(_swagger()).data


def test_definitions_become_components_and_refs_move_with_them() -> None:
    converted = convert(_swagger(definitions={
        "Pet": {"type": "object", "properties": {
            "owner": {"$ref": "#/definitions/Owner"},
            "nick": {"type": "string", "x-nullable": True}}},
        "Owner": {"type": "object", "example": {"$ref": "#/definitions/Pet"}}})).data
    schemas = converted["components"]["schemas"]
    assert converted["openapi"] == "3.0.3"
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["Pet"]["properties"]["nick"]["nullable"] is True
    assert schemas["Owner"]["example"] == {"$ref": "#/definitions/Pet"}  # data, left alone


def test_the_input_document_is_not_changed() -> None:
    swagger = _swagger(definitions={"A": {"$ref": "#/definitions/B"}, "B": {"type": "string"}})
    convert(swagger)
    assert swagger["definitions"]["A"] == {"$ref": "#/definitions/B"}


def test_a_body_parameter_becomes_a_request_body_in_a_json_media_type() -> None:
    operation = {"consumes": ["application/xml", "application/json"], "parameters": [
        {"name": "pet", "in": "body", "required": True, "description": "the pet",
         "schema": {"$ref": "#/definitions/Pet"}}],
        "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}
    converted = convert(_swagger(paths={"/pets": {"post": operation}})).data
    post = converted["paths"]["/pets"]["post"]
    assert post["requestBody"] == {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
        "required": True, "description": "the pet"}
    assert "parameters" not in post
    assert post["responses"]["200"]["content"] == {
        "application/json": {"schema": {"type": "string"}}}


def test_form_parameters_with_a_file_become_a_multipart_object() -> None:
    operation = {"parameters": [
        {"name": "file", "in": "formData", "type": "file", "required": True},
        {"name": "note", "in": "formData", "type": "string"}],
        "responses": {"204": {"description": "stored"}}}
    body = convert(_swagger(paths={"/up": {"post": operation}})).data[
        "paths"]["/up"]["post"]["requestBody"]
    assert body == {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary"},
                       "note": {"type": "string"}}}}}}


def test_collection_formats_become_style_and_explode() -> None:
    def query(fmt: str) -> dict[str, Any]:
        return {"name": fmt, "in": "query", "type": "array", "items": {"type": "string"},
                "collectionFormat": fmt}

    operation = {"parameters": [query("csv"), query("multi"), query("pipes"), query("ssv")],
                 "responses": {"204": {"description": "ok"}}}
    params = convert(_swagger(paths={"/a": {"get": operation}})).data[
        "paths"]["/a"]["get"]["parameters"]
    assert [(p["name"], p.get("style"), p["explode"]) for p in params] == [
        ("csv", None, False), ("multi", None, True), ("pipes", "pipeDelimited", False),
        ("ssv", "spaceDelimited", False)]
    assert params[0]["schema"] == {"type": "array", "items": {"type": "string"}}


def test_origins_point_each_converted_parameter_at_the_entry_the_user_wrote() -> None:
    item = {"parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
            "put": {"parameters": [
                {"name": "pet", "in": "body", "schema": {"type": "object"}},
                {"$ref": "#/parameters/a~1b"},
                {"name": "q", "in": "query", "type": "string"}],
                "responses": {"204": {"description": "ok"}}}}
    conversion = convert(_swagger(paths={"/pets/{id}": item}, parameters={
        "a/b": {"name": "trace", "in": "header", "type": "string"}}))
    put = conversion.data["paths"]["/pets/{id}"]["put"]
    assert [p.get("name") or p.get("$ref") for p in put["parameters"]] == [
        "id", "#/components/parameters/a~1b", "q"]
    assert conversion.origins == {
        "#/paths/~1pets~1{id}/parameters/0": "#/paths/~1pets~1{id}/parameters/0",
        "#/paths/~1pets~1{id}/put/parameters/0": "#/paths/~1pets~1{id}/parameters/0",
        "#/paths/~1pets~1{id}/put/parameters/1": "#/paths/~1pets~1{id}/put/parameters/1",
        "#/paths/~1pets~1{id}/put/parameters/2": "#/paths/~1pets~1{id}/put/parameters/2"}


def test_a_shared_body_parameter_named_with_a_slash_is_found_through_its_ref() -> None:
    operation = {"parameters": [{"$ref": "#/parameters/a~1b"}],
                 "responses": {"204": {"description": "ok"}}}
    converted = convert(_swagger(paths={"/a": {"post": operation}}, parameters={
        "a/b": {"name": "body", "in": "body", "schema": {"type": "integer"}}})).data
    assert converted["paths"]["/a"]["post"]["requestBody"]["content"] == {
        "application/json": {"schema": {"type": "integer"}}}
    assert "parameters" not in converted.get("components", {})


def test_security_definitions_become_3_0_schemes() -> None:
    schemes = convert(_swagger(securityDefinitions={
        "basic": {"type": "basic"},
        "key": {"type": "apiKey", "name": "X-Key", "in": "header", "x-other": 1},
        "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://t",
                "scopes": {"read": "r"}},
        "code": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a",
                 "tokenUrl": "https://t", "scopes": {}}})).data["components"]["securitySchemes"]
    assert schemes == {
        "basic": {"type": "http", "scheme": "basic"},
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "app": {"type": "oauth2", "flows": {"clientCredentials": {
            "tokenUrl": "https://t", "scopes": {"read": "r"}}}},
        "code": {"type": "oauth2", "flows": {"authorizationCode": {
            "scopes": {}, "authorizationUrl": "https://a", "tokenUrl": "https://t"}}}}






def test_a_swagger_2_property_named_example_holding_a_ref_is_converted(write, load) -> None:
    # the shape of Kubernetes' JSONSchemaProps: main refused it as a dangling ref
    path = write("k8s.yaml", yaml_text({
        "swagger": "2.0", "info": {"title": "K", "version": "1"}, "paths": {},
        "definitions": {
            "io.k8s.JSON": {"type": "object", "example": {"$ref": "not a ref: data"}},
            "io.k8s.JSONSchemaProps": {"type": "object", "properties": {
                name: {"$ref": "#/definitions/io.k8s.JSON"} for name in KEYWORDS}},
        }}))
    api, _ = load(path)
    props = next(d for d in api.definitions.values() if d.key.endswith("JSONSchemaProps"))
    assert isinstance(props, ir.ObjectDef)
    assert [p.wire_name for p in props.properties] == list(KEYWORDS)
    assert {p.type for p in props.properties} == {ir.MapType(ir.AnyType())}
