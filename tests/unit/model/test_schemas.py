"""generator.model.schemas (through generator.model.resolve.load_api): JSON Schema to IR types."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from generator.model import ir
from generator.names.assign import Names

from ..conftest import KEYWORDS, schema_chain, yaml_text

S = "#/components/schemas/"

SPEC_30 = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: string, format: uuid}
        kind: {type: string, description: from base}
    Cat:
      description: A cat.
      allOf:
        - $ref: "#/components/schemas/Base"
        - type: object
          required: [meow]
          properties:
            meow: {type: boolean}
            kind: {type: string, description: from cat}
      properties:
        lives: {type: integer}
      required: [lives]
    Dog:
      type: object
      required: [petType, ghost]
      properties:
        petType: {type: string}
        bark: {type: string, nullable: true}
        owner:
          description: The owner of the dog
          allOf:
            - $ref: "#/components/schemas/Base"
        address:
          type: object
          properties:
            street: {type: string}
            geo:
              type: object
              properties:
                lat: {type: number}
        tags:
          type: array
          items:
            type: object
            properties:
              label: {type: string}
        size:
          type: string
          enum: [small, large]
        nullableRef:
          nullable: true
          allOf:
            - $ref: "#/components/schemas/Base"
    Pet:
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
      discriminator:
        propertyName: petType
        mapping:
          cat: "#/components/schemas/Cat"
          doggo: "#/components/schemas/Dog"
    PetNoMapping:
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
      discriminator:
        propertyName: petType
    Node:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        parent: {$ref: "#/components/schemas/Node"}
        index:
          type: object
          additionalProperties: {$ref: "#/components/schemas/Node"}
    A:
      type: object
      properties:
        b: {$ref: "#/components/schemas/B"}
    B:
      type: object
      properties:
        a: {$ref: "#/components/schemas/A"}
        c: {$ref: "#/components/schemas/C"}
    C:
      type: object
      properties:
        a: {$ref: "#/components/schemas/A"}
    Status:
      type: string
      enum: [PENDING, APPROVED, null]
      nullable: true
    Level:
      type: integer
      enum: [1, 2, 3]
    Names:
      type: array
      items: {type: string}
"""

SPEC_31 = """
openapi: 3.1.0
info: {title: Things, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      required: [name, missing_one]
      properties:
        name: {type: [string, "null"]}
        legacy: {type: string, nullable: true}
        maybe:
          oneOf:
            - type: integer
            - type: "null"
        either:
          anyOf:
            - {$ref: "#/components/schemas/Other"}
            - {type: "null"}
        plain: {type: string}
        many: {type: [string, integer]}
        anything: {}
    Other:
      type: object
      properties:
        x: {type: integer}
"""


@pytest.fixture
def api30(write, load) -> tuple[ir.Api, object]:
    return load(write("spec30.yaml", SPEC_30))


@pytest.fixture
def api31(write, load) -> tuple[ir.Api, object]:
    return load(write("spec31.yaml", SPEC_31))


def props(api: ir.Api, key: str) -> dict[str, ir.Property]:
    definition = api.definitions[key]
    assert isinstance(definition, ir.ObjectDef), definition
    return {p.wire_name: p for p in definition.properties}


def test_allof_merges_properties_and_required_from_every_part(api30) -> None:
    api, _ = api30
    cat = api.definitions[S + "Cat"]
    assert isinstance(cat, ir.ObjectDef)
    assert cat.description == "A cat."
    assert [p.wire_name for p in cat.properties] == ["id", "kind", "meow", "lives"]
    fields = props(api, S + "Cat")
    assert fields["id"].type == ir.Primitive("string", "uuid")
    assert {n for n, p in fields.items() if p.required} == {"id", "meow", "lives"}
    assert fields["kind"].description == "from cat"


def test_allof_with_one_ref_and_a_sibling_description_is_that_ref(api30) -> None:
    api, _ = api30
    owner = props(api, S + "Dog")["owner"]
    assert owner.type == ir.Ref(S + "Base")
    assert owner.description == "The owner of the dog"
    assert S + "Dog/properties/owner" not in api.definitions


def test_nullable_allof_ref_in_30(api30) -> None:
    api, _ = api30
    assert props(api, S + "Dog")["nullableRef"].type == ir.Nullable(ir.Ref(S + "Base"))


