"""generator.diff.compare: API-level changes between two spec versions, and `clientgen diff`.

The hand-made pairs start from one small pet-store spec (BASE) and change one thing each;
every test asserts the exact report. The Opal history (specs/opal/history, vendored in the
repository) is compared against an independent reading of the raw YAML documents. Two
checks stand apart from these: every public name the old client loses is named (read from the
generated files), and one change reads the same in every spelling (2.0, 3.0, 3.1).
"""

from __future__ import annotations

import ast
import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli.main import main
from generator.diff import compare as diff
from generator.generate import generate
from generator.model import ir
from generator.names.assign import Names

from ..conftest import REPO, yaml_text

OPAL_VERSIONS = [
    REPO / "specs" / "opal" / "history" / "opal-2025-10-27.yaml",
    REPO / "specs" / "opal" / "history" / "opal-2026-04-21.yaml",
    REPO / "specs" / "opal" / "opal-openapi.yaml",
]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

BASE_YAML = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
    post:
      operationId: createPet
      tags: [pets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewPet"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
  /pets/{pet_id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the pet
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        tag: {type: string}
        status: {$ref: "#/components/schemas/PetStatus"}
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        kind: {$ref: "#/components/schemas/PetKind"}
    PetStatus: {type: string, enum: [available, sold]}
    PetKind: {type: string, enum: [cat, dog]}
  securitySchemes:
    bearer: {type: http, scheme: bearer}
security:
  - bearer: []
"""


def base() -> dict[str, Any]:
    return yaml.safe_load(BASE_YAML)


def report(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The text report of old -> new, one line per change."""
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old, sort_keys=False), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    changes = diff.diff_specs(tmp_path / "old.yaml", tmp_path / "new.yaml")
    return diff.format_text(changes).splitlines()


def changed(tmp_path: Path, edit: Any) -> list[str]:
    """The report for BASE -> BASE with `edit(spec)` applied."""
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return report(tmp_path, old, new)


# -- one kind of change each ------------------------------------------------------------------


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    assert changed(tmp_path, lambda spec: None) == ["no API changes"]


def test_operation_removed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/pets/{pet_id}"]

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets~1{pet_id}/get  operation removed: `GET /pets/{pet_id}` "
        "(`client.pets.get_pet`)",
    ]


def test_operation_added(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets/{pet_id}"]["delete"] = {
            "operationId": "deletePet", "tags": ["pets"],
            "parameters": [{"name": "pet_id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"204": {"description": "gone"}},
        }

    assert changed(tmp_path, edit) == [
        "safe  #/paths/~1pets~1{pet_id}/delete  operation added: `DELETE /pets/{pet_id}` "
        "(`client.pets.delete_pet`)",
    ]


def test_path_changed_is_reported_as_a_move(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/animals/{pet_id}"] = spec["paths"].pop("/pets/{pet_id}")

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1animals~1{pet_id}/get  `GET /pets/{pet_id}` moved to "
        "`GET /animals/{pet_id}` (`getPet`)",
    ]


def test_method_changed_is_reported_as_a_move(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["put"] = spec["paths"]["/pets"].pop("post")

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/put  `POST /pets` moved to `PUT /pets` (`createPet`)",
    ]


def test_operation_id_changed_renames_the_client_method(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["get"]["operationId"] = "findPets"

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get  operationId `listPets` renamed to `findPets`: the "
        "client method `client.pets.list_pets` is now `client.pets.find_pets`",
    ]


def test_parameter_added_as_required_and_as_optional(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["get"]["parameters"] += [
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}},
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        ]

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/1  required query parameter `owner` added",
        "safe  #/paths/~1pets/get/parameters/2  optional header parameter `X-Trace` added",
    ]


def test_parameter_made_required(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["get"]["parameters"][0]["required"] = True

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/0  query parameter `limit` is now required",
    ]


def test_parameter_removed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["get"]["parameters"] = []

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/0  query parameter `limit` removed",
    ]


def test_parameter_type_changed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["get"]["parameters"][0]["schema"] = {"type": "string"}

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/0  query parameter `limit` type changed from "
        "`integer` to `string`",
    ]


def test_property_type_changed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Pet"]["properties"]["tag"] = {
            "type": "array", "items": {"type": "string"}}

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/Pet/properties/tag  response property `tag` type "
        "changed from `string` to `array<string>`",
    ]


def test_enum_value_removed_from_a_request_enum_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["PetKind"]["enum"] = ["cat"]

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/PetKind/enum  request enum `PetKind`: 1 value "
        "removed: `dog` (`models.PetKind.DOG` goes away)",
    ]


def test_enum_value_removed_from_a_response_enum_breaks_code_naming_its_member(
        tmp_path: Path) -> None:
    # main said "safe": the server no longer sends `sold`, but `models.PetStatus.SOLD` is gone
    # from the regenerated client, and `status == PetStatus.SOLD` raises AttributeError
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["PetStatus"]["enum"] = ["available"]

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/PetStatus/enum  response enum `PetStatus`: 1 value "
        "removed: `sold` (`models.PetStatus.SOLD` goes away)",
    ]


def test_enum_values_added_to_a_response_are_safe_but_reported(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["PetStatus"]["enum"] += ["pending", "adopted"]

    assert changed(tmp_path, edit) == [
        "safe  #/components/schemas/PetStatus/enum  response enum `PetStatus`: 2 values "
        "added: `pending`, `adopted`",
    ]


def test_request_property_added_as_required_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        new_pet = spec["components"]["schemas"]["NewPet"]
        new_pet["properties"]["owner"] = {"type": "string"}
        new_pet["properties"]["nickname"] = {"type": "string"}
        new_pet["required"].append("owner")

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/NewPet/properties/owner  request property `owner` "
        "added as required",
        "safe  #/components/schemas/NewPet/properties/nickname  request property `nickname` "
        "added",
    ]


def test_response_property_added_as_required_is_safe(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        pet = spec["components"]["schemas"]["Pet"]
        pet["properties"]["age"] = {"type": "integer"}
        pet["required"].append("age")

    assert changed(tmp_path, edit) == [
        "safe  #/components/schemas/Pet/properties/age  response property `age` added as "
        "required",
    ]


def test_request_property_made_required_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["NewPet"]["required"].append("kind")

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/NewPet/properties/kind  request property `kind` is "
        "now required",
    ]


def test_response_property_removed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["components"]["schemas"]["Pet"]["properties"]["tag"]

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/Pet/properties/tag  response property `tag` removed",
    ]


