"""generator.project.lock: where the project is, what its lock says, and the one lookup of a
spec by name that `regenerate NAME` and `update NAME` share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.project.lock import (
    NotAProject,
    VendoredSpec,
    find_root,
    find_spec,
    read_lock,
    sha256_of,
)

ENTRY = {"name": "pets", "file": "pets/pets.yaml", "package": "pets_client",
         "source": "hand-written", "sha256": "0" * 64}


def _project(root: Path, specs: list[dict[str, str]] | None = None) -> Path:
    (root / "specs").mkdir(parents=True)
    (root / "specs" / "lock.json").write_text(json.dumps({"specs": specs or [ENTRY]}),
                                              encoding="utf-8")
    return root


def test_the_root_is_the_nearest_folder_above_that_holds_the_lock(tmp_path: Path) -> None:
    root = _project(tmp_path / "project")
    inside = root / "generated" / "pets_client"
    inside.mkdir(parents=True)
    assert (inside / find_root(inside)).resolve() == root.resolve()
    assert find_root(inside) == Path("../..")  # relative: file names in messages stay short
    assert find_root(inside, given=root) == root


def test_no_lock_above_or_at_root_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(NotAProject, match="--root .*: no specs/lock.json there"):
        find_root(tmp_path, given=tmp_path)
    with pytest.raises(NotAProject, match="or any folder above it"):
        find_root(tmp_path)


def test_read_lock_gives_the_entries_with_their_optional_settings(tmp_path: Path) -> None:
    paged = {**ENTRY, "name": "paged", "pagination": "paged/pagination.json",
             "env_prefix": "PAGED"}
    root = _project(tmp_path, [ENTRY, paged])
    pets, other = read_lock(root)
    assert pets == VendoredSpec(**ENTRY) and pets.pagination_path(root) is None
    assert other.pagination_path(root) == root / "specs" / "paged" / "pagination.json"
    assert other.path(root) == root / "specs" / "pets" / "pets.yaml"
    assert other.output(root) == root / "generated" / "pets_client"
    assert other.origin().env_prefix == "PAGED"


@pytest.mark.parametrize("text", ["{", '{"specs": [{"name": "x"}]}', '{"other": []}',
                                  '{"specs": [{"name": "x", "nope": 1}]}'])
def test_a_lock_that_cannot_be_read_is_one_error(tmp_path: Path, text: str) -> None:
    _project(tmp_path)
    (tmp_path / "specs" / "lock.json").write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as error:
        read_lock(tmp_path)
    [problem] = error.value.diagnostics
    assert (problem.code, problem.file) == ("bad-lock", "specs/lock.json")


def test_find_spec_gives_the_named_entry() -> None:
    specs = [VendoredSpec(**ENTRY), VendoredSpec(**{**ENTRY, "name": "cats"})]
    assert find_spec(specs, "cats") is specs[1]


def test_an_unknown_spec_name_is_one_error_listing_the_known_ones() -> None:
    specs = [VendoredSpec(**ENTRY), VendoredSpec(**{**ENTRY, "name": "cats"})]
    with pytest.raises(SpecError) as error:
        find_spec(specs, "dogs")
    [problem] = error.value.diagnostics
    assert (problem.code, problem.file) == ("unknown-spec", "specs/lock.json")
    assert problem.message == "no vendored spec named 'dogs' (known: pets, cats)"


def test_regenerate_and_update_report_an_unknown_name_alike(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    from generator.cli.main import main

    root = _project(tmp_path)
    lines = []
    for command in (["regenerate", "dogs"], ["update", "dogs", "--from", "x.yaml"]):
        assert main(["--root", str(root), *command]) == 2
        lines.append(capsys.readouterr().err)
    assert lines[0] == lines[1]
    assert "no vendored spec named 'dogs' (known: pets)" in lines[0]


def test_sha256_of_is_the_files_bytes(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    assert sha256_of(path) == \
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_overlays_are_read_in_order_below_the_specs_folder(tmp_path: Path) -> None:
    entry = {**ENTRY, "overlays": [{"path": "overlays/b.yaml", "sha256": "1" * 64},
                                   {"path": "a.yaml"}]}
    root = _project(tmp_path, [entry])
    [pets] = read_lock(root)
    assert [(o.path, o.sha256) for o in pets.overlays] == \
        [("overlays/b.yaml", "1" * 64), ("a.yaml", "")]
    folder = root / "specs" / "pets"
    assert pets.overlay_paths(root) == [folder / "overlays" / "b.yaml", folder / "a.yaml"]
    [plain] = read_lock(_project(tmp_path / "plain"))
    assert plain.overlays == () and plain.overlay_paths(tmp_path / "plain") == []


@pytest.mark.parametrize("path", ["../other/fix.yaml", "overlays/../../fix.yaml", "/etc/fix.yaml",
                                  "C:/fix.yaml", "overlays\\..\\..\\fix.yaml", "", ".",
                                  "fix\0.yaml"])
def test_an_overlay_path_leaving_the_specs_folder_is_refused(tmp_path: Path, path: str) -> None:
    root = _project(tmp_path, [{**ENTRY, "overlays": [{"path": path, "sha256": ""}]}])
    with pytest.raises(SpecError) as error:
        read_lock(root)
    [problem] = error.value.diagnostics
    assert (problem.code, problem.file) == ("bad-lock", "specs/lock.json")
    assert "below the spec's folder" in problem.message


def test_an_overlay_behind_a_link_out_of_the_specs_folder_is_refused(tmp_path: Path) -> None:
    root = _project(tmp_path, [{**ENTRY, "overlays": [{"path": "out/fix.yaml"}]}])
    (root / "specs" / "pets").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (root / "specs" / "pets" / "out").symlink_to(tmp_path / "elsewhere")
    [pets] = read_lock(root)
    with pytest.raises(SpecError) as error:
        pets.overlay_paths(root)
    assert "leads out of the spec's folder" in error.value.diagnostics[0].message
