"""generator.emit.view: what the templates get; names follow the contract, modules import what
their records need."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.emit.view import build_view
from generator.generate import generate
from generator.project.write import write_trees

# -- names in the view, per the contract --------------------------------------------------

NAMING_SPEC = """
openapi: 3.0.3
info: {title: Names, version: "1"}
paths:
  /rules:
    get:
      operationId: getRequests
      tags: [access-rules]
      parameters:
        - {name: opc-request-id, in: header, schema: {type: string}}
        - {name: class, in: query, schema: {type: string}}
        - {name: self, in: query, schema: {type: string}}
        - {name: body, in: query, schema: {type: string}}
        - {name: limit, in: query, required: true, schema: {type: integer}}
      responses:
        "200": {description: ok}
    post:
      operationId: ListAccessRequests
      tags: [AccessRequests]
      responses:
        "200": {description: ok}
  /rules/{rule-id}:
    parameters:
      - {name: rule-id, in: path, required: true, schema: {type: string}}
    get:
      operationId: class
      tags: [access-rules]
      responses:
        "200": {description: ok}
    put:
      operationId: with_raw_response
      tags: [access-rules]
      responses:
        "200": {description: ok}
    delete:
      tags: [access_rules]
      responses:
        "204": {description: ok}
  /other/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        "204": {description: ok}
    patch:
      operationId: updateOther
      tags: [close]
      responses:
        "204": {description: ok}
components:
  schemas:
    Thing:
      type: object
      properties:
        class: {type: string}
        str: {type: string}
        fooBar: {type: string}
        foo_bar: {type: string}
        to_dict: {type: string}
        additional_properties: {type: string}
        $schema: {type: string}
        2fa: {type: boolean}
    Colour:
      type: string
      enum: [red, in-progress, "2fa", "", class, RED, mro]
