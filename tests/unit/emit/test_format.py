"""generator.emit.format: formatting generated modules with ruff, reusing what is known.

A module's formatted text comes from the previous output's record (`reuse`), else from
the cache, else from one ruff run over all the rest; the cache keys on the formatter's
version and options, so a cached text is what this ruff would write.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cache import sha256_text
from generator.diagnostics import SpecError
from generator.emit import format as fmt
from generator.emit.format import Formatter, format_sources, run_ruff

from ..conftest import REPO

UGLY = {"pkg/a.py": "x = {'a':1}\n", "pkg/sub/b.py": "def f( y ):\n  return y\n"}
PRETTY = {"pkg/a.py": 'x = {"a": 1}\n', "pkg/sub/b.py": "def f(y):\n    return y\n"}


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def ruff_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The module names of each ruff run (the real ruff still formats them)."""
    runs: list[list[str]] = []

    def counted(sources: dict[str, str]) -> dict[str, str]:
        runs.append(sorted(sources))
        return run_ruff(sources)

    monkeypatch.setattr(fmt, "run_ruff", counted)
    return runs


def test_the_formatter_key_names_ruff_its_version_and_options() -> None:
    version = importlib.metadata.version("ruff")
    assert fmt.FORMATTER == f"ruff {version} format --line-length 100 --target-version py311"


def test_one_ruff_run_formats_every_module_under_its_own_name() -> None:
    assert run_ruff(UGLY) == PRETTY
    assert run_ruff({}) == {}


def test_code_ruff_cannot_parse_is_an_internal_error_naming_the_module() -> None:
    with pytest.raises(SpecError) as caught:
        run_ruff({"pkg/fine.py": "x = 1\n", "pkg/broken.py": "def f(:\n"})
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "internal-render"
    assert "pkg/broken.py" in diagnostic.message
    assert "m0.py" not in diagnostic.message and "m1.py" not in diagnostic.message


