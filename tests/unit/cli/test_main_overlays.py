"""Overlays on the command line (generator.cli.main): `generate --overlay`, the lock's overlays
in regenerate and check (an edited overlay is an edited spec), `diff --overlay` saying so in its
header, and `effective`, which prints the document after overlays. Every test works on a small
project in tmp_path, through main() and --root."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli.main import main

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: "1"}
servers: [{url: "https://pets.example"}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Page"}
components:
  schemas:
    Page:
      type: object
      required: [cursor, ghost]
      properties:
        cursor: {type: string}
        pets: {type: array, items: {type: string}}
"""

NULLABLE = """\
overlay: 1.0.0
info: {title: Pets' fixes, version: "1"}
actions:
  - target: $.components.schemas.Page.required[?@ == 'ghost']
    description: Page has no ghost property
    remove: true
  - target: $.components.schemas.Page.properties.cursor
    description: the last page has no cursor
    update: {type: [string, "null"]}
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """specs/pets with one overlay the lock vouches for, and its package generated."""
    root = tmp_path / "project"
    folder = root / "specs" / "pets"
    (folder / "overlays").mkdir(parents=True)
    (folder / "pets.yaml").write_text(SPEC, encoding="utf-8")
    (folder / "overlays" / "nullable.yaml").write_text(NULLABLE, encoding="utf-8")
    _lock(root, [{"path": "overlays/nullable.yaml",
                  "sha256": _sha(folder / "overlays" / "nullable.yaml")}])
    assert run(root, "--quiet", "regenerate") == 0
    return root


def _lock(root: Path, overlays: list[dict[str, str]]) -> None:
    entry: dict[str, Any] = {"name": "pets", "file": "pets/pets.yaml", "package": "pets_client",
                             "source": "hand-written",
                             "sha256": _sha(root / "specs" / "pets" / "pets.yaml"),
                             "overlays": overlays}
    (root / "specs" / "lock.json").write_text(json.dumps({"specs": [entry]}, indent=2) + "\n",
                                              encoding="utf-8")


def run(root: Path, *args: str) -> int:
    return main(["--root", str(root), *args])


def page_module(root: Path) -> str:
    return (root / "generated" / "pets_client" / "pets_client" / "models" / "page.py").read_text(
        encoding="utf-8")


def test_regenerate_applies_the_lock_overlays_and_check_trusts_the_result(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "    cursor: str | None\n" in page_module(project)  # required, and now nullable
    assert run(project, "regenerate") == 0
    assert "required-not-a-property" not in capsys.readouterr().err  # the overlay fixed it
    assert run(project, "check") == 0
    record = json.loads((project / "generated" / "pets_client" / "clientgen-record.json")
                        .read_text(encoding="utf-8"))
    assert "nullable.yaml" not in json.dumps(record) and str(project) not in json.dumps(record)


def test_an_edited_overlay_is_drift_for_check_and_refused_by_regenerate(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = project / "specs" / "pets" / "overlays" / "nullable.yaml"
    overlay.write_text(NULLABLE.replace("the last page", "a last page"), encoding="utf-8")
    capsys.readouterr()
    assert run(project, "check") == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"pets: overlay {overlay.as_posix()} is not the version "
                           "specs/lock.json vouches for (sha256 ")
    assert f"git restore -- {overlay.as_posix()}" in line
    assert line.endswith("clientgen update pets --from "
                         f"{(project / 'specs' / 'pets' / 'pets.yaml').as_posix()}")
    before = page_module(project)
    assert run(project, "regenerate") == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: pets: overlay ") and "nothing was regenerated" in line
    assert page_module(project) == before


def test_an_overlay_listed_but_never_vendored_says_how_to_vendor_it(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _lock(project, [{"path": "overlays/nullable.yaml"}])
    assert run(project, "check") == 1
    err = capsys.readouterr().err
    assert "is not vendored yet" in err and "git restore" not in err


def test_a_check_that_renders_still_reads_the_overlays(project: Path) -> None:
    """--full trusts no record: the render itself must apply the overlays to match."""
    assert run(project, "--quiet", "check", "--full") == 0


@pytest.mark.parametrize("path", ["../../outside.yaml", "/etc/hostname"])
def test_a_lock_overlay_outside_the_specs_folder_is_one_error(
        project: Path, capsys: pytest.CaptureFixture[str], path: str) -> None:
    (project / "outside.yaml").write_text(NULLABLE, encoding="utf-8")
    _lock(project, [{"path": path, "sha256": ""}])
    for command in ("check", "regenerate"):
        assert run(project, command) == 2
        [line] = capsys.readouterr().err.splitlines()
        assert line.startswith("error: specs/lock.json#: cannot read the lock") \
            and "below the spec's folder" in line


def test_generate_takes_overlays_in_order_and_its_readme_repeats_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "one.yaml").write_text(NULLABLE, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(NULLABLE.replace('[string, "null"]', "integer"),
                                       encoding="utf-8")
    out = tmp_path / "out"
    argv = ["generate", str(tmp_path / "spec.yaml"), "--out", str(out), "--package", "pets_client"]
    assert main([*argv, "--overlay", str(tmp_path / "one.yaml"),
                 "--overlay", str(tmp_path / "two.yaml")]) == 0
    page = (out / "pets_client" / "models" / "page.py").read_text(encoding="utf-8")
    assert "    cursor: int\n" in page  # the second overlay's update came last
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "--overlay one.yaml --overlay two.yaml" in readme
    assert str(tmp_path) not in readme


def test_generate_with_a_bad_overlay_is_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(NULLABLE.replace("$.components.schemas.Page.properties.cursor",
                                    "$.components[?@.x ==]"), encoding="utf-8")
    assert main(["generate", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "out"),
                 "--package", "pets_client", "--overlay", str(bad)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: ") and line.count("bad.yaml") == 1
    assert "bad.yaml#/actions/1/target (line 7): action 1: " in line
    assert "is not an RFC 9535 JSONPath" in line
    assert not (tmp_path / "out").exists()


def test_diff_compares_after_overlays_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(SPEC, encoding="utf-8")
    new.write_text(SPEC.replace("cursor: {type: string}", "cursor: {type: string}\n"
                                "        size: {type: integer}"), encoding="utf-8")
    fix = tmp_path / "fix.yaml"
    fix.write_text(NULLABLE, encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 0
    plain = capsys.readouterr().out
    assert not plain.startswith("#")
    assert main(["diff", str(old), str(new), "--overlay", str(fix)]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header == f"# {old.as_posix()} and {new.as_posix()} compared after overlays " \
        f"{fix.as_posix()}"
    assert lines == plain.splitlines()  # the same overlay on both sides changes nothing else
    assert main(["diff", str(old), str(new), "--overlay", str(fix), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["overlays"] == [fix.as_posix()]
    assert main(["diff", str(old), str(new), "--overlay", str(fix), "--format",
                 "markdown"]) == 0
    assert f"both after overlays {fix.as_posix()}" in capsys.readouterr().out.splitlines()[0]


def test_effective_prints_the_document_after_overlays(
        project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(project, "effective", "pets", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    page = data["components"]["schemas"]["Page"]
    assert page["required"] == ["cursor"]
    assert page["properties"]["cursor"]["type"] == ["string", "null"]
    # a file, with --overlay; YAML by default, which reads back as the same document
    more = tmp_path / "more.yaml"
    more.write_text(NULLABLE.replace("Page has no ghost property", "again"), encoding="utf-8")
    spec = project / "specs" / "pets" / "pets.yaml"
    assert main(["effective", str(spec), "--overlay",
                 str(project / "specs" / "pets" / "overlays" / "nullable.yaml")]) == 0
    assert yaml.safe_load(capsys.readouterr().out) == data
    # the lock's overlays first, then the ones given
    assert run(project, "--quiet", "effective", "pets", "--overlay", str(more),
               "--format", "json") == 0
    again = json.loads(capsys.readouterr().out)["components"]["schemas"]["Page"]
    assert again["properties"]["cursor"]["type"] == ["string", "null", "string", "null"]


def test_effective_reports_stale_actions_one_by_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    stale = tmp_path / "stale.yaml"
    stale.write_text(NULLABLE.replace("Page.properties.cursor", "Gone").replace(
        "Page.required", "Gone.required"), encoding="utf-8")
    assert main(["effective", str(tmp_path / "spec.yaml"), "--overlay", str(stale)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 2)[1].rsplit("#", 1)[1] for line in err] == \
        ["/actions/0 (line 4)", "/actions/1 (line 7)"]
    assert all("matches nothing" in line for line in err)
    assert main(["--strict", "effective", str(tmp_path / "spec.yaml"), "--overlay",
                 str(stale)]) == 2


@pytest.mark.parametrize(("value", "says"), [
    ("!!binary aGk=", "a YAML !!binary value cannot be written as JSON"),
    (".nan", "a YAML .nan (not a number) cannot be written as JSON"),
    ("-.inf", "a YAML -.inf (an infinite number) cannot be written as JSON"),
    ("!!set {a: null}", "a YAML !!set cannot be written as JSON"),
])
def test_effective_json_refuses_a_value_json_cannot_hold_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, says: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.replace("cursor: {type: string}", f"cursor: {{type: string, "
                                 f"x-odd: [1, {value}]}}"), encoding="utf-8")
    assert main(["effective", str(spec), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith(f"spec.yaml#/components/schemas/Page/properties/cursor/x-odd/1 "
                        f"(line 21): {says}; use --format yaml\n")
    assert len(err.splitlines()) == 1
    assert main(["effective", str(spec)]) == 0  # YAML holds it