def test_oneof_with_discriminator_mapping(api30) -> None:
    api, _ = api30
    pet = api.definitions[S + "Pet"]
    assert isinstance(pet, ir.UnionDef)
    assert pet.union.variants == (ir.Ref(S + "Cat"), ir.Ref(S + "Dog"))
    assert pet.union.discriminator == "petType"
    assert dict(pet.union.mapping) == {"cat": ir.Ref(S + "Cat"), "doggo": ir.Ref(S + "Dog")}
    [op] = api.operations
    assert op.responses[0].type == ir.Ref(S + "Pet")


def test_discriminator_without_mapping_maps_schema_names(api30) -> None:
    api, _ = api30
    union = api.definitions[S + "PetNoMapping"]
    assert isinstance(union, ir.UnionDef)
    assert union.union.discriminator == "petType"
    assert dict(union.union.mapping) == {"Cat": ir.Ref(S + "Cat"), "Dog": ir.Ref(S + "Dog")}


def test_nullable_30_form(api30) -> None:
    api, _ = api30
    assert props(api, S + "Dog")["bark"].type == ir.Nullable(ir.Primitive("string"))
    assert props(api, S + "Dog")["petType"].type == ir.Primitive("string")


def test_nullable_31_forms(api31) -> None:
    api, _ = api31
    fields = props(api, S + "Thing")
    assert fields["name"].type == ir.Nullable(ir.Primitive("string"))
    assert fields["maybe"].type == ir.Nullable(ir.Primitive("integer"))
    assert fields["either"].type == ir.Nullable(ir.Ref(S + "Other"))
    assert fields["plain"].type == ir.Primitive("string")
    assert fields["anything"].type == ir.AnyType()
    assert isinstance(fields["many"].type, ir.UnionType)
    assert set(fields["many"].type.variants) == {ir.Primitive("string"), ir.Primitive("integer")}


def test_30_style_nullable_in_a_31_spec_is_honoured_with_a_warning(api31) -> None:
    api, sink = api31
    assert props(api, S + "Thing")["legacy"].type == ir.Nullable(ir.Primitive("string"))
    warned = [d for d in sink.warnings if d.code == "nullable-in-31"]
    assert [d.pointer for d in warned] == [S + "Thing/properties/legacy"]
    assert warned[0].file.endswith("spec31.yaml")


def test_nullable_in_30_gives_no_warning(api30) -> None:
    _, sink = api30
    assert not [d for d in sink.warnings if d.code == "nullable-in-31"]


def test_required_naming_a_missing_property_warns_with_its_pointer(api30, api31) -> None:
    api, sink = api30
    [warning] = [d for d in sink.warnings if d.code == "required-not-a-property"]
    assert warning.pointer == S + "Dog"
    assert "ghost" in warning.message
    assert "ghost" not in props(api, S + "Dog")
    assert props(api, S + "Dog")["petType"].required is True
    _, sink31 = api31
    [warning31] = [d for d in sink31.warnings if d.code == "required-not-a-property"]
    assert warning31.pointer == S + "Thing"
    assert "missing_one" in warning31.message


def test_recursive_schema_terminates_as_a_ref(api30) -> None:
    api, _ = api30
    node = props(api, S + "Node")
    assert node["children"].type == ir.ArrayType(ir.Ref(S + "Node"))
    assert node["parent"].type == ir.Ref(S + "Node")
    assert node["index"].type == ir.MapType(ir.Ref(S + "Node"))


def test_mutually_recursive_schemas_terminate_as_refs(api30) -> None:
    api, _ = api30
    assert props(api, S + "A")["b"].type == ir.Ref(S + "B")
    assert props(api, S + "B")["a"].type == ir.Ref(S + "A")
    assert props(api, S + "B")["c"].type == ir.Ref(S + "C")
    assert props(api, S + "C")["a"].type == ir.Ref(S + "A")