"""


@pytest.fixture
def naming_view(write, load):
    api, _ = load(write("names.yaml", NAMING_SPEC))
    return build_view(api, "names_client")


def _groups(view) -> dict[str, list[str]]:
    return {g.attr: [op.name for op in g.operations] for g in view.groups}


def test_groups_and_methods_are_snake_case_of_tag_and_operation_id(naming_view) -> None:
    groups = _groups(naming_view)
    assert groups["access_rules"][:3] == ["get_requests", "class_", "with_raw_response_"]
    assert groups["access_requests"] == ["list_access_requests"]


def test_group_name_clash_gets_a_trailing_underscore(naming_view) -> None:
    groups = _groups(naming_view)
    assert groups["access_rules_"] == ["delete_rules_rule_id"]
    assert groups["close_"] == ["update_other"]
    assert "close" not in groups


def test_operation_without_tag_or_operation_id(naming_view) -> None:
    assert _groups(naming_view)["default"] == ["get_other_id"]


def test_group_modules_and_classes_are_unique_identifiers(naming_view) -> None:
    modules = [g.module for g in naming_view.groups]
    classes = [name for g in naming_view.groups for name in g.classes.all()]
    assert len(set(modules)) == len(modules)
    assert len(set(classes)) == len(classes) == 4 * len(modules)
    assert all(name.isidentifier() for name in [*modules, *classes])


def test_parameters_are_snake_case_keywords(naming_view) -> None:
    [group] = [g for g in naming_view.groups if g.attr == "access_rules"]
    op = group.operations[0]
    signature = ast.parse(f"def f({op.signature}): pass").body[0].args
    assert [a.arg for a in signature.args] == ["self"]
    names = [a.arg for a in signature.kwonlyargs]
    assert names == ["limit", "opc_request_id", "class_", "self_", "body_"]
    required = names[:len(signature.kwonlyargs) - len(signature.kw_defaults)
                     + sum(d is None for d in signature.kw_defaults)]
    assert required == ["limit"]
    assert ("opc-request-id", "opc_request_id") in [(a.wire, a.attr) for a in op.call.headers]
    assert ("class", "class_") in [(a.wire, a.attr) for a in op.call.query]


def test_every_generated_signature_parses(naming_view) -> None:
    for group in naming_view.groups:
        for op in group.operations:
            ast.parse(f"def {op.name}({op.signature}) -> {op.returns}:\n    pass\n")


def test_model_attributes_are_safe_and_unique(naming_view) -> None:
    [thing] = [m for m in naming_view.models if m.name == "Thing"]
    attrs = {ast.literal_eval(f.wire): f.attr for f in thing.fields}
    assert attrs == {
        "class": "class_", "str": "str_", "fooBar": "foo_bar", "foo_bar": "foo_bar_",
        "to_dict": "to_dict_", "additional_properties": "additional_properties_",
        "$schema": "schema", "2fa": "n_2fa",
    }


def test_enum_members_are_safe_unique_constants(naming_view) -> None:
    [colour] = [e for e in naming_view.enums if e.name == "Colour"]
    members = [(name, ast.literal_eval(value)) for name, value in colour.members]
    assert members == [("RED", "red"), ("IN_PROGRESS", "in-progress"), ("VALUE_2FA", "2fa"),
                       ("EMPTY", ""), ("CLASS", "class"), ("RED_", "RED"), ("MRO", "mro")]


def test_view_is_deterministic(write, load) -> None:
    first = build_view(load(write("a/names.yaml", NAMING_SPEC))[0], "names_client")
    second = build_view(load(write("b/names.yaml", NAMING_SPEC))[0], "names_client")
    assert first == second


# -- a module imports what its records need --------------------------------------------------


def test_a_paged_operation_of_uuids_imports_uuid_so_its_hints_resolve(tmp_path) -> None:
    """Regression: `_t.Iterator[_uuid.UUID]` was written into a module that never imported
    `_uuid` (imports were found by searching code strings, and the paging ones were not
    searched), so `typing.get_type_hints` on the `_iter` method raised NameError."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({
        "openapi": "3.0.3", "info": {"title": "Ids", "version": "1"},
        "paths": {"/ids": {"get": {
            "operationId": "listIds", "tags": ["ids"],
            "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"type": "object", "properties": {
                    "next": {"type": "string"},
                    "results": {"type": "array",
                                "items": {"type": "string", "format": "uuid"}}}}}}}}}}}}))
    paging = tmp_path / "paging.json"
    paging.write_text(json.dumps({"detect": [{"scheme": "cursor", "param": "cursor",
                                              "token": "next"}]}), encoding="utf-8")
    result = generate(spec, "ids", paging)
    group = result.files["ids/resources/ids.py"]
    assert "_t.Iterator[_uuid.UUID]" in group and "import uuid as _uuid" in group
    write_trees({tmp_path / "out": result.files})
    hints = subprocess.run([sys.executable, "-c", """
import typing
from ids.resources.ids import Ids
print(typing.get_type_hints(Ids.list_ids_iter)["return"])
"""], cwd=tmp_path / "out", capture_output=True, text=True, timeout=120)
    assert hints.stdout.strip() == "typing.Iterator[uuid.UUID]", hints.stderr


# -- a method's docstring lists every body field ----------------------------------------------


def test_the_docstring_lists_every_body_field_required_first(tmp_path) -> None:
    """Regression: only described fields were listed, so Opal's `approve_request` left out
    its required `level`; every field a request sends is listed, required ones first."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({
        "openapi": "3.0.3", "info": {"title": "Doc", "version": "1"},
        "paths": {"/approve": {"post": {
            "operationId": "approve", "tags": ["reqs"],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["level", "why"],
                "properties": {
                    "comment": {"type": "string", "description": 'say """ why'},
                    "level": {"type": "string", "enum": ["REGULAR", "ADMIN"]},
                    "seen": {"type": "boolean", "readOnly": True, "description": "server's"},
                    "why": {"type": "string", "description": "the reason"},
                    "tags": {"type": "array", "items": {"type": "string"}}}}}}},
            "responses": {"204": {"description": "done"}}}}}}))
    group = generate(spec, "doc").files["doc/resources/reqs.py"]
    doc = ast.get_docstring(next(
        node for node in ast.walk(ast.parse(group))
        if isinstance(node, ast.FunctionDef) and node.name == "approve"))
    assert doc is not None
    fields = doc[doc.index("body:"):doc.index("**options")].splitlines()[1:]
    assert [line.strip() for line in fields if line.strip()] == [
        "level (required)", "why (required): the reason",
        'comment (optional): say """ why', "tags (optional)"]



