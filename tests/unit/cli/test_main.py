"""generator.cli.main (`python -m generator`), run in subprocesses as a person meets it:
--version and --help, options on either side of the subcommand, the project root found upward,
bad input as one line with exit 2 and nothing written, what `generate` replaces and what it
leaves alone, warnings summarised by kind, forgiving validation, and the drift check and
regenerate on a temporary copy of the project."""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator
from generator.cli.main import EXIT_DRIFT, build_parser

from ..conftest import REPO

GOOD = """\
openapi: 3.0.3
info: {title: Good, version: "1.2.3"}
servers: [{url: "https://api.example.com"}]
paths:
  /pets/{pet-id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: pet-id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [id, ghost]
      properties:
        id: {type: string}
"""

INVALID_YAML = "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: {get: [\n"

INVALID_SPEC = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: [not, text]
  /b:
    get:
      parameters:
        - {name: q, in: nowhere}
      responses:
        "200": {description: ok}
"""

DANGLING = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Nope"}}}
        "404":
          description: gone
          content: {application/json: {schema: {$ref: "#/components/schemas/Gone"}}}
"""


NULLABLES = """\
openapi: 3.1.0
info: {title: N, version: "2"}
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        a: {type: string, nullable: true}
        b: {type: string, nullable: true}
        c: {type: string, nullable: true}
"""

DOCKER_LIKE = """\
swagger: "2.0"
info: {title: Engine, version: "1.41"}
paths:
  /containers/json:
    get:
      operationId: ContainerList
      parameters:
        - {name: all, in: query, type: boolean, default: "no"}
      responses:
        "200":
          description: ok
          schema: {$ref: "#/definitions/Container"}
definitions:
  Container:
    type: object
    properties:
      Name: {type: string}
      HostConfig:
        type: object
        properties:
          NetworkMode: {type: string, default: null}
          Links: {type: array, items: {type: string}, default: null, x-nullable: true}
"""

TYPO = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      properties:
        name:
          type: strin
"""

TYPOS = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      descripton: typo
      parameters:
        - {name: q, in: nowhere, schema: {type: string}}
      responses:
        "204": {description: done}
"""

DEFAULT_ELSEWHERE = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: size, in: query, schema: {$ref: "common.yaml#/Size"}}
      responses:
        "204": {description: done}
"""

COMMON = """\
Size:
  type: integer
  default: large
"""


def clientgen(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_clean_failure(done: subprocess.CompletedProcess[str], problems: int) -> list[str]:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == problems, lines
    assert all(line.startswith("error: ") for line in lines), lines
    return lines


def one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, nothing on stdout, one line on stderr, no traceback: what a user should see."""
    [line] = _assert_clean_failure(done, 1)
    assert done.stdout == ""
    return line


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's specs/ and generated/ (nothing else is needed by the CLI)."""
    root = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".*.old", "*.egg-info")
    shutil.copytree(REPO / "specs", root / "specs", ignore=ignore)
    shutil.copytree(REPO / "generated", root / "generated", ignore=ignore)
    for path in root.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return root


# -- --version and --help ------------------------------------------------------------------------


def test_version_names_clientgen_and_ruff(tmp_path: Path) -> None:
    done = clientgen("--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"clientgen {generator.__version__} "
                           f"(ruff {importlib.metadata.version('ruff')})\n")


@pytest.mark.parametrize("command", [[], ["regenerate"], ["check"], ["generate"], ["diff"],
                                     ["update"]])