def test_response_made_nullable(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Pet"]["properties"]["name"]["nullable"] = True

    assert changed(tmp_path, edit) == [
        "BREAKING  #/components/schemas/Pet/properties/name  response property `name` can "
        "now be null",
    ]


def test_response_body_made_nullable(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        media = spec["paths"]["/pets/{pet_id}"]["get"]["responses"]["200"]["content"]
        media["application/json"]["schema"] = {
            "nullable": True, "allOf": [{"$ref": "#/components/schemas/Pet"}]}

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets~1{pet_id}/get/responses/200  response 200 body can now be "
        "null",
    ]


def test_request_property_made_nullable_is_safe(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["NewPet"]["properties"]["name"]["nullable"] = True

    assert changed(tmp_path, edit) == [
        "safe  #/components/schemas/NewPet/properties/name  request property `name` can now "
        "be null",
    ]


def test_security_requirement_changed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["securitySchemes"]["key"] = {
            "type": "apiKey", "name": "X-Key", "in": "header"}
        spec["paths"]["/pets"]["get"]["security"] = [{"key": []}]

    assert changed(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/security  `GET /pets` security changed from `bearer` "
        "to `key`",
        "safe  #/components/securitySchemes/key  security scheme `key` added "
        "(`apiKey X-Key in header`)",
    ]


def test_default_security_and_scheme_changed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["security"] = []
        spec["components"]["securitySchemes"]["bearer"] = {"type": "http", "scheme": "basic"}

    assert changed(tmp_path, edit) == [
        "BREAKING  #/security  default security changed from `bearer` to none",
        "BREAKING  #/components/securitySchemes/bearer  security scheme `bearer` changed "
        "from `http bearer` to `http basic`",
    ]


def test_schema_added_and_removed(tmp_path: Path) -> None:
    old = base()
    old["components"]["schemas"]["Legacy"] = {"type": "object",
                                              "properties": {"x": {"type": "string"}}}
    new = copy.deepcopy(base())
    new["components"]["schemas"]["Owner"] = {"type": "object",
                                             "properties": {"name": {"type": "string"}}}
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/Legacy  schema `Legacy` removed (`models.Legacy` "
        "goes away)",
        "safe  #/components/schemas/Owner  schema `Owner` added",
    ]


def test_refs_are_followed_not_compared_as_text(tmp_path: Path) -> None:
    """Inlining a referenced schema (or moving it behind a $ref) changes nothing on the
    wire; only the alias of the enum no request sends now goes (its model stays)."""
    old = base()
    new = copy.deepcopy(old)
    new["components"]["parameters"] = {"Limit": new["paths"]["/pets"]["get"]["parameters"][0]}
    new["paths"]["/pets"]["get"]["parameters"][0] = {"$ref": "#/components/parameters/Limit"}
    new["components"]["schemas"]["NewPet"]["properties"]["kind"] = {
        "type": "string", "enum": ["cat", "dog"]}
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/PetKind  `types.PetKindParam` goes away "
        "(no request sends `models.PetKind` now)"]


def test_breaking_changes_come_first(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["PetStatus"]["enum"].append("pending")
        del spec["components"]["schemas"]["Pet"]["properties"]["tag"]
        spec["paths"]["/pets"]["get"]["parameters"][0]["required"] = True

    lines = changed(tmp_path, edit)
    assert [line.split("  ")[0] for line in lines] == ["BREAKING", "BREAKING", "safe"]
    assert lines[0].endswith("query parameter `limit` is now required")


# -- formats and the command line -------------------------------------------------------------


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    new = base()
    del new["components"]["schemas"]["Pet"]["properties"]["tag"]
    new["components"]["schemas"]["PetStatus"]["enum"].append("pending")
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(base()), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new), encoding="utf-8")
    return tmp_path / "old.yaml", tmp_path / "new.yaml"


def test_cli_text_exits_1_when_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) \
        -> None:
    old, new = _pair(tmp_path)
    assert main(["diff", str(old), str(new)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "BREAKING  #/components/schemas/Pet/properties/tag  response property `tag` removed",
        "safe  #/components/schemas/PetStatus/enum  response enum `PetStatus`: 1 value added: "
        "`pending`",
    ]


def test_cli_exits_0_when_nothing_breaks(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path)
    assert main(["diff", str(old), str(old)]) == 0


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path)
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "breaking": 1,
        "total": 2,
        "changes": [
            {"kind": "property-removed", "breaking": True,
             "pointer": "#/components/schemas/Pet/properties/tag",
             "message": "response property `tag` removed"},
            {"kind": "enum-value-added", "breaking": False,
             "pointer": "#/components/schemas/PetStatus/enum",
             "message": "response enum `PetStatus`: 1 value added: `pending`"},
        ],
    }


def test_cli_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path)
    assert main(["diff", str(old), str(new), "--format", "markdown"]) == 1
    assert capsys.readouterr().out == (
        f"## Pets: {old} → {new}\n"
        "\n"
        "1 breaking, 1 other.\n"
        "\n"
        "### Breaking changes\n"
        "\n"
        "- response property `tag` removed (`#/components/schemas/Pet/properties/tag`)\n"
        "\n"
        "### Other changes\n"
        "\n"
        "- response enum `PetStatus`: 1 value added: `pending` "
        "(`#/components/schemas/PetStatus/enum`)\n"
    )


def test_markdown_escapes_outside_code_spans() -> None:
    change = diff.Change("type-changed", True, "#/x", "a <b> `c <d>` *e*")
    text = diff.format_markdown([change], "T")
    assert "- a \\<b\\> `c <d>` \\*e\\* (`#/x`)" in text.splitlines()


