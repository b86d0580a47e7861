"""Spec names that collide with names the generated code itself uses, or with each other.

Each case once produced a package that imported but failed mypy --strict or crashed
decoding: a union with a uuid/date-time branch given another type, a query parameter
named `call` (the method's local) or `str` (used in annotations), and a schema named
like a builtin exception. And names that meet: two operationIds equal once snake-cased,
a tag named like the client's own `paginate`, a component named like an inline schema.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.diagnostics import Sink
from generator.generate import generate
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names
from generator.project.write import write_trees


def _op(tag: str) -> dict:
    return {"get": {"operationId": f"ping{tag}", "tags": [tag], "responses": {"204": {
        "description": "none"}}}}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Names\n\n<img src=x onerror=alert(1)>\n# Heading | `x`", "version": "1"},
    "paths": {"/a": _op("client"), "/b": _op("Foo"), "/c": _op("Async Foo"), "/pets": {"get": {
        "operationId": "listPets", "tags": ["pets"],
        "parameters": [
            {"name": "call", "in": "query", "schema": {"type": "integer"}},
            {"name": "str", "in": "query", "schema": {"type": "string"}},
            {"name": "list", "in": "query", "schema": {"type": "boolean"}},
        ],
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object"}}}}},
    }}},
    "components": {"schemas": {
        "Pet": {"type": "object", "properties": {
            "error": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/ValueError"}]},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ValueError"}},
            "ref": {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "boolean"}]},
            "when": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
        }},
        "ValueError": {"type": "object", "properties": {"message": {"type": "string"}}},
    }},
}


def test_colliding_names_generate_a_package_that_type_checks_and_decodes(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    result = generate(spec, "names")
    out = tmp_path / "out"
    write_trees({out: result.files})
    models = "".join(text for path, text in sorted(result.files.items())
                     if path.startswith("names/models/"))
    assert "class ValueError_(" in models and "class ValueError(" not in models
    readme_title = result.files["README.md"].splitlines()[2]
    assert "<img" not in readme_title and "&lt;img" in readme_title and "\\|" in readme_title
    client = result.files["names/client.py"]
    # the group tagged `client`, and `Async Foo` beside `Foo`
    assert "-> _group_client.Client_:" in client and "-> _group_client.AsyncClient_:" in client
    assert "-> _group_async_foo.AsyncFoo_:" in client
    assert "-> _group_async_foo.AsyncAsyncFoo_:" in client
    group = result.files["names/resources/pets.py"]
    assert "call_: int | None = None" in group and "str_: str | None = None" in group

    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "names"], cwd=out,
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout

    decoded = subprocess.run([sys.executable, "-c", """
import uuid
from names import models
pet = models.Pet.from_dict({"ref": True, "when": 5, "error": None})
assert pet.ref is True and pet.when == 5 and pet.error is None
pet = models.Pet.from_dict({"ref": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "when": "x"})
assert pet.ref == uuid.UUID("1b978423-db0a-4037-a4cf-f79c60cb67b3") and pet.when == "x"
print("ok")
"""], cwd=out, capture_output=True, text=True, timeout=120)
    assert decoded.stdout.strip() == "ok", decoded.stderr


# -- regressions: operations, tags and inline schemas whose names meet -------------------------


S = "#/components/schemas/"


def mock_client(pkg: ModuleType, replies: list[httpx.Response],
                seen: list[httpx.Request]) -> Any:
    """pkg.Client whose requests are recorded and answered in order, in process."""
    queue = list(replies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Client(base_url="http://api.test", http_client=http, max_retries=0)


CLASHING_OPERATIONS = """
    openapi: 3.0.3
    info: {title: Clash, version: "1"}
    servers: [{url: "http://api.test"}]
    paths:
      /thing:
        get:
          operationId: getThing
          tags: [things]
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "#/components/schemas/Camel"}}}
      /thing/v2:
        get:
          operationId: get_thing
          tags: [things]
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "#/components/schemas/Snake"}}}
    components:
      schemas:
        Camel:
          type: object
          properties: {camel: {type: string}}
        Snake:
          type: object
          properties: {snake: {type: integer}}
"""


def test_operations_whose_names_meet_each_decode_their_own_response(package) -> None:
    pkg = package("regress_clash_client", CLASHING_OPERATIONS)
    group = importlib.import_module("regress_clash_client.resources.things")
    tables = {name: value for name, value in vars(group).items()
              if name.startswith("_GET_THING") and name.endswith(("RESPONSES", "RESPONSES_"))}
    assert len(tables) == 2  # one table each: the second no longer overwrites the first

    seen: list[httpx.Request] = []
    replies = [httpx.Response(200, json={"camel": "c"}), httpx.Response(200, json={"snake": 2})]
    with mock_client(pkg, replies, seen) as client:
        camel = client.things.get_thing()
        snake = client.things.get_thing_()
    assert [r.url.path for r in seen] == ["/thing", "/thing/v2"]
    assert type(camel) is pkg.models.Camel and camel.camel == "c"
    assert type(snake) is pkg.models.Snake and snake.snake == 2


def test_a_tag_named_paginate_does_not_break_the_iterators(package, write) -> None:
    paging = write("paging.json", '{"detect": [{"scheme": "cursor", "param": "cursor", '
                                  '"token": "next"}]}')
    pkg = package("regress_paginate_client", """
        openapi: 3.0.3
        info: {title: Pages, version: "1"}
        servers: [{url: "http://api.test"}]
        paths:
          /things:
            get:
              operationId: listThings
              tags: [paginate]
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          next: {type: string}
                          results: {type: array, items: {type: string}}
    """, paging)
    seen: list[httpx.Request] = []
    replies = [httpx.Response(200, json={"results": ["a", "b"], "next": "c2"}),
               httpx.Response(200, json={"results": ["c"]})]
    with mock_client(pkg, replies, seen) as client:
        assert callable(client.paginate)  # still the client's paginator, not the group
        items = list(client.paginate_.list_things_iter())
    assert items == ["a", "b", "c"]
    assert [dict(r.url.params) for r in seen] == [{}, {"cursor": "c2"}]


@pytest.mark.parametrize("order", ["Dog first", "DogAddress first"])
def test_a_component_keeps_its_plain_name_over_an_inline_schema(write, order: str) -> None:
    dog = """
            Dog:
              type: object
              properties:
                address:
                  type: object
                  properties: {street: {type: string}}
    """
    dog_address = """
            DogAddress:
              type: object
              properties: {kennel: {type: string}}
    """
    parts = [dog, dog_address] if order == "Dog first" else [dog_address, dog]
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Names, version: "1"}
        paths: {}
        components:
          schemas:
    """ + "".join(parts))
    sink = Sink()
    api = load_api(path, sink)
    names = Names(api).classes
    assert names[S + "DogAddress"] == "DogAddress"
    assert names[S + "Dog/properties/address"] == "DogAddress_"
    component = api.definitions[S + "DogAddress"]
    assert isinstance(component, ir.ObjectDef)
    assert [p.wire_name for p in component.properties] == ["kennel"]
