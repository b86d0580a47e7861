"""generator.emit.format: formatting generated modules with ruff, reusing what is known.

A module's formatted text comes from the previous output's record (`reuse`), else from
the cache, else from one ruff run over all the rest; the cache keys on the formatter's
version and options, so a cached text is what this ruff would write.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from generator.cache import sha256_text
from generator.diagnostics import SpecError
from generator.emit import format as fmt
from generator.emit.format import Formatter, format_sources, run_ruff

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
