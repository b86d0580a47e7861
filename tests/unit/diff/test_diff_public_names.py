"""`clientgen diff` names every public name of the old client that the new one lacks.

What a caller can name is read here from the generated files themselves (`__all__` of
`models` and `types`, enum members, the group modules, their classes and methods), not from
the naming pass diff uses, so the check is independent: every name of the old package that
the new package lacks must appear in a breaking line, and no line says a name goes away
that the new package still has.
"""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli.main import main
from generator.diff import compare as diff
from generator.generate import generate

REPO = Path(__file__).resolve().parents[3]
OPAL = REPO / "specs" / "opal" / "opal-openapi.yaml"
PAGING = REPO / "specs" / "opal" / "pagination.json"  # Opal's cursor rule; pets() uses it
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
    return public_names(generate(path, "pkg", PAGING).files)


def check_names(old: Path, new: Path) -> list[diff.Change]:
    """Compare, and hold the report against what the two generated packages really have."""
    changes = diff.diff_specs(old, new, pagination=PAGING)
    before, after = package_names(old), package_names(new)
    named = {name for c in changes if c.breaking for name in re.findall(r"`([^`]+)`", c.message)}
    missed = [name for name in before - after  # an enum's members go with its class
              if name not in named and name.rpartition(".")[0] not in named]
    assert sorted(missed) == [], "names gone from the package, not reported"
    said_gone = {name for c in changes if c.kind == "name-removed"
                 for name in re.findall(r"`([^`]+)`", c.message.split(" go")[0])}
    assert sorted(said_gone & after) == [], "reported gone, still in the package"
    return changes


# -- the real Opal spec --------------------------------------------------------------------------


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


# -- small specs, one change each ------------------------------------------------------------------


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


def report(tmp_path: Path, edit: Any) -> list[str]:
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
    assert report(tmp_path, edit) == [
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

    assert report(tmp_path, edit) == [
        "BREAKING  #/paths/~1pets/get/parameters/0  query parameter `cursor` removed",
        "BREAKING  #/paths/~1pets/get  `client.pets.list_pets_iter` goes away "
        "(`client.pets.list_pets` no longer pages)",
    ]


def test_a_removed_paging_operation_names_its_iter_method(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/pets"]["get"]

    lines = report(tmp_path, edit)
    assert lines[0] == ("BREAKING  #/paths/~1pets/get  operation removed: `GET /pets` "
                        "(`client.pets.list_pets`, `client.pets.list_pets_iter`)")


def test_a_renamed_operation_renames_its_inline_models_typed_dicts_and_iter(
        tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets"]["post"]["operationId"] = "addPet"
        spec["paths"]["/pets"]["get"]["operationId"] = "findPets"

    lines = report(tmp_path, edit)
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

    assert report(tmp_path, edit) == [
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
        "`types.CreatePetRequestCollarParam` go away" in report(tmp_path, edit)


def test_a_renamed_component_takes_its_inline_models_with_it(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        schemas["Person"] = schemas.pop("Owner")
        spec["paths"]["/owners/{id}"]["get"]["responses"] = _ok(
            {"$ref": "#/components/schemas/Person"})

    lines = report(tmp_path, edit)
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
        in report(tmp_path, edit)


def test_a_removed_response_enum_value_takes_its_member(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["OwnerStatus"]["enum"] = ["active"]

    assert report(tmp_path, edit) == [
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
