"""generator.generate: whole packages from specs: safe against hostile text, deterministic,
and every operation of the vendored specs reachable as client.<group>.<method>."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from generator.diagnostics import SpecError
from generator.emit.render import kit_runtime_source, runtime_source
from generator.generate import check_package_name, generate
from generator.names.identifiers import snake_case
from generator.project.write import write_trees

from .conftest import DISCRIMINATED_CYCLE, REPO, schema_chain, yaml_text

ORACLE = REPO / "specs" / "oracle" / "oracle-access-governance.yaml"

PAYLOAD = "__import__('pathlib').Path('PWNED').touch()"

TRIPLE_D = '"' * 3
TRIPLE_S = "'" * 3
INJECT_D = TRIPLE_D + '; import os; os.system("touch PWNED"); ' + TRIPLE_D
INJECT_S = TRIPLE_S + "; import os; os.system('touch PWNED'); " + TRIPLE_S
INJECT_CALL = "'); __import__('os').system('touch PWNED'); ('"
STRING = {"type": "string"}


def _hostile_spec() -> dict:
    """A valid spec whose every piece of free text tries to break out of generated code.

    Built as data (and written as JSON or YAML) so that no quoting in this file can go wrong.
    """
    thing = {
        "type": "object",
        "description": INJECT_D,
        "title": INJECT_S,
        "required": ["def", "return"],
        "properties": {
            "def": {**STRING, "description": "trailing backslash \\"},
            "return": {"type": "integer", "description": "*/ " + TRIPLE_D + " */ #"},
            INJECT_CALL: STRING,
            TRIPLE_D: {**STRING, "description": TRIPLE_S},
            "$schema": STRING,
            "1st": STRING,
            "self": STRING,
            "str": STRING,
            "status": {"type": "string", "description": "\\",
                       "enum": [INJECT_CALL, INJECT_D, "class", "", "1", "a\\", "\0\r\n"]},
            "level": {"type": "integer", "enum": [1, -1, 0]},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Evil " + TRIPLE_D + " API " + INJECT_S + " #",
                 "version": '1.0"; import os', "description": INJECT_D},
        "servers": [{"url": "https://example.com/" + TRIPLE_S + TRIPLE_D
                     + "; __import__('os').system('touch PWNED'); #"}],
        "tags": [{"name": "../../evil", "description": INJECT_D}],
        "paths": {
            "/things/{thing-id}": {
                "parameters": [{"name": "thing-id", "in": "path", "required": True,
                                "schema": STRING}],
                "get": {
                    "operationId": 'getThing"); __import__(\'os\').system(\'touch PWNED\'); ("',
                    "tags": ["../../evil"],
                    "summary": "*/ # " + TRIPLE_D + " " + TRIPLE_S + " \\",
                    "description": "ends with backslash \\",
                    "parameters": [
                        {"name": "q" + INJECT_CALL, "in": "query", "schema": STRING},
                        {"name": "class", "in": "query", "schema": STRING},
                        {"name": "x-evil" + TRIPLE_D + "-header", "in": "header",
                         "schema": STRING},
                    ],
                    "responses": {
                        "200": {"description": TRIPLE_D + "\0\r\n", "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/class"}}}},
                        "4XX": {"description": TRIPLE_S, "content": {"application/json": {
                            "schema": {"type": "object", "title": INJECT_S, "properties": {
                                TRIPLE_D + "; import os; #": STRING}}}}},
                    },
                },
                "post": {
                    "operationId": INJECT_S,
                    "tags": ["__init__"],
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/None"}}}},
                    "responses": {"204": {"description": "none"}},
                },
            },
            "/other/" + TRIPLE_S + TRIPLE_D: {
                "get": {
                    "tags": ["../../../tmp/x/../evil", "models"],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {
                        "schema": {"type": "object", "properties": {
                            TRIPLE_D + "; import os; #": STRING}}}}}},
                },
            },
            "/lib": {
                "get": {
                    "operationId": "../../setup",
                    "tags": ["/etc/passwd", "..", "C:\\Windows", "a/b/c"],
                    "responses": {"204": {"description": "none"}},
                },
            },
        },
        "components": {"schemas": {
            "class": thing,
            "None": {"type": "object", "description": 'ends with a quote "',
                     "properties": {"x": {**STRING, "description": TRIPLE_D * 2}}},
        }},
    }


HOSTILE_JSON = json.dumps(_hostile_spec(), indent=1)


def test_package_names_must_be_plain_identifiers() -> None:
    for good in ["opal_client", "a", "_private", "client2"]:
        check_package_name(good)
    for bad in ["../evil", "a/b", "a\\b", "", "Upper", "2start", "with-dash", "a.b", "class",
                "import", "x" * 65, "evil\0", "/abs", "."]:
        with pytest.raises(SpecError) as info:
            check_package_name(bad)
        assert [d.code for d in info.value.diagnostics] == ["bad-package-name"]


def test_bad_package_name_is_refused_before_the_spec_is_read(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as info:
        generate(tmp_path / "does-not-exist.yaml", "../evil")
    assert [d.code for d in info.value.diagnostics] == ["bad-package-name"]


@pytest.fixture
def hostile_package(write, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    spec = write("hostile.json", HOSTILE_JSON)
    result = generate(spec, "evil_client")
    out = tmp_path / "out"
    write_trees({out: result.files})
    return out, result.files


def test_hostile_files_stay_inside_the_output_folder(hostile_package, tmp_path: Path) -> None:
    out, files = hostile_package
    for relative in files:
        assert not Path(relative).is_absolute()
        assert ".." not in Path(relative).parts
        assert (out / relative).resolve().is_relative_to(out.resolve())
        assert relative == "README.md" or relative == "pyproject.toml" \
            or relative.startswith("evil_client/")
    on_disk = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert on_disk == {"hostile.json"} | {f"out/{relative}" for relative in files}
    modules = [r for r in files if r.startswith("evil_client/resources/") and r.endswith(".py")]
    assert all(Path(m).stem.isidentifier() for m in modules)


def test_hostile_modules_parse_and_hold_no_stray_statements(hostile_package) -> None:
    _, files = hostile_package
    # the runtime is the hand-written module copied unchanged: no spec text can reach it
    assert files["evil_client/_runtime.py"] == runtime_source()
    assert files["evil_client/_testing.py"] == kit_runtime_source()
    for relative, text in files.items():
        if not relative.endswith(".py") or relative == "evil_client/_runtime.py":
            continue
        tree = ast.parse(text, filename=relative)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in ("system", "popen", "touch"), relative
            if isinstance(node, ast.Name):
                assert node.id not in ("os", "__import__"), (relative, node.id)


def test_hostile_pyproject_is_valid_toml(hostile_package) -> None:
    _, files = hostile_package
    project = tomllib.loads(files["pyproject.toml"])["project"]
    assert project["name"] == "evil-client"
    assert project["version"] == "0.0.0"
    assert "Evil" in project["description"]


IMPORT_ALL = r"""
import importlib, json, pkgutil, sys
sys.path.insert(0, "out")
import httpx
import evil_client
from evil_client import models, errors, client
import evil_client.resources as resources
names = []
for info in pkgutil.iter_modules(resources.__path__):
    importlib.import_module("evil_client.resources." + info.name)
    names.append(info.name)

