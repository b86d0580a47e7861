"""Corners of real specs that once crashed the generator or produced wrong code (issue 12).

Each test names what main did before the fix: a Kubernetes-style property named `example`
refused as a dangling ref, a union reaching itself through its variants ending in a
RecursionError, an `x-` key beside the status codes turned into a class name that does not
parse, properties and operations named after the builtins a class body uses, a validator
that recursed turned into a refusal, and an alias bomb measured only after it was built.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

import pytest
import yaml

from generator.diagnostics import Sink, SpecError
from generator.generate import generate
from generator.model import ir
from generator.read import metaschema as validation
from generator.read.loader import MAX_NODES, expanded_size, read_document
from generator.read.walk import nodes

KEYWORDS = ("default", "enum", "items", "type", "properties", "required", "discriminator",
            "example", "examples", "x-example", "$ref", "x-nullable", "nullable", "allOf",
            "oneOf", "const", "format", "additionalProperties", "description", "x-ext")


def _dump(spec: dict) -> str:
    return yaml.safe_dump(spec, sort_keys=False)


# -- 1: a property may be called anything ------------------------------------------------------


def test_a_swagger_2_property_named_example_holding_a_ref_is_converted(write, load) -> None:
    # the shape of Kubernetes' JSONSchemaProps: main refused it as a dangling ref
    path = write("k8s.yaml", _dump({
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


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_properties_named_like_keywords_keep_their_own_schemas(write, load, version) -> None:
    leaf = {"$ref": "#/components/schemas/Leaf"}
    path = write("spec.yaml", _dump({
        "openapi": version, "info": {"title": "K", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "Leaf": {"type": "object", "properties": {"v": {"type": "string"}}},
            "Node": {"type": "object", "required": ["$ref", "enum"],
                     "properties": {name: leaf for name in KEYWORDS}},
        }}}))
    api, _ = load(path)
    node = api.definitions["#/components/schemas/Node"]
    assert isinstance(node, ir.ObjectDef)
    assert {p.wire_name: (p.type, p.required) for p in node.properties} == {
        name: (ir.Ref("#/components/schemas/Leaf"), name in ("$ref", "enum"))
        for name in KEYWORDS}


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


# -- 2: cycles through unions and discriminators --------------------------------------------


DISCRIMINATED_CYCLE = """
openapi: 3.0.3
info: {title: D, version: "1"}
paths:
  /pets:
    get:
      operationId: getPets
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
components:
  schemas:
    Pet:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
      discriminator:
        propertyName: kind
        mapping: {cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog"}
    Cat:
      allOf:
        - $ref: "#/components/schemas/Pet"
        - {type: object, properties: {meow: {type: boolean}}}
    Dog:
      allOf:
        - $ref: "#/components/schemas/Pet"
        - {type: object, properties: {bark: {type: boolean}}}
"""


def test_a_validator_that_recurses_is_a_warning_and_the_spec_generates(write,
                                                                       monkeypatch) -> None:
    # main: "validation could not finish: RecursionError" was an error, nothing generated
    class Recursing:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def iter_errors(self) -> Iterator[object]:
            raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(validation, "validator_for", lambda version, precise=False: Recursing)
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    result = generate(write("spec.yaml", DISCRIMINATED_CYCLE), "pets")
    [warning] = [d for d in result.diagnostics if d.code == "validation-unfinished"]
    assert warning.severity == "warning"
    assert result.operations == 1 and "pets/models/__init__.py" in result.files


# -- 7: an alias bomb is measured before it is built --------------------------------------------


def _alias_bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["openapi: 3.0.3", "x-bomb:",
             "  a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"  a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_before_any_python_object_is_built(write,
                                                                   monkeypatch) -> None:
    # main built the (shared) lists, then walked 5 million of them: 7-13 s before refusing
    from generator.read import loader

    built: list[object] = []
    monkeypatch.setattr(loader._SpecLoader, "construct_document",
                        lambda self, node: built.append(node))
    path = write("bomb.yaml", _alias_bomb())
    tracemalloc.start()
    try:
        with pytest.raises(SpecError) as info:
            read_document(path, Sink())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.code for d in info.value.diagnostics] == ["too-many-nodes"]
    assert built == []
    assert peak < 2 * 1024 * 1024


def test_the_expanded_size_counts_every_use_of_an_anchor() -> None:
    node = yaml.compose("a: &a [[1], [2]]\nb: [*a, *a, *a]\n")
    assert expanded_size(node) == 1 + 3 + 1 + 3 * 3


def test_a_recursive_alias_is_refused(write) -> None:
    path = write("loop.yaml", "openapi: 3.0.3\nx-loop: &loop [1, *loop]\n")
    assert expanded_size(yaml.compose(path.read_text())) > MAX_NODES
    with pytest.raises(SpecError) as info:
        read_document(path, Sink())
    assert [d.code for d in info.value.diagnostics] == ["too-many-nodes"]


# -- 5: OpenAPI 3.2 ------------------------------------------------------------------------------

OPENAPI_32 = """
openapi: 3.2.0
info: {title: V, version: "1"}
paths:
  /search:
    get:
      operationId: search
      parameters:
        - name: filter
          in: querystring
          required: true
          content:
            application/x-www-form-urlencoded:
              schema:
                type: object
                properties:
                  term: {type: string}
                  limit: {type: integer}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {type: string}}}}
    query:
      operationId: querySearch
      requestBody:
        content: {application/json: {$ref: "#/components/mediaTypes/Terms"}}
      responses:
        "200":
          description: ok
          content: {application/json: {$ref: "#/components/mediaTypes/Terms"}}
    additionalOperations:
      LINK:
        operationId: linkSearch
        responses:
          "204": {description: linked}
  /events:
    get:
      operationId: events
      responses:
        "200":
          description: a stream
          content:
            text/event-stream:
              itemSchema: {type: object, properties: {data: {type: string}}}
