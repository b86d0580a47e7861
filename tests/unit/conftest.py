"""Fixtures for the generator's unit tests: inline specs written to tmp_path, loaded by path.

Nothing here reads outside the repository: the vendored specs and checked-in packages are
found relative to this file. Test modules import the plain helpers (REPO, yaml_text, ...) with
`from ..conftest import ...`; fixtures reach them by name as usual.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from generator.diagnostics import Sink
from generator.generate import generate
from generator.model import ir
from generator.model.pagination import read_config
from generator.model.resolve import load_api
from generator.project.lock import read_lock
from generator.project.write import write_trees

REPO = Path(__file__).resolve().parents[2]
RUNTIME = REPO / "templates" / "runtime.py"  # the runtime every package copies


# the keywords a property may be named after (a schema keyword, an extension, a `$ref`)
KEYWORDS = ("default", "enum", "items", "type", "properties", "required", "discriminator",
            "example", "examples", "x-example", "$ref", "x-nullable", "nullable", "allOf",
            "oneOf", "const", "format", "additionalProperties", "description", "x-ext")


def yaml_text(spec: dict) -> str:
    """A spec built as data, as YAML text in the order it was built."""
    return yaml.safe_dump(spec, sort_keys=False)


def schema_chain(kind: str, length: int = 400) -> dict:
    """A spec whose `User` reaches a last object through `length` schemas of one kind
    (object, union or array), each naming the next: a chain that must cost a loop, not a
    stack frame per schema."""
    ref = "#/components/schemas/A{}"
    make = {
        "object": lambda i: {"type": "object", "properties": {"next": {"$ref": ref.format(i + 1)}}},
        "union": lambda i: {"oneOf": [{"$ref": ref.format(i + 1)}, {"type": "integer"}]},
        "array": lambda i: {"type": "array", "items": {"$ref": ref.format(i + 1)}},
    }[kind]
    schemas = {f"A{i}": make(i) for i in range(length)}
    schemas[f"A{length}"] = {"type": "object", "properties": {"v": {"type": "string"}}}
    schemas["User"] = {"type": "object", "properties": {"a": {"$ref": ref.format(0)}}}
    return {"openapi": "3.0.3", "info": {"title": "C", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}}


# A discriminated oneOf whose variants allOf their parent: jsonschema's validator recurses on it.
DISCRIMINATED_CYCLE = """
openapi: 3.0.3
info: {title: D, version: "1"}
paths:
  /pets:
    get:
      operationId: getPets
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
components:
  schemas:
    Pet:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
      discriminator:
        propertyName: kind
        mapping: {cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog"}
    Cat:
      allOf:
        - $ref: "#/components/schemas/Pet"
        - {type: object, properties: {meow: {type: boolean}}}
    Dog:
      allOf:
        - $ref: "#/components/schemas/Pet"
        - {type: object, properties: {bark: {type: boolean}}}
"""


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(name, text) puts dedented text at tmp_path/name and returns the path."""

    def _write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load() -> Callable[[Path], tuple[ir.Api, Sink]]:
    """load(path) runs the whole front half (load_api) and returns the Api and its sink."""

    def _load(path: Path) -> tuple[ir.Api, Sink]:
        sink = Sink()
        return load_api(path, sink), sink

    return _load


VENDORED = {
    "opal": (REPO / "specs" / "opal" / "opal-openapi.yaml", "opal_client"),
    "oracle": (REPO / "specs" / "oracle" / "oracle-access-governance.yaml", "oracle_ag_client"),
}


@pytest.fixture(scope="session")
def vendored_apis() -> dict[str, tuple[ir.Api, Sink]]:
    """Both vendored specs loaded once per session (loading Opal takes a second or two),
    each with its pagination config and overlays, as the lock has them generated."""
    loaded = {}
    locked = {spec.name: spec for spec in read_lock(REPO)}
    for name, (path, _) in VENDORED.items():
        sink = Sink()
        config = locked[name].pagination_path(REPO)
        loaded[name] = (load_api(path, sink, read_config(config) if config else None,
                                 str(config), overlays=locked[name].overlay_paths(REPO)), sink)
    return loaded


@pytest.fixture
def package(tmp_path: Path, write) -> Iterator[Callable[..., ModuleType]]:
    """package(name, spec_text[, paging]): generate the spec (with `paging`, the path of its
    pagination config) into tmp_path and import the package."""
    imported: list[str] = []

    def _package(name: str, text: str, paging: Path | None = None) -> ModuleType:
        spec = write(f"{name}.yaml", text)
        out = tmp_path / f"{name}_out"
        write_trees({out: generate(spec, name, paging).files})
        sys.path.insert(0, str(out))
        imported.append(name)
        return importlib.import_module(name)

    yield _package
    for name in imported:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]
    sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


# -- the command line in a fresh process, for input that could crash or hang it ------------------
def clientgen_process(*args: str | Path, cwd: Path, timeout: float = 60,
                      ) -> subprocess.CompletedProcess[bytes]:
    """`clientgen ARGS` in a fresh process (a crash, a hang or a traceback shows), no proxy."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=timeout, env=env)


def generate_in(folder: Path, spec: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return clientgen_process("generate", spec, "--out", "out", "--package", "hostile_client",
                     cwd=folder, timeout=timeout)


def one_clean_error(done: subprocess.CompletedProcess[bytes], folder: Path) -> str:
    """The single `error: ...` line of a run that refused its input and wrote nothing."""
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2, (done.returncode, stderr[-2000:])
    assert "Traceback" not in stderr and not done.stdout
    lines = stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    assert len(lines[0]) < 500
    assert not (folder / "out").exists()
    return lines[0]