def test_self_referencing_array_alias_terminates_with_a_warning(write, load) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Tree:
              type: array
              items: {$ref: "#/components/schemas/Tree"}
    """)
    api, sink = load(path)
    assert [d.code for d in sink.warnings] == ["recursive-alias"]
    assert sink.warnings[0].pointer == S + "Tree"
    assert api.definitions == {}


def test_inline_objects_are_named_from_where_they_stand(api30) -> None:
    api, _ = api30
    names = Names(api).classes
    assert names[S + "Dog/properties/address"] == "DogAddress"
    assert names[S + "Dog/properties/address/properties/geo"] == "DogAddressGeo"
    assert names[S + "Dog/properties/tags/items"] == "DogTagsItem"
    assert names[S + "Dog/properties/size"] == "DogSize"
    assert props(api, S + "Dog")["address"].type == ir.Ref(S + "Dog/properties/address")
    assert props(api, S + "Dog")["tags"].type == \
        ir.ArrayType(ir.Ref(S + "Dog/properties/tags/items"))


def test_inline_names_are_stable_between_runs(write, load) -> None:
    first_api, _ = load(write("one/spec.yaml", SPEC_30))
    second_api, _ = load(write("two/spec.yaml", SPEC_30))
    first = Names(first_api).classes
    second = Names(second_api).classes
    assert first == second
    assert list(first_api.definitions) == list(second_api.definitions)


def test_enums(api30) -> None:
    api, _ = api30
    status = api.definitions[S + "Status"]
    assert isinstance(status, ir.EnumDef)
    assert status.values == ("PENDING", "APPROVED")
    assert status.value_kind == "string"
    level = api.definitions[S + "Level"]
    assert isinstance(level, ir.EnumDef)
    assert level.values == (1, 2, 3)
    assert level.value_kind == "integer"


def test_plain_array_component_is_not_a_definition(api30) -> None:
    api, _ = api30
    assert S + "Names" not in api.definitions


def _refs_in(t: object, found: list[ir.Ref]) -> None:
    if isinstance(t, ir.Ref):
        found.append(t)
    elif isinstance(t, ir.ArrayType):
        _refs_in(t.items, found)
    elif isinstance(t, ir.MapType):
        _refs_in(t.values, found)
    elif isinstance(t, ir.Nullable):
        _refs_in(t.inner, found)
    elif isinstance(t, ir.UnionType):
        for variant in t.variants:
            _refs_in(variant, found)


def test_every_ref_in_the_ir_names_a_definition(api30, api31) -> None:
    for api, _ in (api30, api31):
        found: list[ir.Ref] = []
        for definition in api.definitions.values():
            if isinstance(definition, ir.ObjectDef):
                for p in definition.properties:
                    _refs_in(p.type, found)
            elif isinstance(definition, ir.UnionDef):
                _refs_in(definition.union, found)
        assert found
        assert all(ref.key in api.definitions for ref in found)


def test_spec_in_json_loads_the_same_as_yaml(write, load, tmp_path: Path) -> None:
    import json

    import yaml

    data = yaml.safe_load(SPEC_30)
    yaml_api, _ = load(write("y/spec.yaml", SPEC_30))
    json_api, _ = load(write("j/spec.json", json.dumps(data)))
    assert json_api.definitions == yaml_api.definitions
    assert [op.operation_id for op in json_api.operations] == ["listPets"]


def test_31_discriminator_without_mapping_uses_the_const_values(package) -> None:
    """Was a bug: with no mapping, variants were keyed by schema name (Cat, Dog) while the
    wire carries the const values (cat, dog), so every pet decoded as the first variant."""
    variant = {"type": "object", "required": ["kind", "name"],
               "properties": {"name": {"type": "string"}}}
    spec = {
        "openapi": "3.1.0", "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"get": {"operationId": "listPets", "tags": ["pets"], "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}},
        "components": {"schemas": {
            "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"},
                              {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind"}},
            "Cat": {**variant, "properties": {**variant["properties"],
                                              "kind": {"const": "cat"}}},
            "Dog": {**variant, "properties": {**variant["properties"],
                                              "kind": {"const": "dog"},
                                              "barkVolume": {"type": "integer"}}},
        }},
    }
    package("const_pets", yaml.safe_dump(spec))
    group = importlib.import_module("const_pets.resources.pets")
    codec = group._LIST_PETS_RESPONSES["200"][1]
    decoded = codec.decode([{"kind": "dog", "name": "Rex", "barkVolume": 5},
                            {"kind": "cat", "name": "Tom"}], False, "$")
    assert [type(p).__name__ for p in decoded] == ["Dog", "Cat"]


# -- corners of real specs (issue 12): discriminators, long chains, self-unions ----------------
# A `main:` comment says what the generator did before the fix.


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


def test_a_chain_of_400_objects_is_modelled(write, load) -> None:
    # main: RecursionError (rendering 400 models is left out: it only costs time)
    api, _ = load(write("spec.yaml", yaml_text(schema_chain("object"))))
    assert len(api.definitions) == 402


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


# -- a property may be called anything (moved from test_spec_corners) ---------------------------



@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_properties_named_like_keywords_keep_their_own_schemas(write, load, version) -> None:
    leaf = {"$ref": "#/components/schemas/Leaf"}
    path = write("spec.yaml", yaml_text({
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


def test_items_given_as_a_list_is_an_array_of_any_of_the_listed_schemas(write, load) -> None:
    # main: `items: [A, B]` (draft 4's tuple) was "schema is not an object", a list of Any
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Pair: {type: array, items: [{type: string}, {type: integer}, {type: string}]}
            Loose: {type: array, items: [{type: string}, {}]}
            Empty: {type: array, items: []}
    """)
    api, sink = load(path)
    types = {s.name: s.type for s in api.schemas}
    assert types["Pair"] == ir.ArrayType(ir.UnionType((ir.Primitive("string"),
                                                       ir.Primitive("integer"))))
    assert types["Loose"] == types["Empty"] == ir.ArrayType(ir.AnyType())
    assert "schema-not-object" not in {d.code for d in sink.warnings}
    assert {d.code for d in sink.warnings} == {"items-list"}


