"""generator.emit.testkit: the table behind `<pkg>.testing`: minimal bodies, examples, and spec
text that reaches the table only as literals."""

from __future__ import annotations

import ast
import json

import pytest

from generator.emit import testkit
from generator.emit.testkit import minimal_value
from generator.generate import generate
from generator.model import ir

SPEC = """
openapi: 3.0.3
info: {title: kit, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
              example: {id: "00000000-0000-0000-0000-00000000000a", name: "from the media"}
  /nodes:
    get:
      operationId: getNode
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Node"}
components:
  schemas:
    Thing:
      type: object
      required: [id, name, when, mail, tags, kind, secret]
      example: {id: "00000000-0000-0000-0000-00000000000b", name: "from the schema"}
      properties:
        id: {type: string, format: uuid}
        name: {type: string}
        when: {type: string, format: date-time}
        mail: {type: string, format: email}
        tags: {type: array, items: {type: integer}}
        kind: {type: string, enum: [big, small]}
        secret: {type: string, writeOnly: true}
        note: {type: string}
    Node:
      type: object
      required: [name, parent, children]
      properties:
        name: {type: string}
        parent: {$ref: "#/components/schemas/Node"}
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
"""


def test_minimal_values_hold_required_properties_valid_for_their_format(write, load) -> None:
    api, _ = load(write("kit.yaml", SPEC))
    thing = next(k for k in api.definitions if k.endswith("/Thing"))
    assert minimal_value(ir.Ref(thing), api, ()) == {
        "id": "00000000-0000-0000-0000-000000000000", "name": "string",
        "when": "1970-01-01T00:00:00Z", "mail": "user@example.com", "tags": [1],
        "kind": "big"}  # the writeOnly property is never in an answer


def test_a_required_cycle_has_no_minimal_value_and_the_reply_has_none(write) -> None:
    files = generate(write("kit.yaml", SPEC), "kit_client").files
    table = files["kit_client/testing.py"]
    ast.parse(table)
    node = table[table.index('"getNode"'):]
    assert "minimal=" not in node  # Node requires a Node: no finite body exists


def test_the_media_example_wins_over_the_schemas(write) -> None:
    files = generate(write("kit.yaml", SPEC), "kit_client").files
    table = files["kit_client/testing.py"]
    start = table.index("example=") + len("example=")
    text = ast.literal_eval(table[start:table.index("\n", start)].rstrip(","))
    assert json.loads(text)["name"] == "from the media"


def test_spec_text_reaches_the_table_only_as_literals(write) -> None:
    hostile = SPEC.replace("operationId: getThing",
                           "operationId: \"x'); import os; os.system('y'); ('\"")
    files = generate(write("kit.yaml", hostile), "kit_client").files
    tree = ast.parse(files["kit_client/testing.py"])
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
                and any(a.name == "os" for a in n.names)]
    assert "x'); import os; os.system('y'); ('" in {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}


def _required_chain(count: int, fanout: int) -> ir.Api:
    """O0 requires `fanout` properties of type O1, which requires ... O<count>, empty."""
    key = "#/components/schemas/O{}".format
    definitions: dict[str, ir.Definition] = {
        key(i): ir.ObjectDef(key(i), ir.Place(None, (f"O{i}",)), key(i), tuple(
            ir.Property(f"p{j}", ir.Ref(key(i + 1)), True) for j in range(fanout)))
        for i in range(count)}
    definitions[key(count)] = ir.ObjectDef(key(count), ir.Place(None, ("End",)), key(count), ())
    return ir.Api("Chain", "1", None, "http://t", (), definitions)


@pytest.mark.parametrize(("count", "fanout"), [(1500, 1), (40, 2)])
def test_a_minimal_value_too_deep_or_too_big_is_none_not_a_crash(count, fanout) -> None:
    """Regression: a chain of 1,500 required objects raised RecursionError while the kit's
    table was written, and a diamond doubled the value at every level."""
    api = _required_chain(count, fanout)
    assert minimal_value(ir.Ref("#/components/schemas/O0"), api, ()) is testkit._NONE
    small = _required_chain(5, 2)
    value = minimal_value(ir.Ref("#/components/schemas/O0"), small, ())
    assert value["p0"]["p1"]["p0"]["p1"]["p0"] == {}


def test_a_path_keys_query_is_sent_by_the_client_and_routes_in_the_kit(package) -> None:
    pkg = package("query_keys", """
        openapi: 3.0.3
        info: {title: q, version: "1"}
        servers: [{url: "https://api.example.com/v1"}]
        paths:
          /uploads?convert={convert}:
            post:
              operationId: upload
              parameters:
                - {name: convert, in: path, required: true, schema: {type: boolean}}
              responses: {"200": {description: ok}}
          /search?type=fixed:
            get: {operationId: searchFixed, responses: {"200": {description: ok}}}
          /search?type=other:
            get: {operationId: searchOther, responses: {"200": {description: ok}}}
        """)
    import importlib
    api = importlib.import_module(f"{pkg.__name__}.testing").MockApi()
    client = api.client()
    client.default.upload(convert=True)
    client.default.search_other()
    client.default.search_fixed()
    (upload,) = api.calls("upload")
    assert (upload.path, upload.query) == ("/uploads", {"convert": ["true"]})
    assert [str(c.request.url) for n in ("searchFixed", "searchOther") for c in api.calls(n)] \
        == ["https://api.example.com/v1/search?type=fixed",
            "https://api.example.com/v1/search?type=other"]
    import httpx
    with pytest.raises(AssertionError, match="no operation of the spec has the path /search"):
        api.handle(httpx.Request("GET", "https://api.example.com/v1/search?type=third"))


def test_the_kit_checks_a_pattern_as_ecma_means_it(package) -> None:
    # `\d` is ASCII in ECMA-262 and Unicode in Python's re: the kit must refuse "٣"
    pkg = package("patterned", """
        openapi: 3.0.3
        info: {title: p, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /codes/{code}:
            put:
              operationId: putCode
              parameters:
                - {name: code, in: path, required: true,
                   schema: {type: string, pattern: '^\\d+$'}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Code"}
              responses: {"204": {description: ok}}
        components:
          schemas:
            Code:
              type: object
              properties:
                tags: {type: array, items: {type: string, pattern: '^\\d+$'}}
                free: {type: string}
        """)
    import importlib
    api = importlib.import_module(f"{pkg.__name__}.testing").MockApi()
    client = api.client()
    client.default.put_code(code="12", body={"tags": ["3"], "free": "\u0663"})
    with pytest.raises(AssertionError, match="/path/code: expected a string matching"):
        client.default.put_code(code="\u0663", body={})
    with pytest.raises(AssertionError, match="/body/tags/0: expected a string matching"):
        client.default.put_code(code="1", body={"tags": ["\u0663"]})
