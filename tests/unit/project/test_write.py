"""generator.project.write: files land only inside the output folder, all at once; drift is
reported; nothing clientgen did not write is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cache import sha256_text
from generator.project import write
from generator.project.record import RECORD_NAME, Record
from generator.project.write import Refused, drift, safe_join, write_trees


def tree(files: dict[str, str]) -> dict[str, str]:
    """`files` and a record listing them, as generate() makes it."""
    return {**files, RECORD_NAME: Record("ruff x", "validator y", "spec", {}, [],
                                          {path: sha256_text(text) for path, text
                                           in files.items()}).to_json()}


def on_disk(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file()}


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


def test_write_trees_replaces_and_removes_only_what_its_record_lists(tmp_path: Path) -> None:
    """The folder was replaced as a whole: `.git` and the user's files went with it."""
    out = tmp_path / "out"
    write_trees({out: tree({"pkg/__init__.py": "old\n", "pkg/gone/a.py": "a\n",
                            "README.md": "old\n"})})
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (out / "pkg" / "mine.py").write_text("mine\n", encoding="utf-8")
    (out / "pkg" / "__pycache__").mkdir()
    (out / "pkg" / "__pycache__" / "x.pyc").write_text("cache", encoding="utf-8")
    new = tree({"pkg/__init__.py": "x = 1\n", "README.md": "r\r\nn"})
    write_trees({out: new})
    assert on_disk(out) == {**new, ".git/HEAD": "ref: refs/heads/main\n",
                            "pkg/mine.py": "mine\n", "pkg/__pycache__/x.pyc": "cache"}
    assert (out / "README.md").read_bytes() == b"r\r\nn"
    assert not (out / "pkg" / "gone").exists()  # emptied by removing its files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_write_trees_refuses_a_folder_clientgen_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".git").mkdir(parents=True)
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (out / "main.py").write_text("mine\n", encoding="utf-8")
    before = on_disk(out)
    with pytest.raises(write.Refused, match="clientgen did not write"):
        write_trees({out: tree({"pkg/__init__.py": ""})})
    assert on_disk(out) == before
    assert sorted(p.name for p in out.iterdir()) == [".git", "main.py"]


