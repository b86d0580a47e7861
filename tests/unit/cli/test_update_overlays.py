"""`clientgen update` with overlays (generator.cli.update): the new upstream version gets the
same overlays, each action that now matches nothing is reported as stale (an error with
--strict, and nothing changes), the lock re-records the overlays, and an overlay edited in
place has no change report to offer. The realistic case: an overlay written against an older
Opal version (specs/opal/history) applied to the current one."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from generator.cli.main import main

from ..conftest import REPO

OLD_OPAL = REPO / "specs" / "opal" / "history" / "opal-2025-10-27.yaml"
NEW_OPAL = REPO / "specs" / "opal" / "opal-openapi.yaml"

# written against the 2025-10-27 version, by a team that met these in production
AGAINST_OLD_OPAL = """\
overlay: 1.1.0
info: {title: Opal fixes written against the 2025-10-27 spec, version: "1"}
actions:
  - target: $.components.schemas.RequestConfiguration.required[?@ == 'organization_id']
    description: RequestConfiguration has no organization_id property
    remove: true
  - target: $.components.schemas.GroupTypeEnum[?@[0] && !@[?@ == 'GRAFANA_TEAM']]
    description: the server sends GRAFANA_TEAM groups, which the enum does not list yet
    update: GRAFANA_TEAM
  - target: $.components.schemas.Request.properties.reviewer_stages.type
    description: reviewer_stages is an error message (a string) when reviewers cannot load
    remove: true
  - target: $.components.schemas.Request.properties.reviewer_stages.items
    description: with its type gone, its items say nothing
    remove: true
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project(root: Path, spec: Path, overlay: str) -> Path:
    folder = root / "specs" / "opal"
    (folder / "overlays").mkdir(parents=True)
    shutil.copyfile(spec, folder / "opal-openapi.yaml")
    (folder / "overlays" / "fixes.yaml").write_text(overlay, encoding="utf-8")
    lock = {"specs": [{"name": "opal", "file": "opal/opal-openapi.yaml",
                       "package": "opal_client", "source": "specs/opal/history",
                       "sha256": _sha(folder / "opal-openapi.yaml"),
                       "overlays": [{"path": "overlays/fixes.yaml",
                                     "sha256": _sha(folder / "overlays" / "fixes.yaml")}]}]}
    (root / "specs" / "lock.json").write_text(json.dumps(lock, indent=2) + "\n",
                                              encoding="utf-8")
    return root


def run(root: Path, *args: str) -> int:
    return main(["--root", str(root), *args])


def fingerprint(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): _sha(p) for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_an_overlay_for_an_older_opal_on_the_current_one_what_applies_and_what_went_stale(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path / "project", OLD_OPAL, AGAINST_OLD_OPAL)
    assert run(root, "regenerate") == 0
    err = capsys.readouterr().err
    assert "overlay-stale" not in err and "matches nothing" not in err  # all four apply
    group_type = (root / "generated" / "opal_client" / "opal_client" / "models"
                  / "group_type_enum.py").read_text(encoding="utf-8")
    assert "GRAFANA_TEAM" in group_type

    # --strict: a stale action is an error, and nothing is touched
    before = fingerprint(root)
    assert run(root, "--strict", "update", "opal", "--from", str(NEW_OPAL)) == 2
    errors = capsys.readouterr().err.splitlines()
    assert [line for line in errors if "matches nothing" in line] and \
        all(line.startswith("error: ") for line in errors)
    assert fingerprint(root) == before

    assert run(root, "update", "opal", "--from", str(NEW_OPAL)) == 0
    stale = [line for line in capsys.readouterr().err.splitlines() if "matches nothing" in line]
    overlay = "specs/opal/overlays/fixes.yaml"
    assert [line.split(": ", 2)[1].rsplit(overlay, 1)[1] for line in stale] == [
        "#/actions/1 (line 7)", "#/actions/2 (line 10)", "#/actions/3 (line 13)"]
    assert "action 1 (the server sends GRAFANA_TEAM groups" in stale[0]
    assert all(line.startswith("warning: ") and "delete it" in line for line in stale)

    # what still applies: the required name upstream never fixed stays removed
    assert run(root, "--quiet", "effective", "opal", "--format", "json") == 0
    schemas = json.loads(capsys.readouterr().out)["components"]["schemas"]
    assert "organization_id" not in schemas["RequestConfiguration"]["required"]
    assert schemas["GroupTypeEnum"]["enum"].count("GRAFANA_TEAM") == 1  # upstream's own
    assert "oneOf" in schemas["Request"]["properties"]["reviewer_stages"]
    entry = json.loads((root / "specs" / "lock.json").read_text(encoding="utf-8"))["specs"][0]
    assert entry["overlays"] == [{"path": "overlays/fixes.yaml",
                                  "sha256": _sha(root / "specs/opal/overlays/fixes.yaml")}]
    assert run(root, "check") == 0


PETS = """\
openapi: 3.1.0
info: {title: Pets, version: "1"}
servers: [{url: "https://pets.example"}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema:
                type: object
                properties:
                  next: {type: string}
"""
FIX = """\
overlay: 1.0.0
info: {title: fix, version: "1"}
actions:
  - target: $.paths['/pets'].get.responses['200'].content['application/json'].schema.properties
    description: a page may carry its size
    update: {size: {type: integer}}
"""


@pytest.fixture
def pets(tmp_path: Path) -> Path:
    root = tmp_path / "pets"
    folder = root / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "pets.yaml").write_text(PETS, encoding="utf-8")
    (folder / "fix.yaml").write_text(FIX, encoding="utf-8")
    lock = {"specs": [{"name": "pets", "file": "pets/pets.yaml", "package": "pets_client",
                       "source": "hand-written", "sha256": _sha(folder / "pets.yaml"),
                       "version": "1.0.0", "overlays": [{"path": "fix.yaml"}]}]}
    (root / "specs" / "lock.json").write_text(json.dumps(lock, indent=2) + "\n",
                                              encoding="utf-8")
    return root


def test_a_new_overlay_is_vendored_with_a_change_report_against_the_spec_without_it(
        pets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = (pets / "specs" / "pets" / "pets.yaml").as_posix()
    assert run(pets, "--quiet", "update", "pets", "--from", spec) == 0
    report = capsys.readouterr().out
    assert "`size`" in report
    lock = json.loads((pets / "specs" / "lock.json").read_text(encoding="utf-8"))["specs"][0]
    assert lock["version"] == "1.1.0"  # a field added: minor
    assert lock["overlays"] == [{"path": "fix.yaml",
                                 "sha256": _sha(pets / "specs" / "pets" / "fix.yaml")}]
    changelog = (pets / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Overlays applied, in order: fix.yaml (vendored now: fix.yaml)." in changelog
    assert run(pets, "check") == 0

    # edited in place: the version it replaced is gone, so no report and a major bump
    fix = pets / "specs" / "pets" / "fix.yaml"
    fix.write_text(FIX.replace("integer", "string"), encoding="utf-8")
    assert run(pets, "check") == 1
    capsys.readouterr()
    assert run(pets, "--quiet", "update", "pets", "--from", spec) == 0
    assert capsys.readouterr().err == "overlays edited in place (fix.yaml): no change report\n"
    lock = json.loads((pets / "specs" / "lock.json").read_text(encoding="utf-8"))["specs"][0]
    assert lock["version"] == "2.0.0"
    assert lock["overlays"][0]["sha256"] == _sha(fix)
    changelog = (pets / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Overlays edited in place (fix.yaml), so there is no change report." in changelog
    assert run(pets, "check") == 0
