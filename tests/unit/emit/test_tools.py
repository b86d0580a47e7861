"""generator.emit.tools: each operation as an MCP tool record (`<pkg>/mcp/_tools.py`): names,
bounded descriptions, annotations, and input schemas that are valid JSON Schema 2020-12 and
accept the arguments the test kit would send."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.diagnostics import Sink
from generator.emit import tools
from generator.emit.testkit import minimal_value
from generator.generate import generate
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())

SPEC = """
openapi: 3.0.3
info: {title: tools, version: "1"}
paths:
  /nodes/{id}:
    get:
      operationId: getNode
      summary: Get a node
      description: The node, with its children.
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, pattern: "^[a-z]+$"}}
        - {name: odd, in: query, schema: {type: string, pattern: "(?<=a)\\\\p{Script=Greek}"}}
        - {name: upper, in: query, schema: {type: string, pattern: "^\\\\p{Lu}"}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}
    delete:
      operationId: deleteNode
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses: {"204": {description: gone}}
    put:
      operationId: putNode
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {type: string}}}}
components:
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string, description: its name}
        colour: {type: string, enum: [red, green], nullable: true}
        id: {type: string, readOnly: true}
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        tags: {type: object, additionalProperties: {type: integer}}
"""


def _tools(api: ir.Api) -> list[dict[str, Any]]:
    return [json.loads(ast.literal_eval(entry))
            for entry in tools.tool_table(api, Names(api)).entries]


def _by_name(api: ir.Api) -> dict[str, dict[str, Any]]:
    return {t["name"]: t for t in _tools(api)}


def test_a_name_is_group_and_method_and_a_long_one_is_cut_with_a_stable_hash() -> None:
    assert tools.tool_name("users", "get_user") == "users_get_user"
    long = tools.tool_name("access_governance_identities", "list_" + "very_" * 12 + "long")
    assert len(long) == 64 and long.startswith("access_governance_identities_list_very")
    assert long == tools.tool_name("access_governance_identities", "list_" + "very_" * 12 + "long")
    assert long[-9] == "_" and all(c in "0123456789abcdef" for c in long[-8:])


def test_names_stay_unique_when_two_operations_spell_the_same_tool() -> None:
    taken = {"a_b_c"}  # group a_b, method c: then group a, method b_c
    other = tools.tool_name("a", "b_c", taken)
    assert other != "a_b_c" and other.startswith("a_b_c_") and len(other) == 14
    cut = tools.tool_name("g" * 40, "m" * 40)
    assert tools.tool_name("g" * 40, "m" * 40, {cut}) not in (cut, "")


def test_the_description_is_summary_and_description_bounded() -> None:
    op = ir.Operation("x", "GET", "/x", None, "#", (), None, (), summary="Get  it",
                      description="Line one\nstill one.\n\nSecond paragraph.")
    assert tools.description(op) == "Get it\n\nLine one still one.\n\nSecond paragraph."
    huge = ir.Operation("x", "GET", "/x", None, "#", (), None, (), description="word " * 2000,
                        deprecated=True)
    text = tools.description(huge)
    assert len(text) == tools.MAX_DESCRIPTION and text.endswith("\u2026")
    assert text.startswith("Deprecated. word")
    bare = ir.Operation(None, "POST", "/things", None, "#", (), None, ())
    assert tools.description(bare) == "POST /things"


@pytest.mark.parametrize("method, read, destructive, idempotent", [
    ("GET", True, False, True), ("HEAD", True, False, True), ("OPTIONS", True, False, True),
    ("PUT", False, False, True), ("DELETE", False, True, True), ("POST", False, False, False),
    ("PATCH", False, False, False)])
def test_annotations_follow_the_http_method(method: str, read: bool, destructive: bool,
                                            idempotent: bool) -> None:
    op = ir.Operation("x", method, "/x", None, "#", (), None, ())
    assert tools.tool_annotations(op) == {"readOnlyHint": read, "destructiveHint": destructive,
                                          "idempotentHint": idempotent}


def test_input_schema_holds_arguments_body_and_required_and_cuts_recursion(write, load) -> None:
    api, _ = load(write("tools.yaml", SPEC))
    found = _by_name(api)
    get = found["default_get_node"]
    schema = get["inputSchema"]
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["required"] == ["id"] and schema["additionalProperties"] is False
    assert schema["properties"]["id"] == {"type": "string", "pattern": "^[a-z]+$"}
    assert "pattern" not in schema["properties"]["odd"]  # not ECMA Python can read: dropped
    # ECMA text Python's re cannot read (what jsonschema validates with): dropped
    assert schema["properties"]["upper"] == {"type": "string"}
    assert get["annotations"]["readOnlyHint"] is True
    assert get["description"] == "Get a node\n\nThe node, with its children."
    body = found["default_put_node"]["inputSchema"]["properties"]["body"]
    assert found["default_put_node"]["inputSchema"]["required"] == ["id", "body"]
    assert body["required"] == ["name"] and "id" not in body["properties"]  # readOnly: not sent
    assert body["properties"]["name"]["description"] == "its name"
    assert body["properties"]["colour"] == {"anyOf": [
        {"type": "string", "enum": ["red", "green"]}, {"type": "null"}]}
    assert body["properties"]["tags"] == {"type": "object",
                                          "additionalProperties": {"type": "integer"}}
    assert body["properties"]["children"]["items"] == {"type": "object"}  # the cycle, cut open
    validator = jsonschema.Draft202012Validator(found["default_put_node"]["inputSchema"])
    assert validator.is_valid({"id": "a", "body": {"name": "n", "children": [{"x": 1}]}})
    assert not validator.is_valid({"id": "a", "body": {"name": "n", "nmae": "typo"}})
    assert not validator.is_valid({"id": "a", "body": {"name": "n", "colour": "blue"}})


def test_output_schema_is_lenient_and_wraps_what_is_no_object(write, load) -> None:
    api, _ = load(write("tools.yaml", SPEC))
    found = _by_name(api)
    node = found["default_get_node"]["outputSchema"]
    assert found["default_get_node"]["wrap"] is False
    assert "required" not in node and "additionalProperties" not in node
    assert node["properties"]["colour"] == {"type": ["string", "null"]}  # no enum: lenient
    assert "id" in node["properties"]  # readOnly comes back
    assert found["default_put_node"]["outputSchema"] == {
        "type": "object", "properties": {"result": {"type": "array", "items": {"type": "string"}}}}
    assert found["default_put_node"]["wrap"] is True
    assert "outputSchema" not in found["default_delete_node"]  # no content


def test_hostile_spec_text_stays_data_in_the_generated_module(write) -> None:
    evil = 'It\'s """ended\'\'\' \\ here\n\n"); import os; os.system("x") #'
    spec = SPEC.replace("summary: Get a node", f"summary: {json.dumps(evil)}").replace(
        "description: its name", f"description: {json.dumps(evil)}")
    files = generate(write("evil.yaml", spec), "evil_client").files
    source = files["evil_client/mcp/_tools.py"]
    tree = ast.parse(source)
    assert [type(n).__name__ for n in tree.body] == ["Expr", "Assign", "Assign", "Assign",
                                                     "AnnAssign"]
    namespace: dict[str, Any] = {}
    exec(compile(source, "_tools.py", "exec"), namespace)
    records = {r["name"]: r for r in map(json.loads, namespace["TOOLS"])}
    described = records["default_get_node"]["description"]
    assert described.startswith('It\'s """ended\'\'\' \\ here\n\n"); import os;')
    body = records["default_put_node"]["inputSchema"]["properties"]["body"]
    assert body["properties"]["name"]["description"] == " ".join(evil.split())


