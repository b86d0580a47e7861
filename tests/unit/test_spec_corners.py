"""Corners of real specs that once crashed the generator or produced wrong code (issue 12).

Each test names what main did before the fix: a union reaching itself through its variants
ending in a RecursionError, an `x-` key beside the status codes turned into a class name that
does not parse, properties and operations named after the builtins a class body uses. (The
corners of the read stage are in tests/unit/read/.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.generate import generate
from generator.model import ir
from generator.project.write import write_trees

KEYWORDS = ("default", "enum", "items", "type", "properties", "required", "discriminator",
            "example", "examples", "x-example", "$ref", "x-nullable", "nullable", "allOf",
            "oneOf", "const", "format", "additionalProperties", "description", "x-ext")


def _dump(spec: dict) -> str:
    return yaml.safe_dump(spec, sort_keys=False)


# -- 1: a property may be called anything ------------------------------------------------------


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


# -- 2: cycles through unions and discriminators --------------------------------------------

UNION_CYCLE = """
openapi: 3.1.0
info: {title: Cycles, version: "1"}
paths: {}
components:
  schemas:
    Expr:
      oneOf:
        - type: string
        - type: array
          items: {$ref: "#/components/schemas/Expr"}
        - $ref: "#/components/schemas/Wrap"
    Wrap:
      type: object
      properties:
        inner: {$ref: "#/components/schemas/Expr"}
    Shape:
      oneOf:
        - $ref: "#/components/schemas/Circle"
        - $ref: "#/components/schemas/Group"
      discriminator:
        propertyName: kind
        mapping:
          circle: "#/components/schemas/Circle"
          group: "#/components/schemas/Group"
          many: "#/components/schemas/Shapes"
    Shapes:
      oneOf:
        - $ref: "#/components/schemas/Shape"
        - type: array
          items: {$ref: "#/components/schemas/Shapes"}
    Circle:
      type: object
      properties:
        kind: {const: circle}
    Group:
      type: object
      properties:
        kind: {const: group}
        children: {$ref: "#/components/schemas/Shapes"}
"""


def test_unions_that_reach_themselves_generate_and_decode(package) -> None:
    # main: RecursionError while writing the union's codec
    models = package("cycles", UNION_CYCLE).models
    wrap = models.Wrap.from_dict({"inner": ["a", ["b"], {"inner": "c"}]})
    assert wrap.inner == ["a", ["b"], {"inner": "c"}]
    assert models.Wrap.from_dict({"inner": {"inner": "x"}}).inner == models.Wrap(inner="x")
    group = models.Group.from_dict({"kind": "group", "children": {"kind": "circle"}})
    assert group.children == models.Circle(kind="circle")
    assert group.to_dict() == {"kind": "group", "children": {"kind": "circle"}}


def test_two_variants_claiming_one_discriminator_value_is_a_warning(write, load) -> None:
    path = write("spec.yaml", """
        openapi: 3.1.0
        info: {title: D, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              oneOf:
                - $ref: "#/components/schemas/Cat"
                - $ref: "#/components/schemas/Dog"
              discriminator: {propertyName: kind}
            Cat:
              type: object
              properties: {kind: {const: pet}, friend: {$ref: "#/components/schemas/Pet"}}
            Dog:
              type: object
              properties: {kind: {const: pet}}
    """)
    api, sink = load(path)
    [warning] = [d for d in sink.items if d.code == "duplicate-discriminator"]
    assert warning.pointer == "#/components/schemas/Pet/discriminator"
    pet = api.definitions["#/components/schemas/Pet"]
    assert isinstance(pet, ir.UnionDef)
    assert pet.union.mapping == (("pet", ir.Ref("#/components/schemas/Cat")),)


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


def test_the_real_discriminated_allof_cycle_generates(write) -> None:
    result = generate(write("spec.yaml", DISCRIMINATED_CYCLE), "pets")
    assert result.operations == 1
    assert {"Cat", "Dog", "Pet"} <= {
        n.name for path, text in result.files.items() if path.startswith("pets/models/")
        for n in ast.parse(text).body if isinstance(n, ast.ClassDef)}


# -- 3 and 4: names the generated code uses, and extensions beside status codes ----------------

NAMES = """
openapi: 3.0.3
info: {title: Names, version: "1"}
paths:
  /a:
    get:
      operationId: list
      tags: [pets]
      parameters: [{name: ids, in: query, schema: {type: array, items: {type: integer}}}]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {type: string}}}}
        x-extra:
          description: an extension, not a response
          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
    post:
      operationId: property
      tags: [pets]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
  /b:
    put:
      operationId: str
      tags: [pets]
      parameters: [{name: x, in: query, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: string}}}}
    post:
      operationId: dict
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {type: object, additionalProperties: {type: integer}}}
components:
  schemas:
    Thing:
      type: object
      properties:
        classmethod: {type: string}
        property: {type: string}
        staticmethod: {type: string}
        dict: {type: string}
        list: {type: integer}