components:
  mediaTypes:
    Terms:
      schema: {$ref: "#/components/schemas/Terms"}
  schemas:
    Terms:
      type: object
      properties: {terms: {type: array, items: {type: string}}}
"""


def test_openapi_32_is_read_with_its_new_operations_and_parameters(package) -> None:
    # main: refused as "not an OpenAPI 3.0 or 3.1 document"
    import httpx

    pkg = package("v32", OPENAPI_32)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "LINK":
            return httpx.Response(204)
        if request.method == "QUERY":
            return httpx.Response(200, json={"terms": ["x"]})
        return httpx.Response(200, json=["a"])

    client = pkg.Client(base_url="http://api.test", max_retries=0,
                        http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.default.search(filter=pkg.models.SearchFilter(term="a b", limit=2)) == ["a"]
    assert seen[-1].url.query == b"term=a+b&limit=2"
    found = client.default.query_search(body=pkg.models.Terms(terms=["x"]))
    assert found == pkg.models.Terms(terms=["x"])
    assert (seen[-1].method, seen[-1].content) == ("QUERY", b'{"terms":["x"]}')
    assert client.default.link_search() is None and seen[-1].method == "LINK"


def test_openapi_32_keywords_not_expressed_are_warnings_with_pointers(write, load) -> None:
    _, sink = load(write("spec.yaml", OPENAPI_32))
    assert [(d.code, d.pointer) for d in sink.items if d.severity == "warning"] == [
        ("unsupported-3.2",
         "#/paths/~1events/get/responses/200/content/text~1event-stream/itemSchema")]


def test_a_32_parameter_location_is_still_validated(write, load) -> None:
    with pytest.raises(SpecError) as info:
        load(write("spec.yaml", OPENAPI_32.replace("in: querystring", "in: querystrings")))
    assert any("querystrings" in d.message for d in info.value.diagnostics)


# -- 6: documents without info or paths ------------------------------------------------------------


@pytest.mark.parametrize("head", ["openapi: 3.0.3", 'swagger: "2.0"', "openapi: 3.1.0"])
def test_a_models_only_document_generates_with_a_warning(package, write, head, tmp_path,
                                                        monkeypatch) -> None:
    # main: refused ("'info' is a required property")
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    key = "definitions" if "swagger" in head else "components:\n  schemas"
    text = f"{head}\n{key}:\n    A: {{type: object, properties: {{x: {{type: string}}}}}}\n"
    pkg = package("models_only", text)
    assert pkg.models.A(x="y").to_dict() == {"x": "y"}
    result = generate(write("again.yaml", text), "models_only")
    assert "missing-info" in {d.code for d in result.warnings}


# -- later: a missing file -----------------------------------------------------------------------


def test_a_missing_file_is_named_by_its_path_not_only_its_name(write) -> None:
    # prance's issue_78 spec: "does not exist: _schemas.json" although that file was there
    write("sub/_schemas.json", '{"Body": {"type": "object"}}')
    spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Body: {$ref: "nested/sub/_schemas.json#/Body"}
    """)
    with pytest.raises(SpecError) as info:
        generate(spec, "refs")
    [error] = info.value.diagnostics
    assert error.message.endswith("does not exist: nested/sub/_schemas.json")