def test_cli_bad_spec_exits_2_with_one_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    old, _ = _pair(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\npaths: [\n", encoding="utf-8")
    assert main(["diff", str(old), str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.yaml" in err[0] and "invalid YAML" in err[0]


# -- the real Opal history --------------------------------------------------------------------


@pytest.fixture(scope="module")
def opal_snapshots() -> list[ir.Api]:
    return [diff.load(path) for path in OPAL_VERSIONS]


def _raw(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _raw_operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(method, path) for path, item in doc["paths"].items()
            for method in item if method in METHODS}


def _tokens(ptr: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.lstrip("#").split("/")[1:]]


@pytest.mark.parametrize("step", [0, 1], ids=["2025-10-27->2026-04-21", "2026-04-21->current"])
def test_opal_history_operations_and_schemas(step: int,
                                             opal_snapshots: list[ir.Api]) -> None:
    changes = diff.compare(opal_snapshots[step], opal_snapshots[step + 1])
    old, new = _raw(OPAL_VERSIONS[step]), _raw(OPAL_VERSIONS[step + 1])

    def where(kind: str) -> set[tuple[str, ...]]:
        return {tuple(_tokens(c.pointer)) for c in changes if c.kind == kind}

    old_ops, new_ops = _raw_operations(old), _raw_operations(new)
    assert where("operation-moved") == set()
    assert {(m, p) for _, p, m in where("operation-added")} == new_ops - old_ops
    assert {(m, p) for _, p, m in where("operation-removed")} == old_ops - new_ops
    old_schemas = set(old["components"]["schemas"])
    new_schemas = set(new["components"]["schemas"])
    assert {t[-1] for t in where("schema-added")} == new_schemas - old_schemas
    assert {t[-1] for t in where("schema-removed")} == old_schemas - new_schemas
    assert new_ops - old_ops, "each step of the history adds operations"
    assert changes == sorted(changes, key=diff.Change.sort_key)
    assert changes == diff.compare(opal_snapshots[step], opal_snapshots[step + 1])


def test_opal_new_query_parameters_match_the_documents(
        opal_snapshots: list[ir.Api]) -> None:
    changes = diff.compare(opal_snapshots[0], opal_snapshots[2])
    old, new = _raw(OPAL_VERSIONS[0]), _raw(OPAL_VERSIONS[2])

    def query(doc: dict[str, Any]) -> set[tuple[str, str, str]]:
        return {(method, path, p["name"]) for path, item in doc["paths"].items()
                for method, op in item.items() if method in METHODS
                for p in op.get("parameters", []) if p.get("in") == "query"}

    common = _raw_operations(old) & _raw_operations(new)
    expected = {q for q in query(new) - query(old) if q[:2] in common}
    reported = set()
    for c in changes:
        if c.kind == "parameter-added":
            _, path, method, _, index = _tokens(c.pointer)
            param = new["paths"][path][method]["parameters"][int(index)]
            assert f"query parameter `{param['name']}`" in c.message
            reported.add((method, path, param["name"]))
    assert reported == expected
    assert len(expected) >= 5


def test_opal_new_enum_values_match_the_documents(opal_snapshots: list[ir.Api]) -> None:
    changes = diff.compare(opal_snapshots[0], opal_snapshots[2])
    old, new = _raw(OPAL_VERSIONS[0]), _raw(OPAL_VERSIONS[2])
    for name in ("AppTypeEnum", "GroupTypeEnum", "ResourceTypeEnum"):
        added = [v for v in new["components"]["schemas"][name]["enum"]
                 if v not in old["components"]["schemas"][name]["enum"]]
        (change,) = [c for c in changes if c.pointer == f"#/components/schemas/{name}/enum"]
        assert change.kind == "enum-value-added" and not change.breaking
        assert change.message.endswith(", ".join(f"`{v}`" for v in added))


# -- names in messages are the generated client's (generator/names/assign.py) ------------------


def test_a_group_named_like_a_client_member_is_reported_as_the_client_has_it(
        tmp_path: Path) -> None:
    # main reported `client.close.get_b`: the client's attribute is `close_` (close() is
    # the client's own method)
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/b"] = {"get": {"operationId": "getB", "tags": ["close"],
                                       "responses": {"204": {"description": "done"}}}}

    assert changed(tmp_path, edit) == [
        "safe  #/paths/~1b/get  operation added: `GET /b` (`client.close_.get_b`)",
    ]


def test_a_removed_schema_names_its_model_class(tmp_path: Path) -> None:
    old = base()
    old["components"]["schemas"]["legacy-thing"] = {
        "type": "object", "properties": {"x": {"type": "string"}}}
    old["components"]["schemas"]["Id"] = {"type": "string"}
    assert report(tmp_path, old, base()) == [
        "BREAKING  #/components/schemas/Id  schema `Id` removed",
        "BREAKING  #/components/schemas/legacy-thing  schema `legacy-thing` removed "
        "(`models.LegacyThing` goes away)",
    ]


def test_an_inline_enum_is_named_by_its_model_class(tmp_path: Path) -> None:
    old = base()
    old["components"]["schemas"]["NewPet"]["properties"]["size"] = {
        "type": "string", "enum": ["small", "large"]}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["NewPet"]["properties"]["size"]["enum"] = ["small"]
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/NewPet/properties/size/enum  request enum "
        "`NewPetSize`: 1 value removed: `large` (`models.NewPetSize.LARGE` goes away)",
    ]


def test_a_schema_that_only_refers_to_another_does_not_lend_it_its_name(
        tmp_path: Path) -> None:
    def with_alias(kinds: list[str]) -> dict[str, Any]:
        spec = base()
        schemas = spec["components"]["schemas"]
        spec["components"]["schemas"] = {"Kind": {"$ref": "#/components/schemas/PetKind"},
                                         **schemas}
        schemas["PetKind"]["enum"] = kinds
        return spec

    assert report(tmp_path, with_alias(["cat", "dog"]), with_alias(["cat"])) == [
        "BREAKING  #/components/schemas/PetKind/enum  request enum `PetKind`: 1 value "
        "removed: `dog` (`models.PetKind.DOG` goes away)",
    ]


def test_a_schema_name_with_a_percent_sign_is_one_schema(tmp_path: Path) -> None:
    # main refused the spec: the component was looked up as `Rate Card` (the pointer was
    # percent-decoded); a `$ref` to it spells `%` as `%25`, and both reach one definition
    old = base()
    old["components"]["schemas"]["Rate%20Card"] = {
        "type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "string"}}}
    old["components"]["schemas"]["Pet"]["properties"]["rate"] = {
        "$ref": "#/components/schemas/Rate%2520Card"}
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Rate%20Card"]["properties"]["x"]
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/Rate%2520Card/properties/x  response property `x` "
        "removed",
    ]
    assert len(diff.load(tmp_path / "old.yaml").definitions) == 5


def test_a_32_additional_operation_is_reported_at_its_own_entry(tmp_path: Path) -> None:
    def spec(status: str) -> dict[str, Any]:
        return {"openapi": "3.2.0", "info": {"title": "Links", "version": "1"}, "paths": {
            "/pets": {"additionalOperations": {"LINK": {
                "operationId": "linkPets", "tags": ["pets"],
                "responses": {status: {"description": "done"}}}}}}}

    assert report(tmp_path, spec("204"), spec("202")) == [
        "BREAKING  #/paths/~1pets/additionalOperations/LINK/responses/204  response 204 removed",
        "safe  #/paths/~1pets/additionalOperations/LINK/responses/202  response 202 added",
    ]


def test_a_removed_alias_does_not_take_away_the_class_it_names(tmp_path: Path) -> None:
    # main said "`models.Pet` goes away": PetAlias has no class of its own, Pet keeps its
    old = base()
    old["components"]["schemas"]["PetAlias"] = {"$ref": "#/components/schemas/Pet"}
    assert report(tmp_path, old, base()) == [
        "BREAKING  #/components/schemas/PetAlias  schema `PetAlias` removed",
    ]


# -- a model class that is named otherwise in the new client ------------------------------------


def test_a_model_class_another_schema_takes_is_reported_renamed(tmp_path: Path) -> None:
    # main: only "schema `NewPetSize` added"; the inline enum that was `models.NewPetSize`
    # is `models.NewPetSize_` now (a schema the spec names claims a name first)
    old = base()
    old["components"]["schemas"]["NewPet"]["properties"]["size"] = {
        "type": "string", "enum": ["small", "large"]}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["NewPetSize"] = {"type": "object",
                                                  "properties": {"x": {"type": "string"}}}
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/NewPet/properties/size  `models.NewPetSize` renamed "
        "to `models.NewPetSize_`, `types.NewPetSizeParam` to `types.NewPetSize_Param`; "
        "`models.NewPetSize` is now schema `NewPetSize`",
        "safe  #/components/schemas/NewPetSize  schema `NewPetSize` added",
    ]


