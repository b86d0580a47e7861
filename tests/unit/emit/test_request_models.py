"""A model only requests carry takes only the spec's enum values; one a response reaches
stays open (the server may add values, kept as received).

`ApproveRequestRequest(level="REGULR")` passed a type checker and was sent: the model's
field was `Level | str`, as a response's must be. A model no response reaches is never
decoded by the client, so its enum fields name the closed `<pkg>.types` alias.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from generator.generate import generate
from generator.project.write import write_trees

_LEVEL = {"$ref": "#/components/schemas/Level"}
SPEC = {
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
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
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
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
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
