"""generator.project.inputs: a record proves a package only while everything it was made
from, and every byte written, is what the record says."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.emit.origin import Origin
from generator.generate import generate
from generator.project import inputs
from generator.project.record import RECORD_NAME, Record
from generator.project.write import write_trees

from ..conftest import REPO

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


def test_a_named_pagination_config_that_is_gone_is_not_no_config(
        made: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = made
    assert inputs.key("pets_client", ORIGIN, tmp_path / "absent.json") \
        != inputs.key("pets_client", ORIGIN, None)


def test_a_spec_file_reached_through_a_symbolic_link_keeps_no_inputs(tmp_path: Path) -> None:
    """Through a link, the file the spec names and the file hashed could part ways later."""
    spec = tmp_path / "spec" / "spec.yaml"
    (tmp_path / "spec" / "shared").mkdir(parents=True)
    spec.write_text(SPEC, encoding="utf-8")
    (spec.parent / "shared" / "pet.yaml").write_text(PET, encoding="utf-8")
    (spec.parent / "pet.yaml").symlink_to(spec.parent / "shared" / "pet.yaml")
    result = generate(spec, "pets_client", None, ORIGIN)
    assert Record.parse(result.record).inputs is None


def test_a_link_put_in_place_of_a_spec_file_later_is_not_proven(
        made: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = made
    same = tmp_path / "elsewhere.yaml"
    same.write_text(PET, encoding="utf-8")  # the same bytes, outside the spec's folder
    (spec.parent / "pet.yaml").unlink()
    (spec.parent / "pet.yaml").symlink_to(same)
    assert not _proven(spec, out)


@pytest.mark.parametrize("name", ["../../etc/hostname", "/etc/hostname", "a/../../x", "a\0b"])
def test_a_forged_record_naming_a_path_outside_is_not_believed(
        made: tuple[Path, Path], name: str) -> None:
    spec, out = made
    path = out / RECORD_NAME
    record = Record.parse(path.read_text(encoding="utf-8"))
    assert record.inputs is not None
    forged = {**record.inputs, "spec_files": {**record.inputs["spec_files"], name: "0" * 64}}
    path.write_text(dataclasses.replace(record, inputs=forged).to_json(), encoding="utf-8")
    with pytest.raises(ValueError):
        Record.parse(path.read_text(encoding="utf-8"))
    assert not _proven(spec, out)


def test_a_written_file_that_is_not_a_regular_file_is_not_proven(
        made: tuple[Path, Path]) -> None:
    """A FIFO would hang a read; check only hashes regular files."""
    spec, out = made
    target = out / "pets_client" / "_version.py"
    target.unlink()
    os.mkfifo(target)
    assert not _proven(spec, out)


def test_the_overlays_content_and_order_are_part_of_the_key(made: tuple[Path, Path]) -> None:
    spec, out = made
    first, second = spec.parent / "a.yaml", spec.parent / "b.yaml"
    first.write_text("overlay: 1.0.0\n", encoding="utf-8")
    second.write_text("overlay: 1.1.0\n", encoding="utf-8")
    key = inputs.key("pets_client", ORIGIN, None, [first, second])
    assert key != inputs.key("pets_client", ORIGIN, None)
    assert key != inputs.key("pets_client", ORIGIN, None, [second, first])
    moved = spec.parent / "moved.yaml"
    moved.write_text("overlay: 1.0.0\n", encoding="utf-8")
    assert key == inputs.key("pets_client", ORIGIN, None, [moved, second])  # content, not path
    assert _proven(spec, out)
    assert not inputs.proven(out, spec, "pets_client", ORIGIN, None, [first])
    first.write_text("overlay: 1.0.1\n", encoding="utf-8")
    assert key != inputs.key("pets_client", ORIGIN, None, [first, second])


def test_whether_pyyaml_has_libyaml_is_known_without_importing_pyyaml() -> None:
    # main: find_spec("yaml._yaml") imported all of PyYAML, a tenth of a second of `check`
    script = ("import importlib.util, sys\n"
              "from generator.project.inputs import _has_libyaml\n"
              "known = _has_libyaml()\n"
              "print(known, 'yaml' in sys.modules, importlib.util.find_spec('yaml._yaml') "
              "is not None, _has_libyaml())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=REPO)
    known, imported, truth, again = done.stdout.split()
    assert imported == "False"
    assert known == truth == again