def test_a_renamed_model_class_is_reported_whatever_renamed_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check reads the naming pass's answer, not the reasons it may have for it."""
    class Renaming(Names):
        def __init__(self, api: ir.Api) -> None:
            super().__init__(api)
            if api.version == "2":
                self.classes["#/components/schemas/Pet"] = "Pet_"

    monkeypatch.setattr(diff, "Names", Renaming)
    new = base()
    new["info"]["version"] = "2"
    assert report(tmp_path, base(), new) == [
        "BREAKING  #/components/schemas/Pet  `models.Pet` renamed to `models.Pet_` "
        "(schema `Pet`)",
    ]


# -- component schemas that are not models ------------------------------------------------------


def test_a_component_that_is_not_a_model_is_compared(tmp_path: Path) -> None:
    # main: "no API changes" (only two models were compared)
    old = base()
    old["components"]["schemas"]["Pets"] = {"type": "array", "items": {
        "type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}}
    old["components"]["schemas"]["Id"] = {"type": "string"}
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Pets"]["items"]["properties"]["age"]
    new["components"]["schemas"]["Id"] = {"type": "integer"}
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/Id  schema `Id` type changed from `string` to "
        "`integer`",
        "BREAKING  #/components/schemas/Pets/items/properties/age  property `age` removed",
    ]


def test_a_component_that_becomes_a_model_or_stops_being_one(tmp_path: Path) -> None:
    # main: "no API changes" for both
    old = base()
    old["components"]["schemas"]["Id"] = {"type": "string"}
    old["components"]["schemas"]["Owner"] = {"type": "object",
                                             "properties": {"name": {"type": "string"}}}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Id"] = {"$ref": "#/components/schemas/Pet"}
    new["components"]["schemas"]["Owner"] = {"type": "string"}
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/Id  schema `Id` type changed from `string` to `Pet`",
        "BREAKING  #/components/schemas/Owner  schema `Owner` type changed from `object` to "
        "`string` (`models.Owner` goes away)",
    ]


def test_a_component_used_only_inlined_counts_as_sent_and_received(tmp_path: Path) -> None:
    # where an inlined schema is used the IR does not say: both ways break, to be safe
    old = base()
    old["components"]["schemas"]["Name"] = {"type": "string"}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Name"]["nullable"] = True
    assert report(tmp_path, old, new) == [
        "BREAKING  #/components/schemas/Name  schema `Name` can now be null",
    ]
    assert report(tmp_path, new, old) == [
        "BREAKING  #/components/schemas/Name  schema `Name` can no longer be null",
    ]


# -- a group that keeps its tag -------------------------------------------------------------------


def test_a_group_that_gives_way_to_an_earlier_tag_says_so(tmp_path: Path) -> None:
    # main said "first tag `Pets` changed to `Pets`"
    def spec(*ops: tuple[str, str, str]) -> dict[str, Any]:
        return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
            path: {"get": {"operationId": op_id, "tags": [tag],
                           "responses": {"204": {"description": "ok"}}}}
            for path, op_id, tag in ops}}

    assert report(tmp_path, spec(("/a", "getA", "Pets")),
                  spec(("/0", "get_a", "pets"), ("/a", "getA", "Pets"))) == [
        "BREAKING  #/paths/~1a/get  tag `Pets` now gives the group `client.pets_` (another "
        "group took `client.pets`): the client method `client.pets.get_a` is now "
        "`client.pets_.get_a`",
        "BREAKING  #/paths/~1a/get  `resources.pets.Pets` renamed to `resources.pets_.Pets_` "
        "(with its Async and WithRawResponse forms)",
        "safe  #/paths/~10/get  operation added: `GET /0` (`client.pets.get_a`)",
    ]


