"""Regression tests for generator bugs that were found and fixed; each test names its bug.

Specs are written to tmp_path; generated packages are written there too and imported from
it (under package names no other test uses), and their calls go through an in-process
httpx transport, so nothing leaves the process.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import ir
from generator.diagnostics import Sink, SpecError
from generator.generate import generate
from generator.loader import read_document
from generator.names import Names
from generator.naming import class_name, snake_case
from generator.resolve import load_api
from generator.write import write_trees

REPO = Path(__file__).resolve().parents[2]
S = "#/components/schemas/"


def clientgen(*args: str | Path, cwd: Path,
              timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m generator ...` in a fresh process (a crash shows as a negative exit code)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, env=env)


def _same_file(name: str, path: Path) -> bool:
    """Diagnostics name files relative to the working folder; compare them as files."""
    return Path(os.path.abspath(name)) == path.resolve()


def _spec_error(path: Path) -> list[Any]:
    sink = Sink()
    with pytest.raises(SpecError) as info:
        load_api(path, sink)
    return info.value.diagnostics


@pytest.fixture
def package(tmp_path: Path, write) -> Iterator[Callable[[str, str], ModuleType]]:
    """package(name, spec_text): generate the spec into tmp_path and import the package."""
    imported: list[str] = []

    def _package(name: str, text: str) -> ModuleType:
        spec = write(f"{name}.yaml", text)
        out = tmp_path / f"{name}_out"
        write_trees({out: generate(spec, name).files})
        sys.path.insert(0, str(out))
        imported.append(name)
        return importlib.import_module(name)

    yield _package
    for name in imported:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]
    sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


def mock_client(pkg: ModuleType, replies: list[httpx.Response],
                seen: list[httpx.Request]) -> Any:
    """pkg.Client whose requests are recorded and answered in order, in process."""
    queue = list(replies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Client(base_url="http://api.test", http_client=http, max_retries=0)


# -- 1: a pure $ref loop and an allOf that includes itself -----------------------------------


def test_a_pure_ref_loop_is_a_ref_loop_error_not_a_recursion_error(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Loop, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/A"}
        components:
          schemas:
            A: {$ref: "#/components/schemas/B"}
            B: {$ref: "#/components/schemas/A"}
    """)
    errors = _spec_error(path)  # a RecursionError would escape pytest.raises(SpecError)
    assert {d.code for d in errors} == {"ref-loop"}
    assert S + "A" in {d.pointer for d in errors}
    assert all(_same_file(d.file, path) for d in errors)
    assert all(S + "A" in d.message and S + "B" in d.message for d in errors)


@pytest.mark.parametrize("schemas, pointer", [
    # includes itself directly
    ("""
            Self:
              allOf:
                - $ref: "#/components/schemas/Self"
                - {type: object, properties: {a: {type: string}}}
    """, S + "Self"),
    # through another schema
    ("""
            A:
              allOf:
                - $ref: "#/components/schemas/B"
                - {type: object, properties: {a: {type: string}}}
            B:
              allOf:
                - $ref: "#/components/schemas/A"
                - {type: object, properties: {b: {type: string}}}
    """, S + "A"),
])
def test_an_allof_that_includes_itself_is_an_allof_loop_error(write, schemas: str,
                                                              pointer: str) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Loop, version: "1"}
        paths: {}
        components:
          schemas:
    """ + schemas)
    errors = _spec_error(path)
    assert {d.code for d in errors} == {"allof-loop"}
    assert pointer in {d.pointer for d in errors}
    assert all("allOf includes the schema itself" in d.message for d in errors)


# -- 2: flow YAML nested 30,000 deep ---------------------------------------------------------


def test_flow_yaml_30000_deep_is_refused_in_a_fresh_process(tmp_path: Path) -> None:
    # libyaml used to recurse in C until the process died of SIGSEGV (exit -11)
    depth = 30_000
    (tmp_path / "deep.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: Deep, version: "1"}\npaths: {}\n'
        "x-deep: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    done = clientgen("generate", "deep.yaml", "--out", "out", "--package", "deep_client",
                     cwd=tmp_path, timeout=60)
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("error: deep.yaml#")
    assert "nested deeper than" in line
    assert not (tmp_path / "out").exists()


# -- 3: operationIds that meet after snake-casing, in one tag --------------------------------

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


# -- 4: a tag named paginate -----------------------------------------------------------------


def test_a_tag_named_paginate_does_not_break_the_iterators(package) -> None:
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
    """)
    seen: list[httpx.Request] = []
    replies = [httpx.Response(200, json={"results": ["a", "b"], "next": "c2"}),
               httpx.Response(200, json={"results": ["c"]})]
    with mock_client(pkg, replies, seen) as client:
        assert callable(client.paginate)  # still the client's paginator, not the group
        items = list(client.paginate_.list_things_iter())
    assert items == ["a", "b", "c"]
    assert [dict(r.url.params) for r in seen] == [{}, {"cursor": "c2"}]