seen = []
def handler(request):
    seen.append({"path": request.url.path, "query": sorted(request.url.params.keys()),
                 "headers": sorted(k for k in request.headers.keys() if k.startswith("x-evil"))})
    return httpx.Response(200, json={"def": "d", "return": 3, "status": "a\\", "level": -1,
                                     "\"\"\"": "q"})

assert "__import__" in client.DEFAULT_BASE_URL  # kept as data, never run
c = evil_client.Client(base_url="http://api.test",
                       http_client=httpx.Client(transport=httpx.MockTransport(handler)))
groups = sorted(n for n in dir(c) if not n.startswith("_")
                and hasattr(getattr(type(c), n, None), "__get__")
                and type(getattr(type(c), n)).__name__ == "cached_property")
group = getattr(c, "evil")
methods = sorted(n for n in dir(group) if not n.startswith("_") and n != "with_raw_response")
thing = getattr(group, methods[0])(thing_id="t1", q_import_os_system_touch_pwned="v",
                                   class_="c", x_evil_header="h")
status = thing.status
print(json.dumps({
    "modules": sorted(names), "groups": groups, "methods": methods, "seen": seen,
    "model": type(thing).__name__, "status": [type(status).__name__, str(status.value)],
    "level": thing.level.value, "round_trip": thing.to_dict(),
    "members": {m.name: m.value for m in models.ClassStatus},
}))
"""


def test_importing_every_hostile_module_runs_nothing(hostile_package, tmp_path: Path) -> None:
    out, _ = hostile_package
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.rglob("PWNED"))
    assert not (out / "PWNED").exists() and not (tmp_path / "PWNED").exists()
    report = json.loads(done.stdout)
    assert "evil" in report["modules"]
    assert "evil" in report["groups"]
    assert report["methods"] == ["get_thing_import_os_system_touch_pwned"]
    assert report["seen"] == [{"path": "/things/t1",
                               "query": ["class", "q" + INJECT_CALL],
                               "headers": ['x-evil"""-header']}]
    assert report["model"] == "Class"
    assert report["status"] == ["ClassStatus", "a\\"]
    assert report["level"] == -1
    assert report["round_trip"] == {"def": "d", "return": 3, "status": "a\\", "level": -1,
                                    '"""': "q"}
    assert set(report["members"].values()) == {
        "'); __import__('os').system('touch PWNED'); ('",
        '"""; import os; os.system("touch PWNED"); """',
        "class", "", "1", "a\\", "\0\r\n"}


