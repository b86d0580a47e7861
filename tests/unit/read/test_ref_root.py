"""`--ref-root DIR`: a multi-file spec whose `$ref`s reach a sibling folder can be allowed.

The layout is the one openapi-spec-validator's own multi-file test data has (written here,
not read from there): `api/openapi.yaml` refers to `schemas/Pet.yaml` beside it and to
`../common/schemas/Error.yaml` in a sibling folder. Without `--ref-root` the sibling is
refused, as before; with it, files below DIR are read and nothing beyond DIR, whichever
way a ref tries to leave (`..`, a symlink, an absolute path, percent-escapes).
"""

from __future__ import annotations

import builtins
import os
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.cli.main import main
from generator.diagnostics import Sink, SpecError
from generator.diff import compare as diff
from generator.model import ir
from generator.model.resolve import load_api

SPEC = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
servers: [{url: "https://pets.example/v1"}]
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
              schema: {type: array, items: {$ref: "schemas/Pet.yaml"}}
        default:
          description: an error
          content:
            application/json:
              schema: {$ref: "ERROR_REF"}
"""
PET = """
type: object
required: [name]
properties:
  name: {type: string}
"""
ERROR = """
type: object
required: [code]
properties:
  code: {$ref: "Code.yaml"}
  message: {type: string}
