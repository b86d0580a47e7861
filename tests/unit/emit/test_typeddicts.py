"""`<pkg>.types`: the dict form of request bodies, as TypedDicts."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator.generate import generate
from generator.project.write import write_trees

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