def test_control_characters_in_spec_text_become_spaces_as_in_docstrings(write, load) -> None:
    """NUL, ESC (a terminal's colour), BEL, CR and NEL never reach an agent's tool list."""
    summary = json.dumps("Get\u0000 a \u001b[31mred\u001b[0m node\u0007\r")
    field = json.dumps("its\u001b[2J name")
    parameter = json.dumps("a\u0085b")
    spec = SPEC.replace("summary: Get a node", "summary: " + summary).replace(
        "description: its name", "description: " + field).replace(
        "- {name: upper, in: query,", "- {name: upper, in: query, description: " + parameter + ",")
    api, _ = load(write("tools.yaml", spec))
    found = _by_name(api)
    assert found["default_get_node"]["description"] == (
        "Get a [31mred [0m node\n\nThe node, with its children.")
    assert found["default_get_node"]["inputSchema"]["properties"]["upper"]["description"] == "a b"
    body = found["default_put_node"]["inputSchema"]["properties"]["body"]
    assert body["properties"]["name"]["description"] == "its [2J name"


def _sent(t: ir.Type, api: ir.Api, seen: tuple[str, ...] = ()) -> Any:
    """The kit's minimal value as a request sends it: objects by their required fields that
    are not readOnly (minimal_value builds response bodies)."""
    if isinstance(t, ir.Nullable):
        return _sent(t.inner, api, seen)
    if isinstance(t, ir.ArrayType):
        return [_sent(t.items, api, seen)]
    if isinstance(t, ir.Ref) and t.key not in seen:
        definition = api.definitions[t.key]
        if isinstance(definition, ir.ObjectDef):
            return {p.wire_name: _sent(p.type, api, (*seen, t.key))
                    for p in definition.properties if p.required and not p.read_only}
    return minimal_value(t, api)


