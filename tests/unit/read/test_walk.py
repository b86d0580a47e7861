"""generator.read.walk: every mapping at a keyword position, with its pointer; names and
literal data told apart by where they stand."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Sink
from generator.model.resolve import load_api
from generator.read.walk import nodes


def _pointers(doc: Any) -> list[str]:
    return [ptr for _, ptr in nodes(doc)]


def test_nodes_come_depth_first_in_order_with_escaped_pointers() -> None:
    doc = {"paths": {"/a/{id}": {"get": {"parameters": [{"name": "id"}, {"name": "q"}]}}},
           "info": {"title": "T"}}
    assert _pointers(doc) == ["#", "#/paths/~1a~1{id}", "#/paths/~1a~1{id}/get",
                              "#/paths/~1a~1{id}/get/parameters/0",
                              "#/paths/~1a~1{id}/get/parameters/1", "#/info"]


def test_a_name_map_itself_is_not_a_keyword_node_but_its_entries_are() -> None:
    doc = {"properties": {"enum": {"type": "string"}, "x-a": {"type": "integer"}}}
    assert _pointers(doc) == ["#", "#/properties/enum", "#/properties/x-a"]


def test_literal_data_and_extensions_at_keyword_positions_are_not_entered() -> None:
    data = {"$ref": "#/not/a/ref"}
    doc = {"type": "object", "default": data, "example": data, "examples": [data],
           "enum": [data], "const": data, "x-example": data, "x-vendor": data}
    assert _pointers(doc) == ["#"]


def test_extensions_beside_paths_and_status_codes_are_skipped_but_not_beside_schemas() -> None:
    data = {"$ref": "#/data"}
    doc = {"paths": {"x-ext": data, "/a": {"get": {"responses": {"x-ext": data, "200": {}}}}},
           "definitions": {"x-named": data}}
    assert _pointers(doc) == ["#", "#/paths/~1a", "#/paths/~1a/get",
                              "#/paths/~1a/get/responses/200", "#/definitions/x-named"]


def test_discriminator_mappings_and_oauth_scopes_are_names_not_keywords() -> None:
    # their keys are a discriminator's values and scopes' names: `$ref` there is no reference
    doc = {"discriminator": {"propertyName": "kind", "mapping": {"$ref": "#/a"}},
           "flows": {"implicit": {"scopes": {"$ref": "read everything"}}}}
    found = [ptr for node, ptr in nodes(doc) if "$ref" in node]
    assert found == []


def test_a_scope_called_ref_is_not_followed_as_a_reference(write) -> None:
    # once walked as a keyword node: "$ref names a file that does not exist: read everything"
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths: {}
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: https://auth.example.com/token
                  scopes: {$ref: read everything}
    """)
    sink = Sink()
    load_api(path, sink)
    assert sink.errors == []


def test_a_document_nested_deeper_than_the_stack_is_walked() -> None:
    doc: dict[str, Any] = {"type": "string"}
    for _ in range(5000):
        doc = {"type": "array", "items": doc}
    assert len(_pointers(doc)) == 5001
    assert _pointers(doc)[-1] == "#" + "/items" * 5000


def test_the_walker_enters_name_maps_and_skips_literal_data() -> None:
    doc = {"definitions": {"example": {"properties": {"default": {"$ref": "#/a"},
                                                      "x-y": {"$ref": "#/b"}},
                                       "default": {"$ref": "#/data"},
                                       "example": {"$ref": "#/data"},
                                       "x-ext": {"$ref": "#/data"}}},
           "paths": {"x-ext": {"$ref": "#/data"}, "/a": {"get": {"responses": {
               "x-ext": {"$ref": "#/data"}, "default": {"$ref": "#/r"}}}}}}
    refs = sorted(ptr for node, ptr in nodes(doc) if "$ref" in node)
    assert refs == ["#/definitions/example/properties/default",
                    "#/definitions/example/properties/x-y",
                    "#/paths/~1a/get/responses/default"]