def test_a_discriminator_mapping_may_name_a_schema_instead_of_a_ref(write, load) -> None:
    # main: refused ("$ref names a file that does not exist: Cat"); OpenAPI allows either
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
              discriminator:
                propertyName: kind
                mapping: {cat: Cat, dog: "#/components/schemas/Dog"}
            Cat: {type: object, properties: {kind: {type: string}}}
            Dog: {type: object, properties: {kind: {type: string}}}
    """)
    api, _ = load(path)
    pet = api.definitions[S + "Pet"]
    assert isinstance(pet, ir.UnionDef)
    assert dict(pet.union.mapping) == {"cat": ir.Ref(S + "Cat"), "dog": ir.Ref(S + "Dog")}


def _all_of_ladder(rungs: int) -> dict:
    """`A0` merges `B0` and `C0`, which both merge `A1`, ... down to `A{rungs}`: each
    schema is reached through 2**depth paths of allOf."""
    ref = "#/components/schemas/{}"
    schemas: dict = {}
    for i in range(rungs):
        schemas[f"A{i}"] = {"allOf": [{"$ref": ref.format(f"B{i}")}, {"$ref": ref.format(f"C{i}")}],
                            "properties": {f"a{i}": {"type": "string"}}}
        for side in "BC":
            schemas[f"{side}{i}"] = {"allOf": [{"$ref": ref.format(f"A{i + 1}")}],
                                     "properties": {f"{side.lower()}{i}": {"type": "string"}}}
    schemas[f"A{rungs}"] = {"type": "object", "properties": {"end": {"type": "integer"}}}
    return {"openapi": "3.0.3", "info": {"title": "L", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}}


def test_a_schema_an_allof_reaches_twice_is_merged_once(write, load, monkeypatch) -> None:
    """A and A is A: a diamond of allOf (or a loop, read/refs.py) adds a schema once, where
    first met. Merged once per path, a ladder of diamonds cost 2**rungs (main: 4096 schemas
    merged for A0 alone)."""
    from generator.read.refs import Resolver

    follow = Resolver.follow
    calls = []

    def counted(self: Resolver, here):  # type: ignore[no-untyped-def]
        calls.append(here.pointer)
        return follow(self, here)

    monkeypatch.setattr(Resolver, "follow", counted)
    api, sink = load(write("spec.yaml", yaml_text(_all_of_ladder(12))))
    top = api.definitions[S + "A0"]
    assert isinstance(top, ir.ObjectDef)
    assert [p.wire_name for p in top.properties][:4] == ["end", "b11", "c11", "a11"]
    assert len(top.properties) == 3 * 12 + 1
    assert len(calls) < 2000  # 37 definitions, each merging what it reaches once
    assert sink.warnings == []


def test_a_long_allof_chain_is_merged_without_recursion(write) -> None:
    """Each schema of 1,500 merges the next: a loop, not a stack frame per schema (Python
    stops at 1,000)."""
    from generator.diagnostics import Sink
    from generator.model.schemas import SchemaConverter
    from generator.read.loader import read_document
    from generator.read.refs import Resolver

    ref = "#/components/schemas/A{}"
    schemas = {f"A{i}": {"allOf": [{"$ref": ref.format(i + 1)}, {"properties": {f"p{i}": {}}}]}
               for i in range(1500)}
    schemas["A1500"] = {"type": "object", "properties": {"end": {"type": "integer"}}}
    spec = {"openapi": "3.0.3", "components": {"schemas": schemas}}
    sink = Sink()
    resolver = Resolver(read_document(write("spec.yaml", yaml_text(spec)), sink), sink)
    resolver.check_all()  # the reader walks the allOf too
    converter = SchemaConverter(resolver, "3.0.3")
    top = converter.named(resolver.at_root(S + "A0"))
    definition = converter.definitions[top.key]  # type: ignore[union-attr]
    assert isinstance(definition, ir.ObjectDef)
    assert len(definition.properties) == 1501
    assert definition.properties[0].wire_name == "end"