def test_generate_twice_gives_identical_files(write) -> None:
    spec = write("hostile.yaml", yaml.safe_dump(_hostile_spec(), allow_unicode=True))
    first = generate(spec, "evil_client")
    second = generate(spec, "evil_client")
    assert first.files == second.files
    assert list(first.files) == list(second.files)
    assert first.diagnostics == second.diagnostics


DIGESTS = r"""
import hashlib, json, sys
from pathlib import Path
from generator.generate import generate
result = generate(Path(sys.argv[1]), "oracle_ag_client")
print(json.dumps({path: hashlib.sha256(text.encode()).hexdigest()
                  for path, text in sorted(result.files.items())}))
"""


def test_generation_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    runs = [
        subprocess.Popen([sys.executable, "-c", DIGESTS, str(ORACLE)], cwd=tmp_path,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "PYTHONHASHSEED": seed})
        for seed in ("1", "4242")
    ]
    outputs = []
    for run in runs:
        stdout, stderr = run.communicate(timeout=60)
        assert run.returncode == 0, stderr
        outputs.append(json.loads(stdout))
    in_process = {path: hashlib.sha256(text.encode()).hexdigest()
                  for path, text in sorted(generate(ORACLE, "oracle_ag_client").files.items())}
    assert outputs[0] == outputs[1] == in_process
    assert "oracle_ag_client/models/__init__.py" in in_process


REACHABLE = r"""
import json, sys
folder, package = sys.argv[1], sys.argv[2]
sys.path.insert(0, folder)
import importlib
module = importlib.import_module(package)
pairs = json.loads(sys.stdin.read())
missing = []
for kind in ("Client", "AsyncClient"):
    client = getattr(module, kind)(token="t", base_url="http://127.0.0.1:9")
    for group, method, pages in pairs:
        target = getattr(client, group, None)
        names = [method, method + "_iter"] if pages else [method]
        for name in names:
            if target is None or not callable(getattr(target, name, None)):
                missing.append([kind, group, name])
        if target is None or not callable(getattr(target.with_raw_response, method, None)):
            missing.append([kind, group, "with_raw_response." + method])
print(json.dumps({"file": module.__file__, "missing": missing}))
"""


