"""generator.diff.compare: API-level changes between two spec versions, and `clientgen diff`.

The hand-made pairs start from one small pet-store spec (BASE) and change one thing each;
every test asserts the exact report. The Opal history (specs/opal/history, vendored in the
repository) is compared against an independent reading of the raw YAML documents.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli.main import main
from generator.diff import compare as diff
from generator.model import ir
from generator.names.assign import Names

REPO = Path(__file__).resolve().parents[3]
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