def test_a_package_folder_without_a_list_is_written_over_and_nothing_removed(
        tmp_path: Path) -> None:
    """generated/<pkg> with a record from before records listed files (or none)."""
    out = tmp_path / "generated" / "pkg"
    out.mkdir(parents=True)
    (out / "README.md").write_text("old\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    new = tree({"README.md": "new\n"})
    write_trees({out: new}, package_folders=True)
    assert on_disk(out) == {**new, "notes.txt": "mine\n"}


def test_write_trees_refuses_a_file_it_did_not_write_in_a_folder_it_made(
        tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_trees({out: tree({"a.py": "a\n"})})
    (out / "b.py").write_text("mine\n", encoding="utf-8")
    before = on_disk(out)
    with pytest.raises(write.Refused, match="b.py is not a file clientgen wrote"):
        write_trees({out: tree({"a.py": "a2\n", "b.py": "b\n"})}, package_folders=True)
    assert on_disk(out) == before


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


def test_write_trees_changes_nothing_when_staging_fails(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file of every folder is staged before any is moved in."""
    first, second = tmp_path / "first", tmp_path / "second"
    write_trees({first: tree({"a.py": "a\n", "old.py": "old\n"})})
    before = on_disk(first)
    real = Path.write_text

    def full_disk(path: Path, text: str, *args: object, **options: object) -> int:
        if path.name == "z.py":
            raise OSError(28, "No space left on device")
        return real(path, text, *args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(OSError):
        write_trees({first: tree({"a.py": "new\n"}), second / "deep": tree({"z.py": "z\n"})})
    monkeypatch.undo()
    assert on_disk(first) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first"]


def test_drift_lists_missing_changed_and_no_longer_generated_files(tmp_path: Path) -> None:
    files = {"a.py": "a\n", "pkg/b.py": "b\n", "c.py": "c\n"}
    write_trees({tmp_path / "out": tree({**files, "gone.py": ""})})
    out = tmp_path / "out"
    assert drift(out, files) == ["gone.py (not generated)"]
    (out / "gone.py").unlink()
    assert drift(out, files) == []
    (out / "pkg/b.py").write_text("changed\n", encoding="utf-8")
    (out / "c.py").unlink()
    (out / "extra.py").write_text("", encoding="utf-8")
    (out / "__pycache__").mkdir()
    (out / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert drift(out, files) == ["c.py (missing)", "pkg/b.py (differs)"]
    assert write.strangers(out, files) == ["extra.py"]


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
    assert drift(out, {"pkg/a.py": "x = 1\n"}) == []
    assert write.strangers(out, {"pkg/a.py": "x = 1\n"}) == ["pkg/stray.py"]


def forge(out: Path, extra: dict[str, bytes]) -> None:
    """Reseal the record in `out` listing `extra` as written too, each with the sha256 of
    the bytes given: the seal is a plain sha256 anyone can recompute."""
    import hashlib
    import json

    from generator.project import record

    data = json.loads((out / RECORD_NAME).read_text(encoding="utf-8"))
    del data["seal"]
    if isinstance(data["written"], list):  # the record as it was before it kept sha256s
        data["written"] = sorted([*data["written"], *extra])
    else:
        data["written"].update({path: hashlib.sha256(data).hexdigest()
                                for path, data in extra.items()})
    data["seal"] = record._seal(data)
    (out / RECORD_NAME).write_text(json.dumps(data), encoding="utf-8")


def test_a_forged_record_removes_nothing_under_git_nor_what_clientgen_did_not_write(
        tmp_path: Path) -> None:
    """A record resealed to list `.git/config` and notes.txt had both deleted."""
    out = tmp_path / "out"
    write_trees({out: tree({"pkg/a.py": "a\n"})})
    (out / ".git").mkdir()
    (out / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("theirs\n", encoding="utf-8")
    # .git/config as it is (the strongest forgery); notes.txt as a forger guessed it
    forge(out, {".git/config": b"[core]\n", "notes.txt": b"guessed\n"})
    kept = write_trees({out: tree({"pkg/a.py": "a2\n"})})
    assert on_disk(out) == {**tree({"pkg/a.py": "a2\n"}), ".git/config": "[core]\n",
                            "notes.txt": "mine\n"}
    assert kept == [out / "notes.txt"]  # listed, but not the bytes written: named, kept


def test_a_forged_record_naming_a_path_outside_its_folder_is_not_believed(
        tmp_path: Path) -> None:
    """A record listing `../outside.txt` is no record clientgen wrote: the folder is refused,
    and nothing in it or beside it changes."""
    out = tmp_path / "out"
    write_trees({out: tree({"pkg/a.py": "a\n"})})
    (tmp_path / "outside.txt").write_text("theirs\n", encoding="utf-8")
    forge(out, {"../outside.txt": b"theirs\n"})
    before = on_disk(out)
    with pytest.raises(Refused):
        write_trees({out: tree({"pkg/a.py": "a2\n"})})
    assert on_disk(out) == before
    assert (tmp_path / "outside.txt").read_text(encoding="utf-8") == "theirs\n"


def test_an_edited_file_no_longer_generated_is_kept_and_named(tmp_path: Path) -> None:
    """It was removed without looking at its bytes: a hand-edit was lost silently."""
    out = tmp_path / "out"
    write_trees({out: tree({"pkg/a.py": "a\n", "pkg/b.py": "b\n", "pkg/c.py": "c\n"})})
    (out / "pkg" / "b.py").write_text("b, edited\n", encoding="utf-8")
    kept = write_trees({out: tree({"pkg/a.py": "a\n"})})
    assert kept == [out / "pkg" / "b.py"]
    assert on_disk(out) == {**tree({"pkg/a.py": "a\n"}), "pkg/b.py": "b, edited\n"}


def test_an_edited_file_still_generated_is_replaced(tmp_path: Path) -> None:
    """The package says "Do not edit": regenerating puts the generated text back."""
    out = tmp_path / "out"
    write_trees({out: tree({"pkg/a.py": "a\n"})})
    (out / "pkg" / "a.py").write_text("a, edited\n", encoding="utf-8")
    assert write_trees({out: tree({"pkg/a.py": "a2\n"})}) == []
    assert on_disk(out) == tree({"pkg/a.py": "a2\n"})


@pytest.mark.parametrize("inside", [False, True])
def test_a_symbolic_link_where_a_file_is_written_is_refused(tmp_path: Path,
                                                           inside: bool) -> None:
    """A link out of the folder ended in a ValueError traceback; one inside it had the
    file written through it, over another generated file."""
    out, victim = tmp_path / "out", tmp_path / "victim"
    write_trees({out: tree({"pkg/a.py": "a\n", "pkg/b.py": "b\n"})})
    victim.mkdir()
    (victim / "a.py").write_text("theirs\n", encoding="utf-8")
    (out / "pkg" / "a.py").unlink()
    (out / "pkg" / "a.py").symlink_to(out / "pkg" / "b.py" if inside else victim / "a.py")
    before = on_disk(out), on_disk(victim)
    with pytest.raises(write.Refused, match=r"pkg/a\.py .*symbolic link.*nothing was written"):
        write_trees({out: tree({"pkg/a.py": "a2\n", "pkg/b.py": "b2\n"})})
    assert (on_disk(out), on_disk(victim)) == before
    assert (out / "pkg" / "a.py").is_symlink()