"""
CODE = "type: integer\n"
SECRET = "type: object\nproperties:\n  stolen: {type: string}\n"
WHERE = "#/paths/~1pets/get/responses/default/content/application~1json/schema"


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """tmp/project/{api,common}, and tmp/secret.yaml beyond the project."""
    root = tmp_path / "project"
    put(root / "api" / "schemas" / "Pet.yaml", PET)
    put(root / "common" / "schemas" / "Error.yaml", ERROR)
    put(root / "common" / "schemas" / "Code.yaml", CODE)
    put(tmp_path / "secret.yaml", SECRET)
    return root


def spec(project: Path, error_ref: str = "../common/schemas/Error.yaml") -> Path:
    return put(project / "api" / "openapi.yaml", SPEC.replace("ERROR_REF", error_ref))


def refused(path: Path, ref_root: Path | None, code: str = "outside-ref") -> str:
    """The one error of loading `path`: its code, where, and message."""
    with pytest.raises(SpecError) as info:
        load_api(path, Sink(), ref_root=ref_root)
    (error,) = info.value.diagnostics
    assert error.code == code, error
    return error.render()


# -- what is allowed ------------------------------------------------------------------------


def test_a_sibling_folder_is_refused_by_default_and_the_error_says_how_to_allow_it(
        project: Path) -> None:
    line = refused(spec(project), None)
    assert f"api/openapi.yaml{WHERE}" in line
    assert "$ref leaves the spec's folder: '../common/schemas/Error.yaml'" in line
    assert "--ref-root DIR" in line


def test_a_sibling_folder_below_the_ref_root_is_read(project: Path) -> None:
    # main had no way to allow it: `outside-ref`, whatever the user said
    api = load_api(spec(project), Sink(), ref_root=project)
    error = api.definitions["../common/schemas/Error.yaml#"]
    assert isinstance(error, ir.ObjectDef)
    assert [(p.wire_name, p.type, p.required) for p in error.properties] == [
        ("code", ir.Primitive("integer"), True), ("message", ir.Primitive("string"), False)]
    assert "schemas/Pet.yaml#" in api.definitions


def test_a_ref_root_given_relative_to_the_working_folder(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec(project)
    monkeypatch.chdir(project / "api")
    api = load_api(Path("openapi.yaml"), Sink(), ref_root=Path(".."))
    assert "../common/schemas/Error.yaml#" in api.definitions


def test_generate_and_diff_take_ref_root(project: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = spec(project)
    monkeypatch.chdir(tmp_path)
    argv = ["generate", "project/api/openapi.yaml", "--out", "out", "--package", "pets_client"]
    assert main(argv) == 2
    assert "leaves the spec's folder" in capsys.readouterr().err
    assert main([*argv, "--ref-root", "project"]) == 0
    models = tmp_path / "out" / "pets_client" / "models"
    assert any("    code: int\n" in f.read_text(encoding="utf-8") for f in models.glob("*.py"))
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "--ref-root project" in readme  # the command that rebuilds it says so too

    new = project / "api" / "v2" / "openapi.yaml"
    put(new, SPEC.replace("ERROR_REF", "../../common/schemas/Error.yaml")
        .replace("schemas/Pet.yaml", "../schemas/Pet.yaml"))
    capsys.readouterr()
    assert main(["diff", str(path), str(new), "--ref-root", str(project)]) == 0
    assert capsys.readouterr().out == "no API changes\n"
    put(project / "common" / "schemas" / "v2" / "Error.yaml", ERROR.replace(
        '{$ref: "Code.yaml"}', "{type: string}"))
    put(new, new.read_text(encoding="utf-8").replace("schemas/Error", "schemas/v2/Error"))
    assert main(["diff", str(path), str(new), "--ref-root", str(project)]) == 1
    assert "type changed from `integer` to `string`" in capsys.readouterr().out


def test_diff_without_ref_root_refuses_the_sibling_folder(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = spec(project)
    assert main(["diff", str(path), str(path)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "leaves the spec's folder" in line
    assert diff.diff_specs(path, path, ref_root=project) == []


# -- what stays refused -----------------------------------------------------------------------


@pytest.mark.parametrize("ref", [
    "../../secret.yaml",  # above the root
    "../common/../../secret.yaml",  # through a folder inside it, back out
    "..%2F..%2Fsecret.yaml",  # percent-escaped slashes
    "%2e%2e/%2e%2e/secret.yaml",  # percent-escaped dots
    "../common/%2e%2e/%2e%2e/secret.yaml",
])
def test_a_path_beyond_the_ref_root_is_refused(project: Path, ref: str) -> None:
    line = refused(spec(project, ref), project)
    assert f"api/openapi.yaml{WHERE}" in line
    assert f"$ref leaves the spec's folder and --ref-root {project}: {ref!r}" in line
    assert "stolen" not in line


def test_an_absolute_path_beyond_the_ref_root_is_refused(project: Path, tmp_path: Path) -> None:
    refused(spec(project, str(tmp_path / "secret.yaml")), project)
    refused(spec(project, (tmp_path / "secret.yaml").as_uri()), project, "remote-ref")


def test_a_symlink_below_the_ref_root_to_a_file_beyond_it_is_refused(
        project: Path, tmp_path: Path) -> None:
    (project / "common" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    refused(spec(project, "../common/link.yaml"), project)


def test_a_symlinked_folder_below_the_ref_root_leading_beyond_it_is_refused(
        project: Path, tmp_path: Path) -> None:
    put(tmp_path / "elsewhere" / "schemas" / "Error.yaml", SECRET)
    (project / "common" / "shared").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    refused(spec(project, "../common/shared/schemas/Error.yaml"), project)


def test_a_file_below_the_ref_root_cannot_reach_beyond_it(project: Path) -> None:
    put(project / "common" / "schemas" / "Error.yaml",
        ERROR.replace("Code.yaml", "../../../secret.yaml"))
    line = refused(spec(project), project)
    assert "Error.yaml#/properties/code" in line


def test_a_ref_root_that_is_a_symlink_counts_as_the_folder_it_names(
        project: Path, tmp_path: Path) -> None:
    (tmp_path / "alias").symlink_to(project, target_is_directory=True)
    path = spec(project)
    assert "../common/schemas/Error.yaml#" in load_api(path, Sink(),
                                                       ref_root=tmp_path / "alias").definitions
    refused(spec(project, "../../secret.yaml"), tmp_path / "alias")


@pytest.mark.parametrize("ref", ["/etc/passwd", "/etc/passwd#/root",
                                 "../../../../../../../../etc/passwd#/x"])
def test_etc_passwd_is_never_opened_with_a_ref_root(project: Path, ref: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    touched: list[str] = []
    passwd = os.path.realpath("/etc/passwd")

    def spy(original: Any) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(self, (str, Path)) and os.path.realpath(self) == passwd:
                touched.append(f"{original.__name__} {self}")
            return original(self, *args, **kwargs)
        return wrapper

    path = spec(project, ref)
    for method in ("read_bytes", "read_text", "open", "is_file", "exists"):
        monkeypatch.setattr(Path, method, spy(getattr(Path, method)))
    real_open = builtins.open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, Path)) and os.path.realpath(file) == passwd:
            touched.append(f"open {file}")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    refused(path, project)
    assert touched == []


# -- a ref root that cannot be one --------------------------------------------------------------


def test_a_ref_root_that_does_not_hold_the_spec_is_refused(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = spec(project)
    line = refused(path, project / "common", "bad-ref-root")
    assert f"--ref-root {project / 'common'} does not contain the spec" in line
    out = tmp_path / "out"
    assert main(["generate", str(path), "--out", str(out), "--package", "pets_client",
                 "--ref-root", str(project / "common")]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "does not contain the spec" in line
    assert not out.exists()


def test_a_ref_root_that_is_not_a_folder_is_refused(project: Path, tmp_path: Path) -> None:
    line = refused(spec(project), tmp_path / "missing", "bad-ref-root")
    assert "is not a folder" in line
    refused(spec(project), tmp_path / "secret.yaml", "bad-ref-root")


def test_a_symlink_loop_is_one_error_not_a_traceback(tmp_path: Path) -> None:
    """A `$ref` through a folder that links to itself, or such a folder as --ref-root, ended
    in `RuntimeError: Symlink loop` (Python 3.11's Path.resolve), a traceback and exit 1."""
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    spec = put(tmp_path / "s.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Thing: {$ref: 'loop/x.yaml'}
        """)
    for ref_root, code in ((None, "bad-ref"), (tmp_path / "loop", "bad-ref-root")):
        with pytest.raises(SpecError) as caught:
            load_api(spec, Sink(), ref_root=ref_root)
        assert [d.code for d in caught.value.diagnostics] == [code]