def _ruff_folders(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folder of each ruff run (ruff still runs)."""
    folders: list[Path] = []
    real = fmt.subprocess.run

    def spied(*args: object, **kwargs: object) -> object:
        folders.append(Path(str(kwargs["cwd"])))
        return real(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(fmt.subprocess, "run", spied)
    return folders


def test_ruff_formats_copies_in_memory_where_the_system_has_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # main: in the system's temp folder, where removing 2,000 files ruff had just rewritten
    # waited seconds for their writeback
    if Path("/dev/shm").is_dir() and fmt.os.access("/dev/shm", fmt.os.W_OK | fmt.os.X_OK):
        assert fmt._scratch() == "/dev/shm"
    memory = tmp_path / "shm"
    memory.mkdir()
    monkeypatch.setattr(fmt, "_scratch", lambda: str(memory))
    folders = _ruff_folders(monkeypatch)
    assert run_ruff(UGLY) == PRETTY
    assert [folder.parent for folder in folders] == [memory]
    assert list(memory.iterdir()) == []  # and nothing left there


def test_when_memory_cannot_take_the_copies_the_temp_folder_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "full"
    not_a_folder.write_text("")
    monkeypatch.setattr(fmt, "_scratch", lambda: str(not_a_folder))
    folders = _ruff_folders(monkeypatch)
    assert run_ruff(UGLY) == PRETTY
    assert len(folders) == 1 and folders[0].parent != not_a_folder


def test_a_second_format_of_the_same_text_comes_from_the_cache(
        cache_dir: Path, ruff_runs: list[list[str]]) -> None:
    first = Formatter()
    assert first(UGLY) == PRETTY
    assert (first.formatted, first.cached, first.reused) == (2, 0, 0)
    second = Formatter()
    assert second(UGLY) == PRETTY
    assert (second.formatted, second.cached, second.reused) == (0, 2, 0)
    assert ruff_runs == [sorted(UGLY)]  # one run, for both modules, the first time only


def test_without_the_cache_every_module_goes_to_ruff(cache_dir: Path,
                                                     ruff_runs: list[list[str]]) -> None:
    format_sources(UGLY)
    formatter = Formatter(use_cache=False)
    assert formatter(UGLY) == PRETTY
    assert formatter.formatted == 2 and formatter.cached == 0
    assert len(ruff_runs) == 2


def test_an_empty_cache_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch,
                                                     ruff_runs: list[list[str]]) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    format_sources(UGLY)
    format_sources(UGLY)
    assert len(ruff_runs) == 2


def test_another_formatter_version_does_not_reuse_the_cache(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch, ruff_runs: list[list[str]]) -> None:
    format_sources(UGLY)
    monkeypatch.setattr(fmt, "_SALT", b"ruff 0.0.0 format")
    assert Formatter()(UGLY) == PRETTY
    assert len(ruff_runs) == 2


def test_the_record_is_asked_first_by_module_and_unformatted_hash(
        cache_dir: Path, ruff_runs: list[list[str]]) -> None:
    asked: list[tuple[str, str]] = []

    def reuse(name: str, digest: str) -> str | None:
        asked.append((name, digest))
        return "x = 'from the record'\n" if name == "pkg/a.py" else None

    formatter = Formatter(reuse=reuse)
    out = formatter(UGLY)
    assert asked == [(name, sha256_text(text)) for name, text in UGLY.items()]
    assert out == {"pkg/a.py": "x = 'from the record'\n", "pkg/sub/b.py": PRETTY["pkg/sub/b.py"]}
    assert (formatter.reused, formatter.formatted) == (1, 1)
    assert ruff_runs == [["pkg/sub/b.py"]]


def test_hashes_hold_each_module_s_unformatted_and_formatted_digest(cache_dir: Path) -> None:
    formatter = Formatter()
    formatter(UGLY)
    assert formatter.hashes == {name: (sha256_text(UGLY[name]), sha256_text(PRETTY[name]))
                                for name in UGLY}


# -- black, where a spec's entry in the lock chooses it (issue 22) -----------------------------

TINY = """\
openapi: 3.0.3
info: {title: Tiny, version: "1.0.0"}
paths:
  /pets/{pet_id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters: [{name: pet_id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: a pet with a rather long description that makes a line a little longer
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
        tags: {type: array, items: {type: string}, description: "what the pet is known by"}
"""


def _black_project(root: Path, formatter: str | None = "black") -> Path:
    spec = root / "specs" / "tiny" / "tiny.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text(TINY, encoding="utf-8")
    entry = {"name": "tiny", "file": "tiny/tiny.yaml", "package": "tiny_client",
             "source": "test", "sha256": hashlib.sha256(spec.read_bytes()).hexdigest()}
    if formatter is not None:
        entry["formatter"] = formatter
    (root / "specs" / "lock.json").write_text(json.dumps({"specs": [entry]}), encoding="utf-8")
    return root


def _clientgen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIENTGEN_CACHE_DIR": ""}
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=REPO)


def test_a_package_the_lock_formats_with_black_passes_black_check_and_clientgen_check(
        tmp_path: Path) -> None:
    root = _black_project(tmp_path / "project")
    done = _clientgen("--quiet", "--root", root, "regenerate")
    assert done.returncode == 0, done.stderr
    package = root / "generated" / "tiny_client"
    black = subprocess.run([sys.executable, "-m", "black", "--check", "--line-length", "100",
                            "--target-version", "py311", str(package)],
                           capture_output=True, text=True)
    assert black.returncode == 0, black.stderr
    record = json.loads((package / "clientgen-record.json").read_text(encoding="utf-8"))
    assert record["formatter"].startswith(f"black {fmt.BLACK_VERSION} ")
    assert f'black = "{fmt.BLACK_VERSION}"' in (package / "pyproject.toml").read_text()
    done = _clientgen("--root", root, "check")
    assert (done.returncode, done.stdout) == (0, "generated/ matches specs/\n"), done.stderr


def test_the_formatter_is_part_of_the_record_s_key(tmp_path: Path) -> None:
    from generator.project import inputs
    from generator.project.lock import read_lock

    keys = {}
    for formatter in ("black", None, "ruff"):
        root = _black_project(tmp_path / str(formatter), formatter)
        [spec] = read_lock(root)
        keys[formatter] = inputs.key(spec.package, spec.origin(), None)
    assert keys["black"] != keys[None] == keys["ruff"]


@pytest.mark.parametrize(("installed", "said"), [
    (None, "but is not installed"), ("25.1.0", "but 25.1.0 is installed")])
def test_black_chosen_but_not_at_its_pinned_version_is_one_line_and_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        installed: str | None, said: str) -> None:
    from generator.cli.main import main

    def version(name: str) -> str:
        if name == "black":
            if installed is None:
                raise importlib.metadata.PackageNotFoundError(name)
            return installed
        return importlib.metadata.version(name)

    monkeypatch.setattr(fmt.versions, "installed_version", version)
    root = _black_project(tmp_path / "project")
    for command in ("regenerate", "check"):
        assert main(["--root", str(root), command]) == 2
        out, err = capsys.readouterr()
        [line] = err.splitlines()
        assert line.startswith("error: ") and said in line and "pip install 'black==" in line
        assert out == ""
    assert not (root / "generated").exists()


def test_a_formatter_the_lock_does_not_know_is_a_bad_lock(tmp_path: Path) -> None:
    from generator.project.lock import read_lock

    root = _black_project(tmp_path / "project", "yapf")
    with pytest.raises(SpecError) as caught:
        read_lock(root)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "bad-lock" and "'yapf' is none of ruff, black" in diagnostic.message


def test_black_formats_like_ruff_and_keeps_its_cache_beside_the_copies(
        monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[dict[str, object]] = []
    real = fmt.subprocess.run

    def spied(*args: object, **kwargs: object) -> object:
        runs.append(dict(kwargs))
        return real(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(fmt.subprocess, "run", spied)
    assert fmt.run_black(UGLY) == PRETTY
    [run] = runs
    assert run["env"]["BLACK_CACHE_DIR"] == str(run["cwd"])  # type: ignore[index]