# -- 5: a component DogAddress and Dog's inline `address` ------------------------------------


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


# -- 6: YAML 1.1 booleans ----------------------------------------------------------------------


def test_yaml_keys_and_enum_values_that_yaml_11_reads_as_booleans_stay_text(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Bools, version: "1"}
        paths: {}
        x-keys:
          on: 1
          null: 2
          yes: 3
          off: 4
          true: 5
        components:
          schemas:
            Answer:
              type: string
              enum: [yes, no, on, off, y, n]
    """)
    data = read_document(path, Sink()).data
    assert data["x-keys"] == {"on": 1, "null": 2, "yes": 3, "off": 4, "true": 5}
    assert all(type(k) is str for k in data["x-keys"])
    assert data["components"]["schemas"]["Answer"]["enum"] == ["yes", "no", "on", "off", "y", "n"]

    api = load_api(path, Sink())
    answer = api.definitions[S + "Answer"]
    assert isinstance(answer, ir.EnumDef)
    assert answer.value_kind == "string"
    assert answer.values == ("yes", "no", "on", "off", "y", "n")


# -- 7: names do not depend on the Python that generates them --------------------------------


@pytest.mark.parametrize("soft_keyword", ["type", "match", "case"])
def test_soft_keywords_are_plain_names_on_every_python(soft_keyword: str) -> None:
    # `keyword.softkwlist` is ["_", "case", "match"] on 3.11 and adds "type" on 3.12
    assert snake_case(soft_keyword) == soft_keyword
    assert class_name(soft_keyword) == soft_keyword.capitalize()


def test_hard_keywords_still_get_a_trailing_underscore() -> None:
    assert [snake_case(w) for w in ("class", "from", "None", "async")] == [
        "class_", "from_", "none", "async_"]


# -- 8: a spec without operations --------------------------------------------------------------


def test_a_spec_with_empty_paths_generates_a_package_that_imports(write, tmp_path: Path) -> None:
    spec = write("empty.yaml", """
        openapi: 3.0.3
        info: {title: Empty, version: "1"}
        paths: {}
        components:
          schemas:
            Lonely:
              type: object
              properties: {id: {type: string}}
    """)
    result = generate(spec, "regress_empty_client")
    assert result.operations == 0
    write_trees({tmp_path / "out": result.files})
    script = (
        "import regress_empty_client as pkg\n"
        "c = pkg.Client(base_url='http://api.test')\n"
        "c.close()\n"
        "print(pkg.models.Lonely.from_dict({'id': 'x'}).id)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path / "out",
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "x\n"


# -- 9: DEL in the title -----------------------------------------------------------------------


def test_a_title_with_del_gives_a_pyproject_that_tomllib_parses(write) -> None:
    title = "A\x7fB \"quoted\" \\ \u00e9"
    spec = write("spec.json", json.dumps({
        "openapi": "3.0.3", "info": {"title": title, "version": "1.0.0"}, "paths": {}}))
    pyproject = tomllib.loads(generate(spec, "regress_del_client").files["pyproject.toml"])
    assert pyproject["project"]["description"] == f"Client for {title}"


# -- 10: invalid YAML names the file and a pointer ---------------------------------------------


def test_an_invalid_yaml_error_line_names_file_pointer_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: {get: [\n",
        encoding="utf-8")
    done = clientgen("generate", "bad.yaml", "--out", "out", "--package", "bad_client",
                     cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("error: bad.yaml#")
    assert "#" in line.split(": ")[1]
    assert "(line " in line and "invalid YAML" in line


# -- 11: a dangling ref into another file ------------------------------------------------------


def test_a_dangling_ref_into_another_file_names_that_file(write) -> None:
    write("common.yaml", "components:\n  schemas:\n    Known: {type: string}\n")
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Refs, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "common.yaml#/components/schemas/Missing"}
    """)
    [error] = _spec_error(path)
    assert error.code == "dangling-ref"
    assert "common.yaml#/components/schemas/Missing" in error.message
    assert _same_file(error.file, path)
    assert error.pointer == "#/paths/~1a/get/responses/200/content/application~1json/schema"