def _one_operation(params: list[str], props: list[str], values: list[str]) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "Names", "version": "1"}, "paths": {"/a": {
        "get": {"operationId": "getA", "tags": ["a"],
                "parameters": [{"name": n, "in": "query", "schema": {"type": "string"}}
                               for n in params],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
        "components": {"schemas": {
            "Thing": {"type": "object", "properties": {
                **{p: {"type": "string"} for p in props},
                "kind": {"$ref": "#/components/schemas/Kind"}}},
            "Kind": {"type": "string", "enum": values}}}}


def test_a_new_name_that_takes_an_existing_attribute_argument_or_member_is_breaking(
        tmp_path: Path) -> None:
    """`fooBar` listed before `foo_bar` takes `foo_bar`, and the old one becomes `foo_bar_`:
    code that read `.foo_bar` or passed `page_size=` now means the other one, silently."""
    old = _one_operation(["page_size"], ["foo_bar"], ["IN_PROGRESS"])
    new = _one_operation(["pageSize", "page_size"], ["fooBar", "foo_bar"],
                         ["in-progress", "IN_PROGRESS"])
    renamed = [line for line in report(tmp_path, old, new) if "name" in line.split()[1] or
               "now the" in line]
    assert sorted(renamed) == [
        "BREAKING  #/components/schemas/Kind/enum  enum `Kind`: value `IN_PROGRESS` is now the "
        "member `Kind.IN_PROGRESS_` (was `IN_PROGRESS`)",
        "BREAKING  #/components/schemas/Thing/properties/foo_bar  response property `foo_bar` "
        "is now the attribute `foo_bar_` of `models.Thing` (was `foo_bar`)",
        "BREAKING  #/paths/~1a/get/parameters/1  query parameter `page_size` is now the "
        "argument `page_size_` of `client.a.get_a` (was `page_size`)",
    ]


# -- every public name the old client loses is named -------------------------------------------
#
# What a caller can name is read here from the generated files themselves (`__all__` of
# `models` and `types`, enum members, the group modules, their classes and methods), not from
# the naming pass diff uses, so the check is independent: every name of the old package that
# the new package lacks must appear in a breaking line, and no line says a name goes away
# that the new package still has.

OPAL = REPO / "specs" / "opal" / "opal-openapi.yaml"
DENY = "/requests/{id}/deny"


def _all(tree: ast.Module) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    return []


def _is_enum(cls: ast.ClassDef) -> bool:
    return any(isinstance(b, ast.Attribute) and b.attr.endswith("Enum") for b in cls.bases)


def public_names(files: dict[str, str]) -> set[str]:
    """What a caller can write against a generated package, read from its files: models and
    their enum members, TypedDicts, groups (`client.<g>`), their classes and methods."""
    package = next(f.split("/")[0] for f in files if f.endswith("/client.py"))
    found: set[str] = set()
    for name, text in files.items():
        if not name.startswith(package + "/") or not name.endswith(".py"):
            continue
        module = name[len(package) + 1:-3].replace("/", ".")
        tree = ast.parse(text)
        if module in ("models.__init__", "types"):
            prefix = module.split(".")[0]
            found |= {f"{prefix}.{n}" for n in _all(tree)}
        elif module.startswith("models."):
            for cls in [n for n in tree.body if isinstance(n, ast.ClassDef) and _is_enum(n)]:
                found |= {f"models.{cls.name}.{t.id}" for s in cls.body
                          if isinstance(s, ast.Assign) for t in s.targets
                          if isinstance(t, ast.Name)}
        elif module.startswith("resources.") and module != "resources.__init__":
            group = module.split(".")[1]
            found.add(f"client.{group}")
            sync = _sync_class(files[f"{package}/client.py"], group)
            found.add(f"{module}.{sync}")
            (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == sync]
            found |= {f"client.{group}.{f.name}" for f in cls.body
                      if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")
                      and f.name != "with_raw_response"}
    return found


def _sync_class(client: str, group: str) -> str:
    """The class `Client.<group>` returns (the group's other classes are named with it)."""
    tree = ast.parse(client)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Client"]
    (returns,) = [n.returns for n in cls.body
                  if isinstance(n, ast.FunctionDef) and n.name == group]
    # `-> _group_<module>.<Class>`: the client names each group through its module
    assert isinstance(returns, ast.Attribute | ast.Name)
    return returns.attr if isinstance(returns, ast.Attribute) else returns.id


def package_names(path: Path) -> set[str]:
    return public_names(generate(path, "pkg").files)


def check_names(old: Path, new: Path) -> list[diff.Change]:
    """Compare, and hold the report against what the two generated packages really have."""
    changes = diff.diff_specs(old, new)
    before, after = package_names(old), package_names(new)
    named = {name for c in changes if c.breaking for name in re.findall(r"`([^`]+)`", c.message)}
    missed = [name for name in before - after  # an enum's members go with its class
              if name not in named and name.rpartition(".")[0] not in named]
    assert sorted(missed) == [], "names gone from the package, not reported"
    said_gone = {name for c in changes if c.kind == "name-removed"
                 for name in re.findall(r"`([^`]+)`", c.message.split(" go")[0])}
    assert sorted(said_gone & after) == [], "reported gone, still in the package"
    return changes


# -- public names: the real Opal spec --------------------------------------------------------------


def _without_deny(tmp_path: Path) -> Path:
    spec = yaml.safe_load(OPAL.read_text(encoding="utf-8"))
    del spec["paths"][DENY]
    path = tmp_path / "opal-without-deny.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_removing_opal_deny_request_lists_the_models_of_its_inline_schemas(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # main printed only the first line, though `from opal_client.models import
    # DenyRequestRequest` and `opal_client.types.DenyRequestRequestParam` break
    new = _without_deny(tmp_path)
    assert main(["diff", str(OPAL), str(new)]) == 1
    where = "#/paths/~1requests~1{id}~1deny/post"
    assert capsys.readouterr().out.splitlines() == [
        f"BREAKING  {where}  operation removed: `POST /requests/{{id}}/deny` "
        "(`client.requests.deny_request`)",
        f"BREAKING  {where}/requestBody/content/application~1json/schema  "
        "`models.DenyRequestRequest` and `types.DenyRequestRequestParam` go away",
        f"BREAKING  {where}/responses/200/content/application~1json/schema  "
        "`models.DenyRequestResponse` goes away",
    ]


def test_removing_opal_deny_request_names_all_the_package_loses(tmp_path: Path) -> None:
    check_names(OPAL, _without_deny(tmp_path))


# -- public names: small specs, one change each ----------------------------------------------------


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def pets() -> dict[str, Any]:
    """Inline bodies and responses with nested inline objects and enums, a paging
    operation, an operation without operationId, and a second group."""
    collar = {"type": "object", "properties": {"colour": {"type": "string"}}}
    return {
        "openapi": "3.0.3", "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {
                "get": {"operationId": "listPets", "tags": ["pets"],
                        "parameters": [{"name": "cursor", "in": "query",
                                        "schema": {"type": "string"}}],
                        "responses": _ok({"type": "object", "properties": {
                            "next": {"type": "string"},
                            "pets": {"type": "array", "items": {
                                "type": "object",
                                "properties": {"name": {"type": "string"}}}}}})},
                "post": {"operationId": "createPet", "tags": ["pets"],
                         "requestBody": _body({"type": "object", "required": ["name"],
                                               "properties": {
                                                   "name": {"type": "string"},
                                                   "size": {"type": "string",
                                                            "enum": ["small", "large"]},
                                                   "collar": collar}}),
                         "responses": _ok({"type": "object",
                                           "properties": {"id": {"type": "string"}}})}},
            "/pets/{id}": {
                "put": {"tags": ["pets"],
                        "parameters": [{"name": "id", "in": "path", "required": True,
                                        "schema": {"type": "string"}}],
                        "requestBody": _body({"type": "object",
                                              "properties": {"name": {"type": "string"}}}),
                        "responses": {"204": {"description": "done"}}}},
            "/owners/{id}": {
                "get": {"operationId": "getOwner", "tags": ["owners"],
                        "parameters": [{"name": "id", "in": "path", "required": True,
                                        "schema": {"type": "string"}}],
                        "responses": _ok({"$ref": "#/components/schemas/Owner"})}},
        },
        "components": {"schemas": {
            "Owner": {"type": "object", "properties": {
                "status": {"$ref": "#/components/schemas/OwnerStatus"},
                "address": {"type": "object", "properties": {"city": {"type": "string"}}}}},
            "OwnerStatus": {"type": "string", "enum": ["active", "gone"]},
        }},
    }


