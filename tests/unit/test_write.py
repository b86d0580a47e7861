"""generator.write: files land only inside the output folder, all at once; drift is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.write import drift, safe_join, write_trees


@pytest.mark.parametrize("relative", ["../x.py", "a/../../x.py", "/etc/passwd", "\\abs",
                                      "a/\0b", "..", "pkg/../../../x"])
def test_safe_join_refuses_paths_that_leave_the_root(tmp_path: Path, relative: str) -> None:
    with pytest.raises(ValueError):
        safe_join(tmp_path / "root", relative)


def test_safe_join_refuses_a_symlink_out(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "outside").mkdir()
    (root / "link").symlink_to(tmp_path / "outside")
    with pytest.raises(ValueError):
        safe_join(root, "link/x.py")


def test_safe_join_accepts_nested_paths(tmp_path: Path) -> None:
    assert safe_join(tmp_path, "pkg/resources/a.py") == (tmp_path / "pkg/resources/a.py").resolve()


def test_write_trees_replaces_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.py").write_text("old", encoding="utf-8")
    write_trees({out: {"pkg/__init__.py": "x = 1\n", "README.md": "r\r\nn"}})
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == \
        ["README.md", "pkg/__init__.py"]
    assert (out / "pkg/__init__.py").read_text(encoding="utf-8") == "x = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_write_trees_writes_nothing_when_any_path_is_bad(tmp_path: Path) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    (good / "keep.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ValueError):
        write_trees({good: {"new.txt": "new"}, bad: {"../escape.txt": "x"}})
    assert [p.name for p in good.iterdir()] == ["keep.txt"]
    assert not bad.exists()
    assert not (tmp_path / "escape.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good"]


def test_drift_lists_missing_changed_and_extra_files(tmp_path: Path) -> None:
    files = {"a.py": "a\n", "pkg/b.py": "b\n", "c.py": "c\n"}
    write_trees({tmp_path / "out": files})
    out = tmp_path / "out"
    assert drift(out, files) == []
    (out / "pkg/b.py").write_text("changed\n", encoding="utf-8")
    (out / "c.py").unlink()
    (out / "extra.py").write_text("", encoding="utf-8")
    (out / "__pycache__").mkdir()
    (out / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert drift(out, files) == ["c.py (missing)", "pkg/b.py (differs)", "extra.py (not generated)"]


def test_drift_of_a_missing_folder_lists_every_file(tmp_path: Path) -> None:
    assert drift(tmp_path / "nope", {"a.py": "", "b.py": ""}) == ["a.py (missing)",
                                                                  "b.py (missing)"]


def test_caches_that_tools_leave_in_a_package_are_not_drift(tmp_path: Path) -> None:
    # running mypy or pytest inside generated/<pkg> before `clientgen check` made it fail
    out = tmp_path / "out"
    write_trees({out: {"pkg/a.py": "x = 1\n"}})
    for junk in (".mypy_cache/3.11/cache.db", "pkg/.pytest_cache/v/x", ".ruff_cache/c",
                 "pkg.egg-info/PKG-INFO", "build/lib/pkg/a.py"):
        (out / junk).parent.mkdir(parents=True, exist_ok=True)
        (out / junk).write_text("junk")
    (out / "pkg" / "stray.py").write_text("y = 2\n")
    assert drift(out, {"pkg/a.py": "x = 1\n"}) == ["pkg/stray.py (not generated)"]
