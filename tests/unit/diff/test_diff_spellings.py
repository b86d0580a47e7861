"""generator.diff.compare over Swagger 2.0, OpenAPI 3.0 and 3.1 spellings of one API.

Each test makes one change to the same small API written three ways and expects one report
for all three: diff compares IRs, so a spelling cannot change what it finds. Pointers name
the IR's locations: for 2.0 that is the converted document (`#/components/schemas/X` for
`#/definitions/X`, `.../requestBody` for a body parameter), except a parameter's pointer,
which is its entry as the user wrote it (so it differs where the 2.0 list holds a body
parameter the 3.x lists do not).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import compare as diff

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