def test_help_lists_the_exit_codes_and_the_versions_read(tmp_path: Path,
                                                         command: list[str]) -> None:
    done = clientgen(*command, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "exit codes:" in done.stdout
    assert re.search(r"^  2  bad usage", done.stdout, re.MULTILINE)
    assert "thin shell" not in done.stdout
    if command in (["regenerate"], ["check"]):
        return  # they read the lock's specs, not a path given
    text = " ".join(done.stdout.split())
    assert "3.0, 3.1" in text and "3.2" in text and "Swagger 2.0" in text, text


def test_every_argument_of_every_command_has_help() -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    missing = [f"{name} {action.dest}"
               for name, sub in [("clientgen", parser), *commands.choices.items()]
               for action in sub._actions if not (action.help or "").strip()]
    assert missing == []


def test_regenerate_help_says_it_refuses_a_spec_that_does_not_match_the_lock(
        tmp_path: Path) -> None:
    done = clientgen("regenerate", "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "refuses a spec whose sha256 no longer matches the lock" in " ".join(
        done.stdout.split())


# -- options before or after the subcommand, and the project root --------------------------------


@pytest.mark.parametrize("order", ["before", "after"])
def test_options_work_on_either_side_of_the_subcommand(project: Path, tmp_path: Path,
                                                       order: str) -> None:
    options = ["--quiet", "--root", str(project)]
    args = [*options, "regenerate", "oracle"] if order == "before" \
        else ["regenerate", "oracle", *options]
    done = clientgen(*args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # --quiet took effect


def test_the_project_root_is_found_from_a_folder_inside_it(project: Path) -> None:
    inside = project / "generated" / "oracle_ag_client" / "oracle_ag_client"
    done = clientgen("regenerate", "oracle", cwd=inside)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == \
        "oracle: generated/oracle_ag_client unchanged; 90 operations, 184 models"


@pytest.mark.parametrize("command", [["check"], ["regenerate"], ["update", "opal", "--from",
                                                                  "x.yaml"]])
def test_outside_any_project_is_one_line(tmp_path: Path, command: list[str]) -> None:
    line = one_line_failure(clientgen(*command, cwd=tmp_path))
    assert "no specs/lock.json in" in line and "--root" in line
    assert list(tmp_path.iterdir()) == []


def test_root_without_a_lock_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    line = one_line_failure(clientgen("regenerate", "--root", "empty", cwd=tmp_path))
    assert line == "error: --root empty: no specs/lock.json there"
    assert [p.name for p in tmp_path.rglob("*")] == ["empty"]


# -- bad input: one line, exit 2, nothing written --------------------------------------------------


@pytest.mark.parametrize("args", [
    ["regenerate", "--bogus"],
    ["--bogus", "check"],
    ["generate", "--out", "out", "--package", "p"],  # no spec path
    ["generate", "spec.yaml", "--out", "out"],  # no package
    ["generate", "x.yaml"],  # neither --out nor --package
    ["frobnicate"],
    ["--quiet", "--verbose", "check"],
])
def test_usage_errors_are_one_line(tmp_path: Path, args: list[str]) -> None:
    one_line_failure(clientgen(*args, cwd=tmp_path))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("package", ["../evil", "a/b", "Evil", "1abc", "class", "my-client",
                                     "Client"])
def test_generate_refuses_a_bad_package_name_and_writes_nothing(tmp_path: Path,
                                                                package: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "good.yaml").write_text(GOOD, encoding="utf-8")
    before = _tree(tmp_path)
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", package, cwd=work)
    line = one_line_failure(done)
    assert repr(package) in line and "package name" in line
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work"]


def test_a_spec_path_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    line = one_line_failure(clientgen("generate", "missing.yaml", "--out", "out", "--package",
                                      "p", cwd=tmp_path))
    assert "missing.yaml" in line
    assert not (tmp_path / "out").exists()


def test_invalid_yaml_is_one_line_naming_file_pointer_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(INVALID_YAML, encoding="utf-8")
    done = clientgen("generate", "bad.yaml", "--out", "out", "--package", "p", cwd=tmp_path)
    line = one_line_failure(done)
    assert line.startswith("error: bad.yaml#")
    assert "#" in line.split(": ")[1]
    assert "(line 7)" in line
    assert "invalid YAML" in line
    assert not (tmp_path / "out").exists()


def test_failed_validation_exits_2_with_one_line_per_problem(tmp_path: Path) -> None:
    (tmp_path / "invalid.yaml").write_text(INVALID_SPEC, encoding="utf-8")
    done = clientgen("generate", "invalid.yaml", "--out", "out", "--package", "p",
                     cwd=tmp_path)
    lines = _assert_clean_failure(done, 2)
    # (a response without description is a warning since issue 23: this one is no text)
    assert lines[0].startswith(
        "error: invalid.yaml#/paths/~1a/get/responses/200/description (line 8): ")
    assert lines[1].startswith("error: invalid.yaml#/paths/~1b/get/parameters/0/in (line 12): ")
    assert not (tmp_path / "out").exists()


def test_dangling_ref_exits_2_with_one_line_per_problem(tmp_path: Path) -> None:
    (tmp_path / "dangling.yaml").write_text(DANGLING, encoding="utf-8")
    done = clientgen("generate", "dangling.yaml", "--out", "out", "--package", "p",
                     cwd=tmp_path)
    lines = _assert_clean_failure(done, 2)
    where = "dangling.yaml#/paths/~1a/get/responses/{}/content/application~1json/schema"
    assert lines[0].startswith(f"error: {where.format(200)} (line 9): ")
    assert "#/components/schemas/Nope" in lines[0]
    assert lines[1].startswith(f"error: {where.format(404)} (line ")
    assert "#/components/schemas/Gone" in lines[1]
    assert not (tmp_path / "out").exists()


# -- generate: what it writes, replaces and leaves alone -----------------------------------


def test_generate_writes_a_package(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "good_client",
                     cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "out" / "good_client" / "__init__.py").is_file()
    assert (tmp_path / "out" / "good_client" / "py.typed").is_file()
    assert (tmp_path / "out" / "pyproject.toml").is_file()
    assert re.fullmatch(r"good\.yaml: wrote out \((\d+) files: \1 new\); 1 operation, 1 model, "
                        r"1 warning", done.stderr.splitlines()[-1])
    assert "required-not-a-property" not in done.stderr
    assert "good.yaml#/components/schemas/Pet" in done.stderr


def test_a_failed_generate_leaves_an_existing_output_folder_alone(tmp_path: Path) -> None:
    (tmp_path / "dangling.yaml").write_text(DANGLING, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    done = clientgen("generate", "dangling.yaml", "--out", "out", "--package", "p",
                     cwd=tmp_path)
    assert done.returncode == 2
    assert _tree(out) == {"keep.txt": b"mine"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.yaml", "out"]


def _git_work_tree(folder: Path) -> None:
    """A folder that is someone's work: a git repository (as `git init` lays it out) and
    a file of theirs."""
    (folder / ".git" / "refs" / "heads").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (folder / ".git" / "config").write_text("[core]\n\tbare = false\n", encoding="utf-8")
    (folder / "main.py").write_text("print('mine')\n", encoding="utf-8")


def test_generate_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    """It emptied the folder: `.git` and main.py were deleted, and it exited 0."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    _git_work_tree(tmp_path / "proj")
    before = _tree(tmp_path)
    done = clientgen("generate", "good.yaml", "--out", "proj", "--package", "good_client",
                     cwd=tmp_path)
    [line] = _assert_clean_failure(done, 1)
    assert line == ("error: refusing to write to proj: it holds files clientgen did not "
                    "write (.git, main.py; no clientgen-record.json); nothing was written: "
                    "give a new or empty folder, or one `clientgen generate` made")
    assert _tree(tmp_path) == before


def test_generate_out_dot_is_refused_in_a_folder_it_did_not_make(tmp_path: Path) -> None:
    """`--out .` ended in a traceback (ValueError: PosixPath('.') has an empty name)."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    before = _tree(tmp_path)
    done = clientgen("generate", "good.yaml", "--out", ".", "--package", "good_client",
                     cwd=tmp_path)
    [line] = _assert_clean_failure(done, 1)
    assert line.startswith("error: refusing to write to .: it holds files clientgen did not "
                           "write (good.yaml; no clientgen-record.json)")
    assert _tree(tmp_path) == before


def test_generate_again_replaces_only_what_it_wrote(tmp_path: Path) -> None:
    """In a folder it made: its own files are replaced or removed (a model gone from the
    spec), `.git`, the user's files and `--out .` are fine, and nothing else changes."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "good_client",
                     cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    assert (out / "good_client" / "models" / "pet.py").is_file()
    _git_work_tree(out)
    (out / "good_client" / "mine.py").write_text("x = 1\n", encoding="utf-8")
    (out / "README.md").write_text("edited\n", encoding="utf-8")
    mine = {path: data for path, data in _tree(out).items()
            if path.startswith(".git/") or path in ("main.py", "good_client/mine.py")}
    no_pet = GOOD.split("components:")[0].replace(
        '{$ref: "#/components/schemas/Pet"}', "{type: object}")
    (tmp_path / "good.yaml").write_text(no_pet, encoding="utf-8")
    done = clientgen("generate", "../good.yaml", "--out", ".", "--package", "good_client",
                     cwd=out)
    assert done.returncode == 0, done.stderr
    assert re.match(r"good\.yaml: wrote \. \(\d+ files: \d+ changed, 1 removed\)",
                    done.stderr.splitlines()[-1]), done.stderr
    after = _tree(out)
    assert "good_client/models/pet.py" not in after
    assert after["README.md"] != b"edited\n"
    assert {path: after[path] for path in mine} == mine
    assert not any(".clientgen-stage-" in path for path in after)


def test_generate_refuses_to_overwrite_a_file_it_did_not_write(tmp_path: Path) -> None:
    """A folder it made holds a file of the user's where a new version of the spec puts
    one: refused, and nothing is written."""
    no_pet = GOOD.split("components:")[0].replace(
        '{$ref: "#/components/schemas/Pet"}', "{type: object}")
    (tmp_path / "good.yaml").write_text(no_pet, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "good_client",
                     cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pet = tmp_path / "out" / "good_client" / "models" / "pet.py"
    pet.write_text("class Pet: ...\n", encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    before = _tree(tmp_path)
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "good_client",
                     cwd=tmp_path)
    lines = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert lines == ["error: out/good_client/models/pet.py is not a file clientgen wrote (its "
                     "clientgen-record.json does not list it); nothing was written: move it "
                     "away"]
    assert _tree(tmp_path) == before


def test_a_generated_package_names_no_path_of_this_machine(tmp_path: Path) -> None:
    """The README said `pip install /home/.../out` and `clientgen generate /home/...`."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "paging.json").write_text('{"operations": {}}', encoding="utf-8")
    done = clientgen("generate", tmp_path / "good.yaml", "--out", tmp_path / "out",
                     "--package", "good_client", "--pagination", tmp_path / "paging.json",
                     "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    leaks = [path for path, data in _tree(tmp_path / "out").items()
             if str(tmp_path).encode() in data or str(tmp_path.resolve()).encode() in data]
    assert leaks == []
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "pip install ./out\nclientgen generate good.yaml --out out --package good_client " \
        "--pagination paging.json\n" in readme


def _reseal(record: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit a record and recompute its seal (a plain sha256), as anyone can."""
    from generator.project.record import _seal

    data = json.loads(record.read_text(encoding="utf-8"))
    del data["seal"]
    change(data)
    data["seal"] = _seal(data)
    record.write_text(json.dumps(data), encoding="utf-8")


def _listing(extra: dict[str, bytes]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        if isinstance(data["written"], list):  # the record before it kept sha256s
            data["written"] = sorted([*data["written"], *extra])
        else:
            data["written"].update({path: hashlib.sha256(data).hexdigest()
                                    for path, data in extra.items()})
    return change


def test_generate_with_a_forged_record_deletes_nothing_it_did_not_write(
        tmp_path: Path) -> None:
    """A record resealed to list .git/config and notes.txt: generate deleted both, exit 0."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "fg", "--package", "p4", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    fg = tmp_path / "fg"
    _git_work_tree(fg)
    (fg / "notes.txt").write_text("mine\n", encoding="utf-8")
    mine = {path: data for path, data in _tree(fg).items()
            if path.startswith(".git/") or path in ("main.py", "notes.txt")}
    _reseal(fg / "clientgen-record.json", _listing({
        ".git/config": (fg / ".git" / "config").read_bytes(), "notes.txt": b"guessed\n"}))
    done = clientgen("generate", "good.yaml", "--out", "fg", "--package", "p4", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    after = _tree(fg)
    assert {path: after.get(path) for path in mine} == mine
    assert "kept fg/notes.txt: no longer generated, but edited since clientgen wrote it, so " \
        "it was not removed; if not needed: rm -- fg/notes.txt" in done.stderr.splitlines()


def test_generate_keeps_an_edited_file_the_spec_no_longer_produces(tmp_path: Path) -> None:
    """pet.py, edited by hand, was removed silently when the spec dropped Pet."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "good_client",
                     cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pet = tmp_path / "out" / "good_client" / "models" / "pet.py"
    pet.write_text(pet.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    no_pet = GOOD.split("components:")[0].replace(
        '{$ref: "#/components/schemas/Pet"}', "{type: object}")
    (tmp_path / "good.yaml").write_text(no_pet, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "good_client",
                     cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert pet.read_text(encoding="utf-8").endswith("# mine\n")
    assert "removed" not in done.stderr.splitlines()[-1]  # the summary counted it removed
    assert [line for line in done.stderr.splitlines() if line.startswith("kept ")] == [
        "kept out/good_client/models/pet.py: no longer generated, but edited since clientgen "
        "wrote it, so it was not removed; if not needed: rm -- out/good_client/models/pet.py"]


def test_generate_through_a_symbolic_link_out_of_the_folder_is_one_line(
        tmp_path: Path) -> None:
    """out/p4/client.py -> /tmp/victim/client.py ended in a ValueError traceback, exit 1."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "p4", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    victim = tmp_path / "victim" / "client.py"
    victim.parent.mkdir()
    victim.write_text("theirs\n", encoding="utf-8")
    (tmp_path / "out" / "p4" / "client.py").unlink()
    (tmp_path / "out" / "p4" / "client.py").symlink_to(victim)
    before = _tree(tmp_path / "out"), os.readlink(tmp_path / "out" / "p4" / "client.py")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "p4", "-q",
                     cwd=tmp_path)
    [line] = _assert_clean_failure(done, 1)
    assert line == "error: out/p4/client.py is a symbolic link out of out, where clientgen " \
        "writes; nothing was written: remove the link"
    assert (_tree(tmp_path / "out"), os.readlink(tmp_path / "out" / "p4" / "client.py")) == \
        before
    assert victim.read_text(encoding="utf-8") == "theirs\n"


def test_generate_into_a_folder_an_older_clientgen_made_says_so_and_what_to_do(
        tmp_path: Path) -> None:
    """Its record, without the list of files written, was called files clientgen did not
    write: untrue, and no way forward."""
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "p4", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    _reseal(tmp_path / "out" / "clientgen-record.json", lambda data: data.pop("written"))
    before = _tree(tmp_path)
    done = clientgen("generate", "good.yaml", "--out", "out", "--package", "p4", cwd=tmp_path)
    [line] = _assert_clean_failure(done, 1)
    assert line == ("error: refusing to write to out: an older clientgen made it, and its "
                    "clientgen-record.json does not list the files it wrote, so none of them "
                    "can be replaced safely; nothing was written: move the folder away, "
                    "generate into a new one, then copy back what you added")
    assert _tree(tmp_path) == before


# -- what a run prints -----------------------------------------------------------------------------


def test_warnings_are_summarised_by_kind_and_listed_with_verbose(tmp_path: Path) -> None:
    (tmp_path / "n.yaml").write_text(NULLABLES, encoding="utf-8")
    done = clientgen("generate", "n.yaml", "--out", "out", "--package", "n_client",
                     cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr  # no progress when stderr is not a terminal
    lines = done.stderr.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("warning: 3 x nullable-in-31, first at "
                               "n.yaml#/components/schemas/Thing/properties/a")
    assert re.fullmatch(r"n\.yaml: wrote out \((\d+) files: \1 new\); 1 operation, 1 model, "
                        r"3 warnings \(--verbose lists each\)", lines[1])

    again = clientgen("generate", "n.yaml", "--out", "out", "--package", "n_client",
                      "--verbose", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    lines = again.stderr.splitlines()
    # the model's warnings name the line too (a, b and c are lines 18 to 20 of NULLABLES)
    assert [line.split("#")[1].split(":")[0] for line in lines[:3]] == [
        f"/components/schemas/Thing/properties/{name} (line {18 + i})"
        for i, name in enumerate("abc")]
    assert lines[3] == "n.yaml: out unchanged; 1 operation, 1 model, 3 warnings"

    quiet = clientgen("generate", "n.yaml", "--out", "out", "--package", "n_client", "-q",
                      cwd=tmp_path)
    assert (quiet.returncode, quiet.stderr, quiet.stdout) == (0, "", "")


def test_a_generated_package_readme_shows_the_commands_that_made_it(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "n.yaml").write_text(NULLABLES, encoding="utf-8")
    done = clientgen("generate", "specs/n.yaml", "--out", "clients/n", "--package", "n_client",
                     "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    readme = (tmp_path / "clients" / "n" / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert block == ["pip install ./clients/n",
                     "clientgen generate specs/n.yaml --out clients/n --package n_client"]
    assert (tmp_path / "clients" / "n" / "pyproject.toml").is_file()  # what pip installs
    rerun = clientgen(*shlex.split(block[1])[1:], cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.splitlines()[-1].startswith("n.yaml: clients/n unchanged;")


def test_a_vendored_package_readme_shows_the_project_commands() -> None:
    readme = (REPO / "generated" / "opal_client" / "README.md").read_text(encoding="utf-8")
    assert "```sh\npip install ./generated/opal_client\nclientgen regenerate opal\n```" in readme


def test_check_names_a_different_ruff_as_such(project: Path) -> None:
    pyproject = project / "generated" / "oracle_ag_client" / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    installed = importlib.metadata.version("ruff")
    pyproject.write_text(text.replace(f'ruff = "{installed}"', 'ruff = "0.1.0"'),
                         encoding="utf-8")
    done = clientgen("check", cwd=project)
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"oracle: generated/oracle_ag_client was generated with ruff 0.1.0, "
                           f"but ruff {installed} is installed")
    assert "pip install ruff==0.1.0" in line and "clientgen regenerate oracle" in line


# -- forgiving validation --------------------------------------------------------------------------


def test_a_default_that_breaks_its_schema_is_a_warning_at_its_own_pointer(tmp_path: Path) -> None:
    """`NetworkMode`'s null breaks its schema; `Links`' null does not, by `x-nullable`."""
    (tmp_path / "engine.yaml").write_text(DOCKER_LIKE, encoding="utf-8")
    done = clientgen("generate", "engine.yaml", "--out", "out", "--package", "engine_client",
                     "--verbose", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: engine.yaml#/definitions/Container/properties/HostConfig/properties/NetworkMode"
        "/default (line 21): `default` does not fit its schema: None for not nullable",
        "warning: engine.yaml#/paths/~1containers~1json/get/parameters/0/default (line 8): "
        "`default` does not fit its schema: 'no' is not of type 'boolean'",
    ]
    assert (tmp_path / "out" / "engine_client" / "models" / "__init__.py").is_file()


def test_strict_makes_every_warning_an_error_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "engine.yaml").write_text(DOCKER_LIKE, encoding="utf-8")
    done = clientgen("generate", "engine.yaml", "--out", "out", "--package", "engine_client",
                     "--strict", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("error: engine.yaml#/") for line in lines)
    assert all(line.endswith("(--strict)") for line in lines)
    assert not (tmp_path / "out").exists()


def test_a_schema_typo_is_one_error_at_the_value(tmp_path: Path) -> None:
    (tmp_path / "typo.yaml").write_text(TYPO, encoding="utf-8")
    line = one_line_failure(clientgen("generate", "typo.yaml", "--out", "out", "--package", "p",
                                      cwd=tmp_path))
    assert line.startswith("error: typo.yaml#/components/schemas/Pet/properties/name/type "
                           "(line 18): 'strin' is not one of ")
    assert not (tmp_path / "out").exists()


def test_a_finding_behind_a_ref_points_where_the_value_is_written(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(DEFAULT_ELSEWHERE, encoding="utf-8")
    (tmp_path / "common.yaml").write_text(COMMON, encoding="utf-8")
    done = clientgen("generate", "api.yaml", "--out", "out", "--package", "p", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        "warning: common.yaml#/Size/default (line 3): `default` does not fit its schema: "
        "'large' is not of type 'integer'")


def test_an_unknown_field_and_a_bad_location_point_at_themselves(tmp_path: Path) -> None:
    (tmp_path / "typos.yaml").write_text(TYPOS, encoding="utf-8")
    done = clientgen("generate", "typos.yaml", "--out", "out", "--package", "p", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        "error: typos.yaml#/paths/~1a/get/parameters/0/in (line 8): 'nowhere' is not one of "
        "['path', 'query', 'header', 'cookie']",
    ]
    # an unknown field is no reason to refuse (issue 23): a warning, at the key itself
    (tmp_path / "typos.yaml").write_text(TYPOS.replace("nowhere", "query"), encoding="utf-8")
    done = clientgen("generate", "typos.yaml", "--out", "out", "--package", "p", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr.splitlines()[0] == (
        "warning: typos.yaml#/paths/~1a/get/descripton (line 6): 'descripton': not a field "
        "of this object nor an `x-` extension; ignored")


def test_a_cached_validation_names_the_file_of_this_run(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same spec text in two folders: the second run's warning (from the cache) names the
    second folder's file, not the first's."""
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "engine.yaml").write_text(DOCKER_LIKE, encoding="utf-8")
        done = clientgen("generate", f"{folder}/engine.yaml", "--out", f"{folder}/out",
                         "--package", "engine_client", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        first = f"warning: 2 x invalid-default, first at {folder}/engine.yaml#"
        assert done.stderr.startswith(first)
    assert any((tmp_path / "cache" / "valid").rglob("*"))


# -- the project: check and regenerate on a temporary copy ---------------------------------


def test_check_on_an_unchanged_copy_exits_0(project: Path, tmp_path: Path) -> None:
    before = _tree(project)
    done = clientgen("--root", project, "check", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _tree(project) == before


def test_check_names_a_spec_that_no_longer_matches_the_lock(project: Path,
                                                            tmp_path: Path) -> None:
    spec = project / "specs" / "opal" / "opal-openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text + ("" if text.endswith("\n") else "\n") + "# a local edit\n",
                    encoding="utf-8")
    before = _tree(project)
    done = clientgen("--root", project, "check", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    drifted = [line for line in done.stderr.splitlines() if "sha256" in line]
    assert len(drifted) == 1
    assert "opal" in drifted[0]
    assert "specs/opal/opal-openapi.yaml" in drifted[0]
    assert "oracle" not in done.stderr
    assert _tree(project) == before


def test_check_names_an_edited_file_and_regenerate_repairs_it(project: Path,
                                                              tmp_path: Path) -> None:
    package = project / "generated" / "oracle_ag_client"
    models = package / "oracle_ag_client" / "models" / "__init__.py"
    with models.open("a", encoding="utf-8") as handle:
        handle.write("# a local edit\n")
    done = clientgen("--root", project, "check", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "oracle_ag_client/models/__init__.py" in done.stderr
    assert "generated/oracle_ag_client" in done.stderr
    assert "opal_client" not in done.stderr
    assert "sha256" not in done.stderr
    assert done.stderr.splitlines()[-1] == "  fix: clientgen regenerate oracle"

    done = clientgen("--root", project, "regenerate", "oracle", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not models.read_text(encoding="utf-8").endswith("# a local edit\n")
    assert sorted(p.name for p in (project / "generated").iterdir()) == \
        ["opal_client", "oracle_ag_client"]

    done = clientgen("--root", project, "check", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_regenerate_keeps_a_file_it_did_not_write_and_check_says_how_to_remove_it(
        project: Path, tmp_path: Path) -> None:
    """generated/<pkg> was replaced as a whole: a user's file in it was deleted."""
    package = project / "generated" / "oracle_ag_client"
    stray = package / "oracle_ag_client" / "stray.py"
    stray.write_text("x = 1\n", encoding="utf-8")
    models = package / "oracle_ag_client" / "models" / "__init__.py"
    with models.open("a", encoding="utf-8") as handle:
        handle.write("# a local edit\n")
    done = clientgen("--root", project, "regenerate", "oracle", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert stray.read_text(encoding="utf-8") == "x = 1\n"
    assert not models.read_text(encoding="utf-8").endswith("# a local edit\n")

    done = clientgen("--root", project, "check", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    fixes = [line for line in done.stderr.splitlines() if "fix:" in line]
    assert fixes == [f"  fix: rm -- {stray.as_posix()}"], done.stderr
    assert "oracle_ag_client/stray.py" in done.stderr and "did not write" in done.stderr
    stray.unlink()
    assert clientgen("--root", project, "check", cwd=tmp_path).returncode == 0


def _edit_vendored_oracle(project: Path) -> Path:
    spec = project / "specs" / "oracle" / "oracle-access-governance.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "# a local edit\n", encoding="utf-8")
    return spec


def test_check_gives_one_fix_for_an_edited_spec_and_that_fix_works(project: Path) -> None:
    """It said "vendor it with `clientgen update` or restore it", then "fix: clientgen
    regenerate oracle", which regenerated from the edited spec and left check failing."""
    spec = _edit_vendored_oracle(project)
    done = clientgen("check", cwd=project)
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("oracle: specs/oracle/oracle-access-governance.yaml is not the "
                           "version specs/lock.json vouches for (sha256 ")
    assert "regenerate" not in line
    # the other way out, for an edit not meant to be kept, in the same line
    assert "; to undo the edit, restore it from version control (git restore -- " \
        "specs/oracle/oracle-access-governance.yaml); to vendor it: " in line
    command = line.rsplit("; to vendor it: ", 1)[1]
    assert command == "clientgen update oracle --from specs/oracle/oracle-access-governance.yaml"
    fixed = clientgen(*shlex.split(command)[1:], cwd=project)
    assert fixed.returncode == 0, fixed.stderr
    assert spec.read_text(encoding="utf-8").endswith("# a local edit\n")
    done = clientgen("check", cwd=project)
    assert done.returncode == 0, done.stderr


def test_regenerate_refuses_a_spec_that_does_not_match_the_lock(project: Path,
                                                                tmp_path: Path) -> None:
    _edit_vendored_oracle(project)
    before = _tree(project)
    done = clientgen("--root", project, "regenerate", cwd=tmp_path)
    [line] = _assert_clean_failure(done, 1)
    assert "oracle-access-governance.yaml is not the version specs/lock.json vouches for" in line
    path = (project / "specs" / "oracle" / "oracle-access-governance.yaml").as_posix()
    assert line.endswith(f"; nothing was regenerated; to undo the edit, restore it from "
                         f"version control (git restore -- {path}); to vendor it: clientgen "
                         f"update oracle --from {path}")
    assert _tree(project) == before


def test_regenerate_an_unknown_spec_exits_2_and_writes_nothing(project: Path,
                                                               tmp_path: Path) -> None:
    before = _tree(project)
    done = clientgen("--root", project, "regenerate", "nosuch", cwd=tmp_path)
    [line] = _assert_clean_failure(done, 1)
    assert "nosuch" in line and "opal" in line and "oracle" in line
    assert _tree(project) == before


def test_regenerate_writes_nothing_when_one_spec_is_bad(project: Path, tmp_path: Path) -> None:
    oracle = project / "specs" / "oracle" / "oracle-access-governance.yaml"
    oracle.write_text(DANGLING, encoding="utf-8")
    lock = json.loads((project / "specs" / "lock.json").read_text(encoding="utf-8"))
    lock["specs"][1]["sha256"] = hashlib.sha256(DANGLING.encode()).hexdigest()  # vendored
    (project / "specs" / "lock.json").write_text(json.dumps(lock), encoding="utf-8")
    (project / "generated" / "opal_client" / "README.md").write_text("edited", encoding="utf-8")
    before = _tree(project)
    done = clientgen("--root", project, "regenerate", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert all("oracle-access-governance.yaml#/paths/~1a/get/responses/" in e for e in errors)
    assert _tree(project) == before


# -- regressions: a spec the loader refuses is one line, never a crash -------------------------


def test_flow_yaml_30000_deep_is_refused_in_a_fresh_process(tmp_path: Path) -> None:
    # libyaml used to recurse in C until the process died of SIGSEGV (exit -11)
    depth = 30_000
    (tmp_path / "deep.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: Deep, version: "1"}\npaths: {}\n'
        "x-deep: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    done = clientgen("generate", "deep.yaml", "--out", "out", "--package", "deep_client",
                     cwd=tmp_path)
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("error: deep.yaml#")
    assert "nested deeper than" in line
    assert not (tmp_path / "out").exists()


# -- a command imports only the stages it runs ---------------------------------------------------

IMPORTED = """\
import json, sys
from generator.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""
HEAVY = ("jinja2", "generator.diff", "generator.generate", "generator.emit.render")


def _imported(*args: str | Path, cwd: Path) -> tuple[int, set[str]]:
    """Run `clientgen ARGS` in a fresh interpreter: its exit code and the modules it loaded."""
    done = subprocess.run([sys.executable, "-c", IMPORTED, *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    report = json.loads(done.stdout.splitlines()[-1])
    return report["code"], {m.split(".")[0] if m.startswith("jinja2") else m
                            for m in report["modules"]}


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["generate", "--help"],
                                  ["diff", "--help"], ["update", "--help"]])
def test_version_and_help_import_no_stage(tmp_path: Path, args: list[str]) -> None:
    code, modules = _imported(*args, cwd=tmp_path)
    assert code == 0
    assert sorted(modules & set(HEAVY)) == []


def test_a_check_the_record_proves_renders_nothing(project: Path, tmp_path: Path) -> None:
    """Once regenerate has written the records, `check` trusts them: it loads no stage that
    renders or diffs. An edited file breaks the proof: check renders, and names the file."""
    assert clientgen("--root", project, "regenerate", cwd=tmp_path).returncode == 0
    code, modules = _imported("--root", project, "check", cwd=tmp_path)
    assert code == 0
    assert sorted(modules & set(HEAVY)) == []
    edited = project / "generated" / "opal_client" / "opal_client" / "_version.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    code, modules = _imported("--root", project, "check", cwd=tmp_path)
    assert code == EXIT_DRIFT
    assert "generator.generate" in modules and "generator.diff" not in modules


def test_a_strict_check_renders_though_the_record_proves_the_package(
        project: Path, tmp_path: Path) -> None:
    """--strict refuses the spec's warnings, and only a render finds them all: the record
    keeps the validator's findings, not the reader's."""
    assert clientgen("--root", project, "regenerate", cwd=tmp_path).returncode == 0
    code, modules = _imported("--root", project, "--strict", "check", cwd=tmp_path)
    assert code == 2 and "generator.generate" in modules


def test_diff_reads_the_pagination_config_so_a_lost_iter_is_breaking(tmp_path: Path) -> None:
    """Without the config nothing pages (`after` is no convention), so only the parameter
    shows; with it, the `_iter` method that goes away is named too."""
    page = """\
openapi: 3.0.3
info: {title: P, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters: [{name: after, in: query, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties: {next: {type: string}, pets: {type: array, items: {type: string}}}
"""
    (tmp_path / "old.yaml").write_text(page, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(page.replace(
        "      parameters: [{name: after, in: query, schema: {type: string}}]\n", ""),
        encoding="utf-8")
    (tmp_path / "paging.json").write_text(json.dumps({"detect": [
        {"scheme": "cursor", "param": "after", "token": "next"}]}), encoding="utf-8")
    plain = clientgen("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    paged = clientgen("diff", "old.yaml", "new.yaml", "--pagination", "paging.json",
                      cwd=tmp_path)
    assert (plain.returncode, paged.returncode) == (1, 1)
    assert "list_pets_iter" not in plain.stdout
    assert "`client.pets.list_pets_iter` goes away" in paged.stdout


# -- start-up (issue 20) ------------------------------------------------------------------------

_LOADED_ON_START = """
import sys
from generator.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = ["generator.project.lock", "generator.project.write", "generator.project.record",
         "generator.diagnostics", "generator.cli.console", "importlib.metadata", "yaml",
         "jinja2"]
if sys.argv[1:] != ["--version"]:  # which reads versions.py (a dataclass, tomllib)
    heavy += ["dataclasses", "typing"]
print("loaded:", *(name for name in heavy if name in sys.modules), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"],
                                  ["update", "--help"]])
def test_version_and_help_load_no_stage_and_no_metadata_reader(args: list[str]) -> None:
    # main: every command's modules, dataclasses and importlib.metadata: most of the 0.15 s
    done = subprocess.run([sys.executable, "-c", _LOADED_ON_START, *args], cwd=REPO,
                          capture_output=True, text=True, check=True)
    assert done.stderr.splitlines()[-1] == "loaded:"


def test_the_names_imported_for_the_type_checker_are_the_ones_loaded_for_the_commands() -> None:
    import ast

    from generator.cli import main as cli

    tree = ast.parse(Path(cli.__file__).read_text(encoding="utf-8"))
    guarded = next(node for node in tree.body if isinstance(node, ast.If)
                   and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
    imported = {(node.module, alias.asname or alias.name) for node in guarded.body
                if isinstance(node, ast.ImportFrom) and node.module.startswith("generator.")
                and node.module != "generator.generate"  # imported by the command that runs it
                for alias in node.names}
    assert imported == {(module, name) for module, names in cli._LOADED.items()
                        for name in names}
