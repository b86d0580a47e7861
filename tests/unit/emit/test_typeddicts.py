"""`<pkg>.types`: the dict form of request bodies, as TypedDicts."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from generator.generate import generate
from generator.project.write import write_trees

from ..conftest import REPO

SPEC = """
openapi: 3.0.3
info: {title: Typed, version: "1"}
servers: [{url: "http://api.test"}]
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewThing"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    NewThing:
      type: object
      required: [name, size]
      properties:
        id: {type: string, format: uuid, readOnly: true}
        name: {type: string}
        size: {type: integer}
        owner_id: {type: string, format: uuid}
        when: {type: string, format: date-time}
        kind: {type: string, enum: [small, large]}
        parts: {type: array, items: {$ref: "#/components/schemas/Part"}}
    Part:
      type: object
      required: [label]
      properties:
        label: {type: string}
        "not": {type: boolean}
        "x-y": {type: string}
    Thing:
      type: object
      properties:
        only_in_responses: {type: string}
"""


@pytest.fixture(scope="module")
def typed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("typed")
    spec = root / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    write_trees({root / "out": generate(spec, "typed_client").files})
    return root / "out"


@pytest.fixture(scope="module")
def types_module(typed_package: Path):
    sys.path.insert(0, str(typed_package))
    try:
        yield importlib.import_module("typed_client.types")
    finally:
        sys.path.remove(str(typed_package))


def test_only_schemas_a_request_sends_get_a_typeddict(types_module) -> None:
    # and the enum a body sends its alias (NewThingKindParam)
    assert sorted(types_module.__all__) == ["NewThingKindParam", "NewThingParam", "PartParam"]


def _keys(typed_dict: type) -> set[str]:
    # annotations stay text (the module is for type checkers), so required-ness is checked
    # by mypy below; here only which keys exist
    return set(typed_dict.__required_keys__ | typed_dict.__optional_keys__)


def test_keys_are_the_wire_names_a_request_may_carry(types_module) -> None:
    assert _keys(types_module.NewThingParam) == {"name", "size", "owner_id", "when", "kind",
                                                 "parts"}


def test_keys_that_are_not_names_use_the_call_form(types_module, typed_package: Path) -> None:
    assert _keys(types_module.PartParam) == {"label", "not", "x-y"}
    source = (typed_package / "typed_client" / "types.py").read_text(encoding="utf-8")
    assert 'PartParam = _t.TypedDict(' in source
    assert "class NewThingParam(_t.TypedDict, total=False):" in source


CONSUMER = """
from typed_client.types import NewThingParam

ok: NewThingParam = {"name": "n", "size": 1, "owner_id": "8b0c-text-is-fine",
                     "parts": [{"label": "a", "not": True}]}
misspelt: NewThingParam = {"name": "n", "size": 1, "colour": "red"}
wrong_type: NewThingParam = {"name": "n", "size": "big"}
missing: NewThingParam = {"name": "n"}
nested: NewThingParam = {"name": "n", "size": 1, "parts": [{"lable": "a"}]}
read_only: NewThingParam = {"name": "n", "size": 1, "id": "x"}
"""


def test_mypy_reports_each_misuse_of_a_dict_body(typed_package: Path, tmp_path: Path) -> None:
    (tmp_path / "consumer.py").write_text(CONSUMER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "consumer.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"MYPYPATH": str(typed_package), "PATH": "/usr/bin:/bin"})
    lines = [line for line in done.stdout.splitlines() if ": error:" in line]
    reported = sorted({int(line.split(":")[1]) for line in lines})
    assert reported == [6, 7, 8, 9, 10], done.stdout


def test_a_union_that_reaches_itself_in_a_request_body_is_open_inside(tmp_path: Path) -> None:
    """Regression: `Tree: oneOf [array of Tree, string]` in a request body sent the dict
    form's annotation round the loop until RecursionError crashed the generator."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("""
openapi: 3.0.3
info: {title: Trees, version: "1"}
paths:
  /trees:
    post:
      operationId: plant
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                tree: {$ref: "#/components/schemas/Tree"}
      responses:
        "204": {description: planted}
components:
  schemas:
    Tree:
      oneOf:
        - {type: array, items: {$ref: "#/components/schemas/Tree"}}
        - {type: string}
