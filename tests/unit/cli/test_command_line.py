"""The command line as a person meets it (run in subprocesses): --version, --help, options on
either side of the subcommand, the project root found upward, bad input as one line with exit 2,
warnings summarised by kind, a last line per spec, and forgiving validation."""

from __future__ import annotations

import argparse
import importlib.metadata
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator
from generator.cli.console import Progress
from generator.cli.main import build_parser

REPO = Path(__file__).resolve().parents[3]

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


def one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, nothing on stdout, one line on stderr, no traceback: what a user should see."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("error: ")
    return line


@pytest.fixture
def project(tmp_path: Path) -> Path:
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
def test_help_lists_the_exit_codes(tmp_path: Path, command: list[str]) -> None:
    done = clientgen(*command, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "exit codes:" in done.stdout
    assert re.search(r"^  2  bad usage", done.stdout, re.MULTILINE)
    assert "thin shell" not in done.stdout


def test_every_argument_of_every_command_has_help() -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    missing = [f"{name} {action.dest}"
               for name, sub in [("clientgen", parser), *commands.choices.items()]
               for action in sub._actions if not (action.help or "").strip()]
    assert missing == []


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
    ["frobnicate"],
    ["--quiet", "--verbose", "check"],
])
def test_usage_errors_are_one_line(tmp_path: Path, args: list[str]) -> None:
    one_line_failure(clientgen(*args, cwd=tmp_path))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("package", ["1abc", "class", "my-client", "Client"])
def test_a_package_name_that_is_not_an_identifier_is_one_line(tmp_path: Path,
                                                               package: str) -> None:
    (tmp_path / "n.yaml").write_text(NULLABLES, encoding="utf-8")
    line = one_line_failure(clientgen("generate", "n.yaml", "--out", "out", "--package", package,
                                      cwd=tmp_path))
    assert repr(package) in line and "package name" in line
    assert not (tmp_path / "out").exists()


def test_a_spec_path_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    line = one_line_failure(clientgen("generate", "missing.yaml", "--out", "out", "--package",
                                      "p", cwd=tmp_path))
    assert "missing.yaml" in line
    assert not (tmp_path / "out").exists()


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
    assert [line.split("#")[1].split(":")[0] for line in lines[:3]] == [
        f"/components/schemas/Thing/properties/{name}" for name in "abc"]
    assert lines[3] == "n.yaml: out unchanged; 1 operation, 1 model, 3 warnings"

    quiet = clientgen("generate", "n.yaml", "--out", "out", "--package", "n_client", "-q",
                      cwd=tmp_path)
    assert (quiet.returncode, quiet.stderr, quiet.stdout) == (0, "", "")


def test_progress_is_drawn_on_a_terminal_only_and_wiped() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    with Progress(terminal, "opal: generating", after=0) as shown:
        for _ in range(3000):  # the drawing thread's first line, however slow the machine
            if "opal: generating (" in terminal.getvalue():
                break
            shown._done.wait(0.01)
    with Progress(pipe, "opal: generating", after=0):
        pass
    assert terminal.getvalue().startswith("\r\x1b[Kopal: generating (")
    assert terminal.getvalue().endswith("\r\x1b[K")
    assert pipe.getvalue() == ""


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
        "error: typos.yaml#/paths/~1a/get/descripton (line 6): 'descripton' does not match any "
        "of the regexes: '^x-'",
    ]


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


def test_an_invalid_yaml_error_line_names_file_pointer_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "openapi: 3.0.3\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a: {get: [\n",
        encoding="utf-8")
    done = clientgen("generate", "bad.yaml", "--out", "out", "--package", "bad_client",
                     cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("error: bad.yaml#")
    assert "#" in line.split(": ")[1]
    assert "(line " in line and "invalid YAML" in line