"""


def test_properties_named_after_class_body_builtins_import(package) -> None:
    # main: TypeError: 'Unset' object is not callable, on import
    models = package("names", NAMES).models
    thing = models.Thing.from_dict({"classmethod": "c", "property": "p", "staticmethod": "s"})
    assert (thing.classmethod_, thing.property_, thing.staticmethod_) == ("c", "p", "s")
    assert thing.to_dict() == {"classmethod": "c", "property": "p", "staticmethod": "s"}


def test_an_extension_beside_status_codes_is_not_a_response(write) -> None:
    # main: class GetAErrorx-extra(...), which does not parse
    result = generate(write("spec.yaml", NAMES), "names")
    for name, text in result.files.items():
        if name.endswith(".py"):
            ast.parse(text)
    assert "x-extra" not in result.files["names/resources/pets.py"]


def test_names_package_passes_mypy_strict(tmp_path: Path, write) -> None:
    out = tmp_path / "out"
    write_trees({out: generate(write("spec.yaml", NAMES), "names").files})
    spec = write("cycles.yaml", UNION_CYCLE)
    write_trees({tmp_path / "out2": generate(spec, "cycles").files})
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           "-p", "names", "-p", "cycles"], capture_output=True, text=True,
                          cwd=tmp_path, env={"MYPYPATH": f"{out}:{tmp_path / 'out2'}",
                                             "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout[-3000:]


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


# -- 2 (continued): long chains cost a loop, not a stack frame per schema ------------------------


def _chain(kind: str, length: int = 400) -> dict:
    ref = "#/components/schemas/A{}"
    make = {
        "object": lambda i: {"type": "object", "properties": {"next": {"$ref": ref.format(i + 1)}}},
        "union": lambda i: {"oneOf": [{"$ref": ref.format(i + 1)}, {"type": "integer"}]},
        "array": lambda i: {"type": "array", "items": {"$ref": ref.format(i + 1)}},
    }[kind]
    schemas = {f"A{i}": make(i) for i in range(length)}
    schemas[f"A{length}"] = {"type": "object", "properties": {"v": {"type": "string"}}}
    schemas["User"] = {"type": "object", "properties": {"a": {"$ref": ref.format(0)}}}
    return {"openapi": "3.0.3", "info": {"title": "C", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}}


def test_a_chain_of_400_objects_is_modelled(write, load) -> None:
    # main: RecursionError (rendering 400 models is left out: it only costs time)
    api, _ = load(write("spec.yaml", _dump(_chain("object"))))
    assert len(api.definitions) == 402


@pytest.mark.parametrize("kind", ["union", "array"])
def test_a_chain_of_400_unions_or_arrays_generates(write, kind: str) -> None:
    # main: RecursionError for each kind
    result = generate(write("spec.yaml", _dump(_chain(kind))), "chain")
    for path, text in result.files.items():
        if path.endswith(".py"):
            ast.parse(text)
    deep = [d for d in result.warnings if d.code == "deep-alias-chain"]
    assert bool(deep) == (kind == "array")


# -- 1 and 2 in the diff: keyword-named properties and unions of several objects -----------------


def _diff(write, old: dict, new: dict) -> list[tuple[str, str]]:
    from generator.diff import compare as diff

    changes = diff.diff_specs(write("old.yaml", _dump(old)), write("new.yaml", _dump(new)))
    return [(c.kind, c.pointer) for c in changes]


def _pets(extra: dict) -> dict:
    return {"openapi": "3.1.0", "info": {"title": "P", "version": "1"}, "paths": {},
            "components": {"schemas": {
                "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"},
                                  {"$ref": "#/components/schemas/Dog"}]},
                "Owner": {"type": "object", "properties": {
                    "pet": {"$ref": "#/components/schemas/Pet"}}},
                "Cat": {"type": "object", "properties": {"meow": {"type": "boolean"}, **extra}},
                "Dog": {"type": "object", "properties": {"bark": {"type": "boolean"}}}}}}


def test_a_union_of_objects_diffs_each_variant_against_itself(write) -> None:
    # main: Cat was compared with Dog (both `object`): "property `meow` removed", twice over
    assert _diff(write, _pets({}), _pets({})) == []
    assert _diff(write, _pets({}), _pets({"$ref": {"type": "string"}})) == [
        ("property-added", "#/components/schemas/Cat/properties/$ref")]


def test_a_property_named_like_a_keyword_is_diffed_as_a_property(write) -> None:
    old = _pets({"example": {"type": "string"}, "default": {"type": "string"}})
    new = _pets({"example": {"type": "integer"}})
    assert sorted(_diff(write, old, new)) == [
        ("property-removed", "#/components/schemas/Cat/properties/default"),
        ("type-changed", "#/components/schemas/Cat/properties/example")]


def test_a_union_listing_itself_among_its_variants_is_flattened(write, load) -> None:
    # main: `A = A | str | B`, an alias mypy refuses ("a union item of itself")
    api, _ = load(write("spec.yaml", """
        openapi: 3.1.0
        info: {title: S, version: "1"}
        paths: {}
        components:
          schemas:
            A:
              oneOf:
                - $ref: "#/components/schemas/A"
                - type: string
                - $ref: "#/components/schemas/B"
            B:
              anyOf: [{$ref: "#/components/schemas/A"}, {type: integer}]
            Loop:
              oneOf: [{$ref: "#/components/schemas/Loop"}, {$ref: "#/components/schemas/Loop"}]
    """))
    a, b = api.definitions["#/components/schemas/A"], api.definitions["#/components/schemas/B"]
    assert isinstance(a, ir.UnionDef) and isinstance(b, ir.UnionDef)
    assert a.union.variants == (ir.Primitive("string"), ir.Primitive("integer"))
    assert b.union.variants == (ir.Ref("#/components/schemas/A"), ir.Primitive("integer"))


def test_additional_methods_that_differ_only_in_case_are_one_operation(write, load) -> None:
    """The client sends a method upper-cased, so `link` after `LINK` would be a second
    method of one name (it once replaced the first's in the naming pass)."""
    path = write("spec.yaml", """
        openapi: 3.2.0
        info: {title: Links, version: "1"}
        paths:
          /a:
            additionalOperations:
              LINK: {operationId: linkUpper, responses: {"204": {description: ok}}}
              link: {operationId: linkLower, responses: {"204": {description: ok}}}
    """)
    api, sink = load(path)
    assert [(op.method, op.operation_id) for op in api.operations] == [("LINK", "linkUpper")]
    assert [(d.code, d.pointer) for d in sink.warnings] == [
        ("bad-method", "#/paths/~1a/additionalOperations/link")]
