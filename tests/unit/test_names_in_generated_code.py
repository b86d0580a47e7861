"""Spec names that collide with names the generated code itself uses.

Each case once produced a package that imported but failed mypy --strict or crashed
decoding: a union with a uuid/date-time branch given another type, a query parameter
named `call` (the method's local) or `str` (used in annotations), and a schema named
like a builtin exception.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from generator.generate import generate
from generator.write import write_trees


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
    assert "import AsyncClient_, Client_" in client  # the group tagged `client`
    assert "import AsyncAsyncFoo_, AsyncFoo_" in client  # `Async Foo` beside `Foo`
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