def _kit_arguments(op: ir.Operation, names: dict[tuple[str, str], str], api: ir.Api,
                   everything: bool) -> dict[str, Any]:
    """What the kit would send: the minimal value of each required parameter and body (of
    every parameter too with `everything`)."""
    args: dict[str, Any] = {}
    for p in op.parameters:
        if p.required or everything:
            value = _sent(p.type, api)
            if isinstance(value, (str, int, float, bool, list, dict)) or value is None:
                args[names[(p.location, p.wire_name)]] = value
    if op.body is not None and (op.body.required or everything):
        if op.body.kind in ("json", "form", "multipart"):
            args["body"] = _sent(op.body.type, api)
        else:
            args["body"] = "text"
    return args


def _apis(vendored_apis: dict[str, tuple[ir.Api, Sink]]) -> list[tuple[str, ir.Api]]:
    apis = [(name, api) for name, (api, _) in sorted(vendored_apis.items())]
    for case in CASES:
        apis.append((case, load_api(GOLDEN / case / "spec.yaml", Sink())))
    return apis


def test_every_input_schema_is_valid_and_accepts_the_kits_arguments(vendored_apis) -> None:
    """Both vendored specs and every golden case: each inputSchema passes Draft 2020-12's
    metaschema, and accepts the kit's minimal arguments, required only and all of them."""
    checked = 0
    for name, api in _apis(vendored_apis):
        names = Names(api)
        records = _by_name(api)
        assert len(records) == len(api.operations), name
        for op in api.operations:
            op_names = names.operation(op)
            record = next(r for r in records.values()
                          if (r["group"], r["method"]) == (op_names.group, op_names.method))
            schema = record["inputSchema"]
            jsonschema.Draft202012Validator.check_schema(schema)
            if "outputSchema" in record:
                jsonschema.Draft202012Validator.check_schema(record["outputSchema"])
                assert record["outputSchema"]["type"] == "object"
            validator = jsonschema.Draft202012Validator(
                schema, format_checker=jsonschema.FormatChecker())
            for everything in (False, True):
                args = _kit_arguments(op, op_names.arguments, api, everything)
                errors = [e.message for e in validator.iter_errors(args)]
                assert not errors, (name, record["name"], args, errors)
            assert len(record["name"]) <= tools.MAX_NAME
            assert len(record["description"]) <= tools.MAX_DESCRIPTION
            checked += 1
    assert checked > 250


def test_a_paged_operation_takes_all_pages_and_max_items(vendored_apis) -> None:
    api, _ = vendored_apis["opal"]
    record = _by_name(api)["requests_get_requests"]
    properties = record["inputSchema"]["properties"]
    assert properties["all_pages"]["type"] == "boolean"
    assert properties["max_items"]["default"] == tools.DEFAULT_MAX_ITEMS
    assert record["paging"] == {"iterator": "get_requests_iter", "token": "cursor",
                                "items": "requests"}
    assert "paging" not in _by_name(api)["requests_get_request"]