def names_report(tmp_path: Path, edit: Any) -> list[str]:
    old, new = pets(), pets()
    edit(new)
    paths = []
    for name, spec in (("old", old), ("new", new)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        paths.append(path)
    changes = check_names(*paths)
    assert diff.breaking(changes)
    return diff.format_text(changes).splitlines()


def test_an_inline_body_and_its_inline_parts_go_with_their_operation(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/pets"]["post"]

    body = "#/paths/~1pets/post/requestBody/content/application~1json/schema"
    assert names_report(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/post  operation removed: `POST /pets` "
        "(`client.pets.create_pet`)",
        f"BREAKING  {body}  `models.CreatePetRequest` and `types.CreatePetRequestParam` go away",
        f"BREAKING  {body}/properties/collar  `models.CreatePetRequestCollar` and "
        "`types.CreatePetRequestCollarParam` go away",
        f"BREAKING  {body}/properties/size  `models.CreatePetRequestSize` and "
        "`types.CreatePetRequestSizeParam` go away",
        "BREAKING  #/paths/~1pets/post/responses/200/content/application~1json/schema  "
        "`models.CreatePetResponse` goes away",
    ]


def test_an_enum_no_request_sends_now_loses_its_alias(tmp_path: Path) -> None:
    """`types.OwnerStatusParam` is the alias a `status` parameter named: without the
    parameter, the alias goes (the model stays: a response still has it)."""
    old, new = pets(), pets()
    old["paths"]["/pets"]["get"]["parameters"].append(
        {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/OwnerStatus"}})
    paths = []
    for name, spec in (("old", old), ("new", new)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        paths.append(path)
    lines = diff.format_text(check_names(*paths)).splitlines()
    assert "BREAKING  #/components/schemas/OwnerStatus  `types.OwnerStatusParam` goes away " \
        "(no request sends `models.OwnerStatus` now)" in lines


def test_an_operation_that_stops_paging_loses_its_iter_method(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["get"]["parameters"] = []

    assert names_report(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/0  query parameter `cursor` removed",
        "BREAKING  #/paths/~1pets/get  `client.pets.list_pets_iter` goes away "
        "(`client.pets.list_pets` no longer pages)",
    ]


def test_a_removed_paging_operation_names_its_iter_method(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/pets"]["get"]

    lines = names_report(tmp_path, edit)
    assert lines[0] == ("BREAKING  #/paths/~1pets/get  operation removed: `GET /pets` "
                        "(`client.pets.list_pets`, `client.pets.list_pets_iter`)")


def test_a_renamed_operation_renames_its_inline_models_typed_dicts_and_iter(
        tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["post"]["operationId"] = "addPet"
        spec["paths"]["/pets"]["get"]["operationId"] = "findPets"

    lines = names_report(tmp_path, edit)
    body = "#/paths/~1pets/post/requestBody/content/application~1json/schema"
    assert "BREAKING  #/paths/~1pets/get  operationId `listPets` renamed to `findPets`: the " \
        "client method `client.pets.list_pets` is now `client.pets.find_pets` (and " \
        "`client.pets.list_pets_iter` is now `client.pets.find_pets_iter`)" in lines
    assert f"BREAKING  {body}/properties/collar  `models.CreatePetRequestCollar` renamed to " \
        "`models.AddPetRequestCollar`, `types.CreatePetRequestCollarParam` to " \
        "`types.AddPetRequestCollarParam`" in lines
    assert len(lines) == 8  # both operations, and each of the six inline models


def test_a_group_whose_operations_all_go_is_named_with_its_classes(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/owners/{id}"]

    assert names_report(tmp_path, edit) == [
        "BREAKING  #/paths/~1owners~1{id}/get  operation removed: `GET /owners/{id}` "
        "(`client.owners.get_owner`)",
        "BREAKING  #/paths/~1owners~1{id}/get  `client.owners` and `resources.owners.Owners` "
        "(with its Async and WithRawResponse forms) go away",
    ]


def test_an_inline_model_goes_when_its_property_is_renamed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        body = spec["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]
        props = body["schema"]["properties"]
        props["harness"] = props.pop("collar")

    body = "#/paths/~1pets/post/requestBody/content/application~1json/schema"
    assert f"BREAKING  {body}/properties/collar  `models.CreatePetRequestCollar` and " \
        "`types.CreatePetRequestCollarParam` go away" in names_report(tmp_path, edit)


def test_a_renamed_component_takes_its_inline_models_with_it(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        schemas["Person"] = schemas.pop("Owner")
        spec["paths"]["/owners/{id}"]["get"]["responses"] = _ok(
            {"$ref": "#/components/schemas/Person"})

    lines = names_report(tmp_path, edit)
    assert "BREAKING  #/components/schemas/Owner  schema `Owner` removed (`models.Owner` goes " \
        "away)" in lines
    # the response of getOwner pairs Owner with Person, and their inline parts with them
    assert "BREAKING  #/components/schemas/Person/properties/address  " \
        "`models.OwnerAddress` renamed to `models.PersonAddress`" in lines


def test_an_operation_without_operation_id_that_moves_takes_its_inline_models(
        tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/animals/{id}"] = spec["paths"].pop("/pets/{id}")

    assert "BREAKING  #/paths/~1pets~1{id}/put/requestBody/content/application~1json/schema  " \
        "`models.PutPetsIdRequest` and `types.PutPetsIdRequestParam` go away" \
        in names_report(tmp_path, edit)


def test_a_removed_response_enum_value_takes_its_member(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["OwnerStatus"]["enum"] = ["active"]

    assert names_report(tmp_path, edit) == [
        "BREAKING  #/components/schemas/OwnerStatus/enum  response enum `OwnerStatus`: 1 value "
        "removed: `gone` (`models.OwnerStatus.GONE` goes away)",
    ]


def test_nothing_is_said_to_go_when_nothing_does(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(yaml.safe_dump(pets(), sort_keys=False), encoding="utf-8")
    new = tmp_path / "new.yaml"
    spec = copy.deepcopy(pets())
    spec["paths"]["/animals"] = spec["paths"].pop("/pets")  # same operationIds: moved
    new.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    changes = check_names(old, new)
    assert {c.kind for c in changes} == {"operation-moved"}


# -- one change, one report, in every spelling -------------------------------------------------
#
# Each test makes one change to the same small API written three ways and expects one report
# for all three: diff compares IRs, so a spelling cannot change what it finds. Pointers name
# the IR's locations: for 2.0 that is the converted document (`#/components/schemas/X` for
# `#/definitions/X`, `.../requestBody` for a body parameter), except a parameter's pointer,
# which is its entry as the user wrote it (so it differs where the 2.0 list holds a body
# parameter the 3.x lists do not).

SPELLINGS = ("2.0", "3.0", "3.1")
Spec = dict[str, Any]


class Spelling:
    """Builds and edits the API in one spelling, so a test says the change once."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.v2 = version == "2.0"

    def ref(self, name: str) -> dict[str, str]:
        home = "#/definitions/" if self.v2 else "#/components/schemas/"
        return {"$ref": home + name}

    def param(self, name: str, where: str, kind: str, required: bool = False) -> Spec:
        spelled: Spec = {"name": name, "in": where, "required": required or where == "path"}
        if self.v2:
            spelled["type"] = kind
        else:
            spelled["schema"] = {"type": kind}
        return spelled

    def response(self, schema: Spec | None, description: str = "ok") -> Spec:
        if schema is None:
            return {"description": description}
        if self.v2:
            return {"description": description, "schema": schema}
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    def schemas(self, spec: Spec) -> Spec:
        found: Spec = spec["definitions"] if self.v2 else spec["components"]["schemas"]
        return found

    def schemes(self, spec: Spec) -> Spec:
        found: Spec = spec["securityDefinitions"] if self.v2 \
            else spec["components"]["securitySchemes"]
        return found

    def nullable(self, schema: Spec) -> None:
        if self.version == "3.1":
            schema["type"] = [schema["type"], "null"]
        else:
            schema["x-nullable" if self.v2 else "nullable"] = True

    def scheme(self, kind: str, **fields: Any) -> Spec:
        """`basic`, `apiKey` or `oauth2` (client credentials), as this version spells it."""
        if kind == "basic":
            return {"type": "basic"} if self.v2 else {"type": "http", "scheme": "basic"}
        if kind == "oauth2" and self.v2:
            return {"type": "oauth2", "flow": "application", "tokenUrl": fields["token_url"],
                    "scopes": fields["scopes"]}
        if kind == "oauth2":
            return {"type": "oauth2", "flows": {"clientCredentials": {
                "tokenUrl": fields["token_url"], "scopes": fields["scopes"]}}}
        return {"type": "apiKey", **fields}

    def api(self) -> Spec:
        pet = {"type": "array", "items": self.ref("Pet")}
        create: Spec = {"operationId": "createPet", "tags": ["pets"],
                        "responses": {"201": self.response(self.ref("Pet"), "created")}}
        if self.v2:
            create["parameters"] = [{"name": "pet", "in": "body", "required": True,
                                     "schema": self.ref("NewPet")}]
        else:
            create["requestBody"] = {"required": True, "content": {
                "application/json": {"schema": self.ref("NewPet")}}}
        spec: Spec = {
            "info": {"title": "Pets", "version": "1"},
            "paths": {
                "/pets": {
                    "get": {"operationId": "listPets", "tags": ["pets"],
                            "parameters": [self.param("limit", "query", "integer")],
                            "responses": {"200": self.response(pet)}},
                    "post": create,
                },
                "/pets/{pet_id}": {
                    "parameters": [self.param("pet_id", "path", "string")],
                    "get": {"operationId": "getPet", "tags": ["pets"],
                            "security": [{"oauth": ["pets:read"]}],
                            "responses": {"200": self.response(self.ref("Pet")),
                                          "404": self.response(None, "missing")}},
                },
            },
            "security": [{"key": []}],
        }
        schemas = {
            "Pet": {"type": "object", "required": ["id", "name"], "properties": {
                "id": {"type": "string"}, "name": {"type": "string"},
                "tag": {"type": "string"}, "status": self.ref("PetStatus")}},
            "NewPet": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "kind": self.ref("PetKind")}},
            "PetStatus": {"type": "string", "enum": ["available", "sold"]},
            "PetKind": {"type": "string", "enum": ["cat", "dog"]},
            "Legacy": {"type": "object", "properties": {"x": {"type": "string"}}},
        }
        schemes = {
            "key": self.scheme("apiKey", name="X-Key", **{"in": "header"}),
            "basic": self.scheme("basic"),
            "oauth": self.scheme("oauth2", token_url="https://auth.example/token",
                                 scopes={"pets:read": "read", "pets:write": "write"}),
        }
        if self.v2:
            spec = {"swagger": "2.0", **spec, "definitions": schemas,
                    "securityDefinitions": schemes}
        else:
            spec = {"openapi": "3.0.3" if self.version == "3.0" else "3.1.0", **spec,
                    "components": {"schemas": schemas, "securitySchemes": schemes}}
        return spec


Edit = Callable[[Spelling, Spec], None]


def reports(tmp_path: Path, edit: Edit, before: Edit | None = None) -> dict[str, list[str]]:
    """For each spelling, the text report of the API (with `before` applied) -> the API
    with `edit` applied."""
    found = {}
    tmp_path.mkdir(exist_ok=True)
    for version in SPELLINGS:
        spelling = Spelling(version)
        old, new = spelling.api(), spelling.api()
        if before is not None:
            before(spelling, old)
        edit(spelling, new)
        folder = tmp_path / version
        folder.mkdir()
        for name, spec in (("old.yaml", old), ("new.yaml", new)):
            (folder / name).write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        changes = diff.diff_specs(folder / "old.yaml", folder / "new.yaml")
        found[version] = diff.format_text(changes).splitlines()
    return found


def same_everywhere(tmp_path: Path, edit: Edit, before: Edit | None = None) -> list[str]:
    found = reports(tmp_path, edit, before)
    assert found["2.0"] == found["3.0"] == found["3.1"], found
    return found["3.0"]


def test_the_spellings_are_one_api(tmp_path: Path) -> None:
    assert same_everywhere(tmp_path, lambda s, spec: None) == ["no API changes"]


def test_removed_definition_is_reported_in_every_spelling(tmp_path: Path) -> None:
    # main read components/schemas from the raw document: nothing, for 2.0
    def edit(s: Spelling, spec: Spec) -> None:
        del s.schemas(spec)["Legacy"]
        s.schemas(spec)["Owner"] = {"type": "object", "properties": {"n": {"type": "string"}}}

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/components/schemas/Legacy  schema `Legacy` removed (`models.Legacy` "
        "goes away)",
        "safe  #/components/schemas/Owner  schema `Owner` added",
    ]


def test_components_that_are_not_models_are_compared_in_every_spelling(tmp_path: Path) -> None:
    # main compared two component schemas only when both were models
    def add(s: Spelling, spec: Spec) -> None:
        s.schemas(spec)["Tags"] = {"type": "array", "items": {"type": "object", "properties": {
            "label": {"type": "string"}, "colour": {"type": "string"}}}}
        s.schemas(spec)["Id"] = {"type": "string"}

    def edit(s: Spelling, spec: Spec) -> None:
        add(s, spec)
        del s.schemas(spec)["Tags"]["items"]["properties"]["label"]
        s.schemas(spec)["Id"] = {"type": "integer"}
        s.schemas(spec)["Legacy"] = {"type": "string"}

    assert same_everywhere(tmp_path, edit, before=add) == [
        "BREAKING  #/components/schemas/Id  schema `Id` type changed from `string` to "
        "`integer`",
        "BREAKING  #/components/schemas/Legacy  schema `Legacy` type changed from `object` "
        "to `string` (`models.Legacy` goes away)",
        "BREAKING  #/components/schemas/Tags/items/properties/label  property `label` "
        "removed",
    ]

def test_added_required_parameter(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        spec["paths"]["/pets"]["get"]["parameters"].append(
            s.param("owner", "query", "string", required=True))

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/1  required query parameter `owner` added",
    ]


def test_parameter_beside_a_body_points_at_its_entry_as_written(tmp_path: Path) -> None:
    """2.0's list holds the body parameter first; the 3.x lists have none."""
    def edit(s: Spelling, spec: Spec) -> None:
        post = spec["paths"]["/pets"]["post"]
        post.setdefault("parameters", []).append(s.param("X-Trace", "header", "string", True))

    found = reports(tmp_path, edit)
    line = "BREAKING  #/paths/~1pets/post/parameters/{}  required header parameter " \
           "`X-Trace` added"
    assert found == {"2.0": [line.format(1)], "3.0": [line.format(0)], "3.1": [line.format(0)]}


def test_a_shared_parameter_is_its_entry_and_its_meaning(tmp_path: Path) -> None:
    """Moving `limit` behind a `$ref` changes nothing; its type changing is at its entry."""
    def shared(s: Spelling, spec: Spec, kind: str) -> None:
        home = spec if s.v2 else spec["components"]
        home["parameters"] = {"Limit": s.param("limit", "query", kind)}
        where = "#/parameters/Limit" if s.v2 else "#/components/parameters/Limit"
        spec["paths"]["/pets"]["get"]["parameters"] = [
            s.param("sort", "query", "string"), {"$ref": where}]

    def moved(s: Spelling, spec: Spec) -> None:
        shared(s, spec, "integer")
        del spec["paths"]["/pets"]["get"]["parameters"][0]

    assert same_everywhere(tmp_path, moved) == ["no API changes"]
    assert same_everywhere(tmp_path / "typed", lambda s, spec: shared(s, spec, "string")) == [
        "BREAKING  #/paths/~1pets/get/parameters/1  query parameter `limit` type changed from "
        "`integer` to `string`",
        "safe  #/paths/~1pets/get/parameters/0  optional query parameter `sort` added",
    ]


def test_path_level_parameter_changed(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        spec["paths"]["/pets/{pet_id}"]["parameters"] = [s.param("pet_id", "path", "integer")]

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets~1{pet_id}/parameters/0  path parameter `pet_id` type "
        "changed from `string` to `integer`",
    ]


def test_default_security_changed(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        spec["security"] = [{"basic": []}, {}]

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/security  default security changed from `key` to `anonymous` or `basic`",
    ]


def test_operation_scopes_changed(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        spec["paths"]["/pets/{pet_id}"]["get"]["security"] = [
            {"oauth": ["pets:write", "pets:read"]}]

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets~1{pet_id}/get/security  `GET /pets/{pet_id}` security "
        "changed from `oauth[pets:read]` to `oauth[pets:read, pets:write]`",
    ]


def test_operation_follows_the_default_again(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        del spec["paths"]["/pets/{pet_id}"]["get"]["security"]

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets~1{pet_id}/get/security  `GET /pets/{pet_id}` security "
        "changed from `oauth[pets:read]` to `key`",
    ]


def test_removed_and_changed_schemes(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        del s.schemes(spec)["basic"]
        s.schemes(spec)["key"]["name"] = "X-Api-Key"

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/components/securitySchemes/basic  security scheme `basic` removed",
        "BREAKING  #/components/securitySchemes/key  security scheme `key` changed from "
        "`apiKey X-Key in header` to `apiKey X-Api-Key in header`",
    ]


def test_added_scheme(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        s.schemes(spec)["other"] = s.scheme("oauth2", token_url="https://b.example/t",
                                            scopes={})

    assert same_everywhere(tmp_path, edit) == [
        "safe  #/components/securitySchemes/other  security scheme `other` added "
        "(`oauth2 clientCredentials https://b.example/t`)",
    ]


def test_property_removed_and_made_nullable(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        pet = s.schemas(spec)["Pet"]["properties"]
        del pet["tag"]
        s.nullable(pet["name"])

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/components/schemas/Pet/properties/name  response property `name` can "
        "now be null",
        "BREAKING  #/components/schemas/Pet/properties/tag  response property `tag` removed",
    ]


def test_enum_values_removed_and_added(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        s.schemas(spec)["PetKind"]["enum"] = ["cat"]
        s.schemas(spec)["PetStatus"]["enum"].append("pending")

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/components/schemas/PetKind/enum  request enum `PetKind`: 1 value "
        "removed: `dog` (`models.PetKind.DOG` goes away)",
        "safe  #/components/schemas/PetStatus/enum  response enum `PetStatus`: 1 value "
        "added: `pending`",
    ]


def test_request_body_and_responses(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        s.schemas(spec)["NewPet"]["required"].append("kind")
        responses = spec["paths"]["/pets/{pet_id}"]["get"]["responses"]
        responses["200"] = s.response(None)
        del responses["404"]

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets~1{pet_id}/get/responses/200  response 200 has no body "
        "any more",
        "BREAKING  #/components/schemas/NewPet/properties/kind  request property `kind` is "
        "now required",
        "safe  #/paths/~1pets~1{pet_id}/get/responses/404  response 404 removed",
    ]


def test_operations_removed_renamed_and_regrouped(tmp_path: Path) -> None:
    def edit(s: Spelling, spec: Spec) -> None:
        del spec["paths"]["/pets"]["post"]
        spec["paths"]["/pets"]["get"]["operationId"] = "findPets"
        spec["paths"]["/pets/{pet_id}"]["get"]["tags"] = ["animals"]

    assert same_everywhere(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/post  operation removed: `POST /pets` "
        "(`client.pets.create_pet`)",
        "BREAKING  #/paths/~1pets/get  operationId `listPets` renamed to `findPets`: the "
        "client method `client.pets.list_pets` is now `client.pets.find_pets`",
        "BREAKING  #/paths/~1pets~1{pet_id}/get  first tag `pets` changed to `animals`: the "
        "client method `client.pets.get_pet` is now `client.animals.get_pet`",
        # no operation sends NewPet any more: its TypedDict is no longer generated
        "BREAKING  #/components/schemas/NewPet  `types.NewPetParam` goes away (no request "
        "sends `models.NewPet` now)",
        # nor PetKind, which only NewPet's `kind` sent: its alias goes too
        "BREAKING  #/components/schemas/PetKind  `types.PetKindParam` goes away (no request "
        "sends `models.PetKind` now)",
    ]


@pytest.mark.parametrize("version", SPELLINGS)
def test_each_spelling_loads_what_diff_reads(version: str, tmp_path: Path) -> None:
    """The IR of each spelling holds the default security, schemes and schemas diff reads."""
    path = tmp_path / "api.yaml"
    path.write_text(yaml.safe_dump(Spelling(version).api(), sort_keys=False), encoding="utf-8")
    api = diff.load(path)
    assert [r.schemes for r in api.security] == [(("key", ()),)]
    assert [(s.name, s.summary) for s in api.security_schemes] == [
        ("key", "apiKey X-Key in header"), ("basic", "http basic"),
        ("oauth", "oauth2 clientCredentials https://auth.example/token")]
    assert [s.name for s in api.schemas] == ["Pet", "NewPet", "PetStatus", "PetKind", "Legacy"]
    (get_pet,) = [op for op in api.operations if op.operation_id == "getPet"]
    assert get_pet.own_security and get_pet.requires_credentials
    assert [r.schemes for r in get_pet.security] == [(("oauth", ("pets:read",)),)]
    assert [p.pointer for p in get_pet.parameters] == ["#/paths/~1pets~1{pet_id}/parameters/0"]


# -- keyword-named properties and unions of several objects (issue 12) ----------------------
# A `main:` comment says what the generator did before the fix.


def _diff(write, old: dict, new: dict) -> list[tuple[str, str]]:
    from generator.diff import compare as diff

    changes = diff.diff_specs(write("old.yaml", yaml_text(old)), write("new.yaml", yaml_text(new)))
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