@pytest.mark.parametrize(("name", "package"), [("opal", "opal_client"),
                                               ("oracle", "oracle_ag_client")])
def test_every_vendored_operation_is_reachable(vendored_apis, tmp_path: Path, name: str,
                                               package: str) -> None:
    api, _ = vendored_apis[name]
    pairs = [[snake_case(op.tag or "default"),
              snake_case(op.operation_id or f"{op.method} {op.path}"),
              op.paging is not None]
             for op in api.operations]
    assert len({tuple(p[:2]) for p in pairs}) == len(api.operations)
    assert any(pages for _, _, pages in pairs)
    folder = REPO / "generated" / package
    done = subprocess.run([sys.executable, "-c", REACHABLE, str(folder), package],
                          input=json.dumps(pairs), capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert Path(report["file"]).resolve().is_relative_to(folder.resolve())
    assert report["missing"] == []


def test_env_prefix_from_the_lock_names_the_clients_variables(tmp_path: Path) -> None:
    from generator.emit.origin import for_vendored

    spec = tmp_path / "hostile.json"
    spec.write_text(HOSTILE_JSON, encoding="utf-8")
    chosen = generate(spec, "evil_client", origin=for_vendored("evil", "evil_client", None,
                                                               "ACME_EVIL"))
    assert "ENV_PREFIX = 'ACME_EVIL'" in chosen.files["evil_client/client.py"].replace('"', "'")
    default = generate(spec, "evil_client")
    assert "ENV_PREFIX = 'EVIL'" in default.files["evil_client/client.py"].replace('"', "'")
    with pytest.raises(SpecError) as refused:
        generate(spec, "evil_client", origin=for_vendored("evil", "evil_client", None,
                                                          "X\"); import os; ("))
    assert refused.value.diagnostics[0].code == "bad-env-prefix"


# -- regressions: a spec without operations, DEL in the title ----------------------------------


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


def test_a_title_with_del_gives_a_pyproject_that_tomllib_parses(write) -> None:
    title = "A\x7fB \"quoted\" \\ \u00e9"
    spec = write("spec.json", json.dumps({
        "openapi": "3.0.3", "info": {"title": title, "version": "1.0.0"}, "paths": {}}))
    pyproject = tomllib.loads(generate(spec, "regress_del_client").files["pyproject.toml"])
    assert pyproject["project"]["description"] == f"Client for {title}"


# -- corners of real specs (issue 12): cycles, names, x- keys, long chains ---------------------
# A `main:` comment says what the generator did before the fix.


UNION_CYCLE = """
openapi: 3.1.0
info: {title: Cycles, version: "1"}
paths: {}
components:
  schemas:
    Expr:
      oneOf:
        - type: string
        - type: array
          items: {$ref: "#/components/schemas/Expr"}
        - $ref: "#/components/schemas/Wrap"
    Wrap:
      type: object
      properties:
        inner: {$ref: "#/components/schemas/Expr"}
    Shape:
      oneOf:
        - $ref: "#/components/schemas/Circle"
        - $ref: "#/components/schemas/Group"
      discriminator:
        propertyName: kind
        mapping:
          circle: "#/components/schemas/Circle"
          group: "#/components/schemas/Group"
          many: "#/components/schemas/Shapes"
    Shapes:
      oneOf:
        - $ref: "#/components/schemas/Shape"
        - type: array
          items: {$ref: "#/components/schemas/Shapes"}
    Circle:
      type: object
      properties:
        kind: {const: circle}
    Group:
      type: object
      properties:
        kind: {const: group}
        children: {$ref: "#/components/schemas/Shapes"}
"""


def test_unions_that_reach_themselves_generate_and_decode(package) -> None:
    # main: RecursionError while writing the union's codec
    models = package("cycles", UNION_CYCLE).models
    wrap = models.Wrap.from_dict({"inner": ["a", ["b"], {"inner": "c"}]})
    assert wrap.inner == ["a", ["b"], {"inner": "c"}]
    assert models.Wrap.from_dict({"inner": {"inner": "x"}}).inner == models.Wrap(inner="x")
    group = models.Group.from_dict({"kind": "group", "children": {"kind": "circle"}})
    assert group.children == models.Circle(kind="circle")
    assert group.to_dict() == {"kind": "group", "children": {"kind": "circle"}}


def test_the_real_discriminated_allof_cycle_generates(write) -> None:
    result = generate(write("spec.yaml", DISCRIMINATED_CYCLE), "pets")
    assert result.operations == 1
    assert {"Cat", "Dog", "Pet"} <= {
        n.name for path, text in result.files.items() if path.startswith("pets/models/")
        for n in ast.parse(text).body if isinstance(n, ast.ClassDef)}


NAMES = """
openapi: 3.0.3
info: {title: Names, version: "1"}
paths:
  /a:
    get:
      operationId: list
      tags: [pets]
      parameters: [{name: ids, in: query, schema: {type: array, items: {type: integer}}}]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {type: string}}}}
        x-extra:
          description: an extension, not a response
          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
    post:
      operationId: property
      tags: [pets]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
  /b:
    put:
      operationId: str
      tags: [pets]
      parameters: [{name: x, in: query, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: string}}}}
    post:
      operationId: dict
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {type: object, additionalProperties: {type: integer}}}
components:
  schemas:
    Thing:
      type: object
      properties:
        classmethod: {type: string}
        property: {type: string}
        staticmethod: {type: string}
        dict: {type: string}
        list: {type: integer}
"""


def test_properties_named_after_class_body_builtins_import(package) -> None:
    # main: TypeError: 'Unset' object is not callable, on import
    models = package("names", NAMES).models
    thing = models.Thing.from_dict({"classmethod": "c", "property": "p", "staticmethod": "s"})
    assert (thing.classmethod_, thing.property_, thing.staticmethod_) == ("c", "p", "s")
    assert thing.to_dict() == {"classmethod": "c", "property": "p", "staticmethod": "s"}


def test_an_extension_beside_status_codes_is_not_a_response(write) -> None:
    # main: class GetAErrorx-extra(...), which does not parse
    result = generate(write("spec.yaml", NAMES), "names")
    for name, text in result.files.items():
        if name.endswith(".py"):
            ast.parse(text)
    assert "x-extra" not in result.files["names/resources/pets.py"]


def test_names_package_passes_mypy_strict(tmp_path: Path, write) -> None:
    out = tmp_path / "out"
    write_trees({out: generate(write("spec.yaml", NAMES), "names").files})
    spec = write("cycles.yaml", UNION_CYCLE)
    write_trees({tmp_path / "out2": generate(spec, "cycles").files})
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           "-p", "names", "-p", "cycles"], capture_output=True, text=True,
                          cwd=tmp_path, env={"MYPYPATH": f"{out}:{tmp_path / 'out2'}",
                                             "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.parametrize("kind", ["union", "array"])
def test_a_chain_of_400_unions_or_arrays_generates(write, kind: str) -> None:
    # main: RecursionError for each kind
    result = generate(write("spec.yaml", yaml_text(schema_chain(kind))), "chain")
    for path, text in result.files.items():
        if path.endswith(".py"):
            ast.parse(text)
    deep = [d for d in result.warnings if d.code == "deep-alias-chain"]
    assert bool(deep) == (kind == "array")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cyclic_collector_is_paused_while_generating_and_left_as_it_was(
        write, monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
    # main: collected all along, 40% of the time of a 1,000-operation spec
    import gc

    from generator import generate as module

    seen: list[bool] = []
    real = module.render_package

    def rendering(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "render_package", rendering)
    path = write("spec.yaml", yaml_text({"openapi": "3.0.3", "info": {"title": "T",
                                                                      "version": "1"},
                                         "paths": {}}))
    (gc.enable if enabled else gc.disable)()
    try:
        generate(path, "t_client")
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
