"""The record beside a generated package (record.py): reused when it proves something,
recomputed around when it does not, and never a way for drift to pass.

Every test runs with the cache off (CLIENTGEN_CACHE_DIR=""), so each count below is work
that was done or reused, and only the record can explain reuse.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.cli import main as cli
from generator.diagnostics import SpecError
from generator.emit.format import FORMATTER
from generator.emit.origin import Origin, for_vendored
from generator.generate import Generated, generate
from generator.project.record import RECORD_NAME, Record
from generator.project.write import drift, write_trees
from generator.read import validity as validate

SPEC = """\
openapi: 3.0.3
info: {title: Recorded, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
  /widgets:
    get:
      operationId: listWidgets
      tags: [widgets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
components:
  schemas:
    Thing:
      type: object
      properties: {id: {type: string}}
    Widget:
      type: object
      properties: {size: {type: integer}}
"""

PACKAGE = "recorded_client"


@pytest.fixture(autouse=True)
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one vendored spec, regenerated once (so it has a record)."""
    spec = tmp_path / "specs" / "recorded.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text(SPEC, encoding="utf-8")
    import hashlib

    lock = {"specs": [{"name": "recorded", "file": "recorded.yaml", "package": PACKAGE,
                       "source": "test", "sha256": hashlib.sha256(spec.read_bytes()).hexdigest()}]}
    (tmp_path / "specs" / "lock.json").write_text(json.dumps(lock), encoding="utf-8")
    assert cli.main(["--quiet", "--root", str(tmp_path), "regenerate"]) == 0
    assert (output(tmp_path) / RECORD_NAME).is_file()
    return tmp_path


def output(root: Path) -> Path:
    return root / "generated" / PACKAGE


def origin() -> Origin:
    """What `regenerate` tells a vendored package's README (its install and rebuild commands)."""
    return for_vendored("recorded", PACKAGE, None)


def again(root: Path, **options: bool) -> Generated:
    return generate(root / "specs" / "recorded.yaml", PACKAGE, origin=origin(),
                    previous=output(root), **options)


def check(root: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["--root", str(root), "check", *flags])
    return code, capsys.readouterr().err


def modules(root: Path) -> int:
    return len(Record.parse((output(root) / RECORD_NAME).read_text()).files)


def test_the_record_proves_every_module_and_the_validation(project: Path) -> None:
    result = again(project)
    assert (result.work.formatted, result.work.cached) == (0, 0)
    assert result.work.reused == modules(project) > 5
    assert result.work.validation == "record"
    assert result.files == generate(project / "specs" / "recorded.yaml", PACKAGE,
                                    origin=origin()).files
    assert result.record == (output(project) / RECORD_NAME).read_text()


def test_the_record_is_deterministic_and_sorted(project: Path) -> None:
    text = (output(project) / RECORD_NAME).read_text()
    assert again(project).record == text
    assert list(json.loads(text)["files"]) == sorted(json.loads(text)["files"])


def test_the_record_lists_every_file_written_beside_it(project: Path) -> None:
    """What a later run may replace or remove, and nothing else (write.py), each with the
    sha256 of the bytes written: a file edited since is not removed."""
    folder = output(project)
    written = {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in folder.rglob("*") if p.is_file() and p.name != RECORD_NAME}
    record = Record.parse((folder / RECORD_NAME).read_text())
    assert record.written == written
    assert list(json.loads(Path(folder / RECORD_NAME).read_text())["written"]) == \
        sorted(written)


def test_a_record_from_before_the_list_is_still_believed(project: Path) -> None:
    record_path = output(project) / RECORD_NAME
    record = Record.parse(record_path.read_text())
    older = Record(record.formatter, record.validator, record.spec, record.files,
                   record.warnings)
    assert "written" not in json.loads(older.to_json())
    record_path.write_text(older.to_json())
    result = again(project)
    assert result.work.reused == modules(project) and result.work.validation == "record"
    assert cli.main(["--quiet", "--root", str(project), "regenerate"]) == 0
    assert Record.parse(record_path.read_text()).written == record.written


def test_full_recomputes_everything(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = again(project, full=True)
    assert (result.work.formatted, result.work.reused) == (modules(project), 0)
    assert result.work.validation == "validator"
    assert check(project, capsys, "--full")[0] == 0


def test_a_hand_edited_file_is_named_with_the_reason(project: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    edited = output(project) / PACKAGE / "errors.py"
    edited.write_text(edited.read_text() + "# a hand edit\n")
    result = again(project)
    assert result.work.formatted == 1 and result.work.reused == modules(project) - 1
    code, err = check(project, capsys)
    assert code == 1
    assert f"{PACKAGE}/errors.py (differs; edited by hand" in err


def test_a_record_fixed_to_match_a_hand_edit_is_not_believed(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib

    total = modules(project)
    edited = output(project) / PACKAGE / "errors.py"
    edited.write_text(edited.read_text() + "# a hand edit\n")
    record_path = output(project) / RECORD_NAME
    data = json.loads(record_path.read_text())
    data["files"][f"{PACKAGE}/errors.py"]["written_sha256"] = \
        hashlib.sha256(edited.read_bytes()).hexdigest()
    record_path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    result = again(project)
    assert result.work.reused == 0 and result.work.formatted == total
    assert result.work.validation == "validator"
    assert "edited by hand (its seal does not match" in result.work.note
    code, err = check(project, capsys)
    assert code == 1
    assert f"{PACKAGE}/errors.py (differs; no usable record)" in err
    assert "its seal does not match" in err


def test_a_record_of_another_formatter_version_is_named_as_such(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An honest record made by another ruff: every module is formatted again; a module whose
    checked-in bytes came out differently there is drift, named as a formatter mismatch."""
    record_path = output(project) / RECORD_NAME
    record = Record.parse(record_path.read_text())
    other = Record("ruff 0.0.1 format --line-length 100", record.validator, record.spec,
                   record.files)
    record_path.write_text(other.to_json())
    result = again(project)
    assert (result.work.formatted, result.work.reused) == (modules(project), 0)
    assert "formatter version mismatch" in result.work.note
    assert FORMATTER in result.work.note and "ruff 0.0.1" in result.work.note
    assert check(project, capsys)[0] == 0  # the same bytes either way: no drift

    formatted_by_the_other = output(project) / PACKAGE / "client.py"
    formatted_by_the_other.write_text(formatted_by_the_other.read_text().replace("    ", "  "))
    code, err = check(project, capsys)
    assert code == 1
    assert f"{PACKAGE}/client.py (differs; formatter version mismatch)" in err
    assert "formatter version mismatch: clientgen-record.json was made with" in err


@pytest.mark.parametrize("damage", ["delete", "garbage", "truncate", "wrong format"])
def test_a_deleted_or_corrupt_record_only_costs_time(
        project: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    total = modules(project)
    record_path = output(project) / RECORD_NAME
    text = record_path.read_text()
    if damage == "delete":
        record_path.unlink()
    elif damage == "garbage":
        record_path.write_bytes(b"\xff\x00 not json")
    elif damage == "truncate":
        record_path.write_text(text[: len(text) // 2])
    else:
        record_path.write_text(text.replace("clientgen record 1", "clientgen record 99"))
    result = again(project)
    assert (result.work.formatted, result.work.reused) == (total, 0)
    assert result.work.validation == "validator"
    assert result.work.note
    code, err = check(project, capsys)
    assert code == 0
    assert f"recorded: {result.work.note}" in err  # said once, not as drift
    assert cli.main(["--quiet", "--root", str(project), "regenerate"]) == 0
    assert record_path.read_text() == text  # regenerate writes it again


def test_after_one_schema_changes_only_the_modules_it_changed_are_formatted(
        project: Path) -> None:
    before = Record.parse((output(project) / RECORD_NAME).read_text())
    spec = project / "specs" / "recorded.yaml"
    spec.write_text(SPEC.replace("properties: {size: {type: integer}}",
                                 "properties: {size: {type: integer, description: Inches.}}"))
    result = again(project)
    after = Record.parse(result.record)
    changed = {path for path, (unformatted, _) in after.files.items()
               if before.files.get(path, ("",))[0] != unformatted}
    assert 1 <= len(changed) < len(after.files)
    assert result.work.formatted == len(changed)
    assert result.work.reused == len(after.files) - len(changed)
    assert result.work.validation == "validator"  # a new spec text: validated once
    assert set(result.work.why) == changed
    write_trees({output(project): result.tree()})
    assert again(project).work.validation == "record"  # and not twice


def test_check_output_still_matches_a_fresh_generation(project: Path) -> None:
    fresh = generate(project / "specs" / "recorded.yaml", PACKAGE, origin=origin())
    assert drift(output(project), fresh.files) == []


def test_validation_beside_generation_gives_the_same_output_and_verdicts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, invalid = tmp_path / "spec.yaml", tmp_path / "invalid.yaml"
    spec.write_text(SPEC)
    invalid.write_text(SPEC.replace("description: ok", "description: 42", 1))
    inline = generate(spec, PACKAGE).files
    with pytest.raises(SpecError) as inline_error:
        generate(invalid, PACKAGE)
    monkeypatch.setattr(validate, "BACKGROUND_MIN_CHARS", 0)  # every spec: a child process
    beside = generate(spec, PACKAGE)
    assert beside.files == inline and beside.work.validation == "validator"
    with pytest.raises(SpecError) as error:
        generate(invalid, PACKAGE)
    assert error.value.diagnostics == inline_error.value.diagnostics
    assert [(d.code, d.pointer) for d in error.value.diagnostics] == [
        ("invalid-spec", "#/paths/~1things/get/responses/200/description")]


def test_a_record_listing_paths_without_their_sha256_lists_nothing(project: Path) -> None:
    """A record of the format before each file's sha256 was kept is believed for reuse, but
    its list cannot say which files are still as written: nothing in it is removed."""
    from generator.project.record import _seal

    record_path = output(project) / RECORD_NAME
    data = json.loads(record_path.read_text())
    del data["seal"]
    data["written"] = sorted(data["written"])
    data["seal"] = _seal(data)
    record_path.write_text(json.dumps(data))
    assert Record.parse(record_path.read_text()).written is None
    assert again(project).work.validation == "record"
