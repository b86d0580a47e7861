"""generator.project.inputs: a record proves a package only while everything it was made
from, and every byte written, is what the record says."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from generator.emit.origin import Origin
from generator.generate import generate
from generator.project import inputs
from generator.project.record import RECORD_NAME, Record
from generator.project.write import write_trees

SPEC = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      parameters: [{name: cursor, in: query, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "pet.yaml#/Page"}
"""
PET = """
Page:
  type: object
  properties:
    next: {type: string}
    pets: {type: array, items: {type: string}}
"""
ORIGIN = Origin("./out", "clientgen generate spec.yaml --out out --package pets_client")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    """A spec of two files and the package generated from it, record and all."""
    spec = tmp_path / "spec" / "spec.yaml"
    spec.parent.mkdir()
    spec.write_text(SPEC, encoding="utf-8")
    (spec.parent / "pet.yaml").write_text(PET, encoding="utf-8")
    result = generate(spec, "pets_client", None, ORIGIN)
    out = tmp_path / "out"
    write_trees({out: {**result.files, RECORD_NAME: result.record}})
    return spec, out


def _proven(spec: Path, out: Path, origin: Origin = ORIGIN, package: str = "pets_client",
            pagination: Path | None = None) -> bool:
    return inputs.proven(out, spec, package, origin, pagination)


def test_the_record_proves_what_it_was_made_from(made: tuple[Path, Path]) -> None:
    spec, out = made
    record = Record.parse((out / RECORD_NAME).read_text(encoding="utf-8"))
    assert record.inputs is not None
    assert set(record.inputs["spec_files"]) == {"spec.yaml", "pet.yaml"}  # relative, both
    assert _proven(spec, out)


def test_an_edited_package_file_is_not_proven(made: tuple[Path, Path]) -> None:
    spec, out = made
    target = out / "pets_client" / "_version.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert not _proven(spec, out)


def test_a_removed_package_file_is_not_proven(made: tuple[Path, Path]) -> None:
    spec, out = made
    (out / "pets_client" / "_version.py").unlink()
    assert not _proven(spec, out)


def test_an_edited_file_the_spec_refers_to_is_not_proven(made: tuple[Path, Path]) -> None:
    spec, out = made
    (spec.parent / "pet.yaml").write_text(PET.replace("next", "after"), encoding="utf-8")
    assert not _proven(spec, out)


def test_another_package_name_origin_or_pagination_config_is_not_proven(
        made: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = made
    config = tmp_path / "paging.json"
    config.write_text(json.dumps({"detect": []}), encoding="utf-8")
    assert not _proven(spec, out, package="other_client")
    assert not _proven(spec, out, origin=dataclasses.replace(ORIGIN, version="2.0.0"))
    assert not _proven(spec, out, pagination=config)


def test_another_generator_is_not_proven(made: tuple[Path, Path],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out = made
    monkeypatch.setattr(inputs, "generator_digest", lambda: "0" * 64)
    assert not _proven(spec, out)


def test_a_record_without_inputs_or_edited_by_hand_proves_nothing(
        made: tuple[Path, Path]) -> None:
    spec, out = made
    path = out / RECORD_NAME
    record = Record.parse(path.read_text(encoding="utf-8"))
    path.write_text(dataclasses.replace(record, inputs=None).to_json(), encoding="utf-8")
    assert not _proven(spec, out)  # a record from before inputs were kept
    data = json.loads(record.to_json())
    data["written"] = {}  # claims nothing was written, under the old seal
    path.write_text(json.dumps(data), encoding="utf-8")
    assert not _proven(spec, out)