def test_a_body_field_description_keeps_its_trailing_colon(tmp_path) -> None:
    """Regression: the Args line stripped a trailing `:` meant for an empty description, so
    a description ending in one lost it."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({
        "openapi": "3.0.3", "info": {"title": "Doc", "version": "1"},
        "paths": {"/approve": {"post": {
            "operationId": "approve", "tags": ["reqs"],
            "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {
                    "mode": {"type": "string", "description": "one of:"},
                    "note": {"type": "string", "description": "   "}}}}}},
            "responses": {"204": {"description": "done"}}}}}}))
    group = generate(spec, "doc").files["doc/resources/reqs.py"]
    assert "mode (optional): one of:" in group
    assert "note (optional)\n" in group

# -- what a call returns ----------------------------------------------------------------------


NO_CONTENT_SPEC = """
openapi: 3.0.3
info: {title: Empty, version: "1"}
paths:
  /things/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    delete:
      operationId: deleteThing
      responses:
        "200": {description: deleted}
    post:
      operationId: touchThing
      responses:
        "202": {description: accepted}
        "204": {description: nothing}
        default:
          description: error
          content:
            application/json: {schema: {type: object}}
    put:
      operationId: putThing
      responses:
        "200":
          description: the thing
          content:
            application/json: {schema: {type: object, properties: {a: {type: string}}}}
        "204": {description: unchanged}
"""


def test_a_success_without_declared_content_returns_none_whatever_its_status(
        write, load) -> None:
    """Any status, not only 204/205: a spec that declares no content promises no body, so
    the method is typed None (an `.id` on the result is a type error), never Any."""
    view = build_view(load(write("empty.yaml", NO_CONTENT_SPEC))[0], "empty_client")
    returns = {op.name: (op.returns, op.returns_any) for g in view.groups
               for op in g.operations}
    assert returns["delete_thing"] == ("None", False)
    assert returns["touch_thing"] == ("None", False)
    assert returns["put_thing"][0].endswith(" | None") and not returns["put_thing"][1]


# -- the emit stage's modules import each other at the top, without a circle ------------------


def _emit_imports() -> dict[str, set[str]]:
    """generator.emit module -> the generator.emit modules it imports, and any import of
    the generator inside a function (named `<module>:<line>`)."""
    import generator.emit

    folder = Path(generator.emit.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = set(tree.body)
        edges = graph.setdefault(path.stem, set())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
                if node not in top and not _in_type_checking(tree, node):
                    edges.add(f"inside a function at line {node.lineno}")
                if node.module == "generator.emit":
                    edges |= {alias.name for alias in node.names}
                elif node.module and node.module.startswith("generator.emit."):
                    edges.add(node.module.removeprefix("generator.emit."))
    return graph


def _in_type_checking(tree: ast.Module, node: ast.AST) -> bool:
    return any(isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
               and node in list(ast.walk(block)) for block in tree.body)


def test_emit_modules_import_each_other_at_the_top_and_in_no_circle() -> None:
    graph = _emit_imports()
    assert {"view", "context", "methods", "calls", "readme", "testkit"} <= set(graph)
    hidden = {module: sorted(e for e in edges if e.startswith("inside"))
              for module, edges in graph.items()}
    assert {m: e for m, e in hidden.items() if e} == {}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:  # depth first: a module met again while open is a circle
        assert module not in visiting, " -> ".join([*visiting, module])
        if module in done:
            return
        visiting.append(module)
        for other in sorted(graph.get(module, ())):
            visit(other)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)