""", encoding="utf-8")
    result = generate(spec, "trees")
    assert "tree: _t.NotRequired[_t.Sequence[_t.Any] | str]" in result.files["trees/types.py"]
    write_trees({tmp_path / "out": result.files})
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "trees"],
                             cwd=tmp_path / "out", capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout


# -- request-only models close their enums (request_only_objects) ----------------------------------
# A model only requests carry takes only the spec's enum values; one a response reaches
# stays open (the server may add values, kept as received).
#
# `ApproveRequestRequest(level="REGULR")` passed a type checker and was sent: the model's
# field was `Level | str`, as a response's must be. A model no response reaches is never
# decoded by the client, so its enum fields name the closed `<pkg>.types` alias.


_LEVEL = {"$ref": "#/components/schemas/Level"}
REQUEST_ONLY_SPEC = {
    "openapi": "3.0.3", "info": {"title": "Lv", "version": "1"},
    "paths": {
        "/approve": {"post": {
            "operationId": "approve", "tags": ["reqs"],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Approval"}}}},
            "responses": {"204": {"description": "done"}}}},
        "/rules": {"put": {
            "operationId": "putRule", "tags": ["reqs"],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Rule"}}}},
            "responses": {"200": {"description": "the rule", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Rule"}}}}}}},
    },
    "components": {"schemas": {
        "Level": {"type": "string", "enum": ["REGULAR", "ADMIN"]},
        # request only; a nested Step is request only too, its readOnly `seen` never sent
        "Approval": {"type": "object", "required": ["level"], "properties": {
            "level": _LEVEL, "steps": {"type": "array", "items": {
                "$ref": "#/components/schemas/Step"}}}},
        "Step": {"type": "object", "properties": {
            "level": {"nullable": True, "allOf": [_LEVEL]},
            "seen": {"readOnly": True, "allOf": [_LEVEL]}}},
        # sent and received: open, as a response decodes into it
        "Rule": {"type": "object", "required": ["level"], "properties": {"level": _LEVEL}}},
    }}


def _fields(source: str) -> dict[str, str]:
    """Each annotated field of the module's one class: its annotation."""
    return {n.target.id: ast.unparse(n.annotation) for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


def test_a_request_only_model_closes_its_enums_and_a_received_one_stays_open(
        tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(REQUEST_ONLY_SPEC), encoding="utf-8")
    files = generate(spec, "lv").files
    approval = _fields(files["lv/models/approval.py"])
    assert approval["level"] == "_types.LevelParam"
    step = _fields(files["lv/models/step.py"])
    assert step["level"] == "_types.LevelParam | None"
    assert step["seen"] == "_m.Level | str | None"  # the server sets it: never sent
    assert _fields(files["lv/models/rule.py"])["level"] == "_m.Level | str"


def test_a_closed_model_still_decodes_leniently_and_its_hints_resolve(tmp_path: Path) -> None:
    """Closing is for type checkers only: from_dict keeps an unknown value as received,
    and `_types` (imported lazily, types.py imports the models) resolves at run time."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(REQUEST_ONLY_SPEC), encoding="utf-8")
    write_trees({tmp_path / "out": generate(spec, "lv").files})
    done = subprocess.run([sys.executable, "-c", """
import typing
from lv.models import Approval, Level
print(Approval.from_dict({"level": "NEW"}).level, Approval(level=Level.ADMIN).to_dict())
hint = typing.get_type_hints(Approval)["level"]
print(hint == Level | typing.Literal["REGULAR", "ADMIN"])
"""], cwd=tmp_path / "out", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "NEW {'level': 'ADMIN'}"
    assert lines[1] == "True"


# -- each enum a request carries is its one alias in `<pkg>.types` ---------------------------------
# Each enum a request carries is spelt out once, as its alias in `<pkg>.types`.
#
# A parameter or TypedDict key that takes an enum names the alias (`_types.StatusParam`),
# so jump-to-definition shows one line, not the enum's values pasted again. Read from the
# committed packages (golden tests and `clientgen check` hold them to the generator).


PACKAGES = [REPO / "tests" / "golden" / "enums" / "expected" / "enums_client",
            REPO / "tests" / "golden" / "parameters" / "expected" / "parameters_client",
            REPO / "generated" / "opal_client" / "opal_client",
            REPO / "generated" / "oracle_ag_client" / "oracle_ag_client"]


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
        and node.value.attr == "Literal"


def _aliases(types: ast.Module) -> dict[str, ast.expr]:
    """`X: _t.TypeAlias = <value>` of `types.py`, by name."""
    return {n.target.id: n.value for n in types.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
            and ast.unparse(n.annotation) == "_t.TypeAlias" and n.value is not None}


def _all(types: ast.Module) -> list[str]:
    (names,) = [n.value for n in types.body if isinstance(n, ast.Assign)
                and [ast.unparse(t) for t in n.targets] == ["__all__"]]
    return [ast.literal_eval(e) for e in names.elts]  # type: ignore[attr-defined]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_every_enum_literal_is_written_once_by_its_exported_alias(package: Path) -> None:
    types = ast.parse((package / "types.py").read_text(encoding="utf-8"))
    aliases = _aliases(types)
    in_aliases = {id(v.right) for v in aliases.values() if isinstance(v, ast.BinOp)}
    spelt: Counter[str] = Counter()
    for path in sorted(package.rglob("*.py")):
        tree = types if path.name == "types.py" else ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp) and _is_literal(node.right):
                spelt[ast.unparse(node.left)] += 1
                if path.name == "types.py":
                    assert id(node.right) in in_aliases, f"{path.name}: {ast.unparse(node)}"
                else:
                    raise AssertionError(f"{path.relative_to(package)}: {ast.unparse(node)}")
    assert spelt, "the package sends no enum: the case tests nothing"
    assert [e for e, count in spelt.items() if count > 1] == []
    assert sorted(aliases) == sorted(set(aliases) & set(_all(types)))


def test_opal_resource_type_filter_names_the_alias() -> None:
    package = REPO / "generated" / "opal_client" / "opal_client"
    types = ast.parse((package / "types.py").read_text(encoding="utf-8"))
    assert "ResourceTypeEnumParam" in _all(types)
    assert ast.unparse(_aliases(types)["ResourceTypeEnumParam"].left) == \
        "_m.ResourceTypeEnum"  # type: ignore[attr-defined]
    group = ast.parse((package / "resources" / "resources.py").read_text(encoding="utf-8"))
    (method,) = [n for n in ast.walk(group)
                 if isinstance(n, ast.FunctionDef) and n.name == "get_resources"]
    (arg,) = [a for a in method.args.kwonlyargs if a.arg == "resource_type_filter"]
    assert arg.annotation is not None
    assert ast.unparse(arg.annotation) == "_types.ResourceTypeEnumParam | None"
