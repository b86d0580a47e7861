"""Put generated files on disk, or compare them with what is there.

A folder is clientgen's only as far as the record beside the package says: the record lists
every file written with it and the sha256 of its bytes (record.py). A later write replaces
those files and removes the ones no longer generated, but only while their bytes are still the
ones written: an edited one is kept, and write_trees() names it. Nothing under `.git`, outside the
folder, or not listed (a user's own files, the caches tools leave) is ever touched, so a record
forged to list them removes nothing. A folder that is neither new, empty nor listed is refused,
except a package folder of the project (generated/<package>), where the files being written
are replaced and nothing else is removed. A symbolic link where a file is written is refused:
clientgen never writes one. Each file is replaced atomically (written beside it, then renamed
over it), and no file is touched before every file of every folder is staged.

An edited file that is still generated is replaced: the package says "Do not edit", and
putting the generated text back is what regenerating is for (`check` names such a file).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from generator.project.record import RECORD_NAME, Record

_STAGE = ".clientgen-stage-"  # the folder, inside the output, where files wait to be moved in


class Refused(Exception):
    """A write that would touch what clientgen did not write; the message is one line."""


def safe_join(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that would land outside `root`."""
    if "\0" in relative or relative.startswith(("/", "\\")) or ".." in Path(relative).parts:
        raise ValueError(f"refusing to write outside the output folder: {relative!r}")
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ValueError(f"refusing to write outside the output folder: {relative!r}")
    return target


def _record(folder: Path) -> Record | None:
    try:
        return Record.parse((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _listed(folder: Path) -> dict[str, str] | None:
    """The files the record in `folder` lists as written, with the sha256 of the bytes
    written; None when no record lists them: absent, unreadable, edited by hand, or made
    by an older clientgen, before records kept the list."""
    record = _record(folder)
    return None if record is None else record.written


def written_before(folder: Path) -> frozenset[str] | None:
    """The files that the record in `folder` lists as written by clientgen (the record
    included); None when no record lists them (see _listed)."""
    listed = _listed(folder)
    return None if listed is None else frozenset(listed) | {RECORD_NAME}


def not_ours(folder: Path) -> str | None:
    """Why `folder` may not receive a package and what to do (one line); None when it is
    new, empty, or its record lists what clientgen wrote there, the sign that it made it."""
    if not folder.exists():
        return None
    if not folder.is_dir():
        return "it is not a folder"
    entries = sorted(entry.name for entry in folder.iterdir())
    if not entries or written_before(folder) is not None:
        return None
    if _record(folder) is not None:  # believed, but it lists nothing: an older clientgen's
        return (f"an older clientgen made it, and its {RECORD_NAME} does not list the files "
                "it wrote, so none of them can be replaced safely; nothing was written: move the "
                "folder away, generate into a new one, then copy back what you added")
    shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
    record = f"its {RECORD_NAME} cannot be believed" if RECORD_NAME in entries \
        else f"no {RECORD_NAME}"
    return (f"it holds files clientgen did not write ({shown}; {record}); nothing was "
            "written: give a new or empty folder, or one `clientgen generate` made")


def write_trees(trees: dict[Path, dict[str, str]], *, package_folders: bool = False,
                ) -> list[Path]:
    """Write each folder's files; raise Refused, with nothing written, where that would
    touch a file clientgen did not write. Return the files kept (see _Plan.kept).

    Files the folder's record lists and the tree no longer has are removed when their bytes
    are the ones written; nothing else is.
    `package_folders`: the folders are the project's generated/<package>, clientgen's by
    the lock, so one whose record lists nothing is written over (nothing is removed there).
    """
    for target, files in trees.items():
        for relative in files:
            _where(target, relative)
    plans = [_plan(target, files, package_folders) for target, files in trees.items()]
    staged: list[tuple[_Plan, Path]] = []
    made: list[Path] = []
    try:
        for plan in plans:
            made += _make_folder(plan.target)
            stage = Path(tempfile.mkdtemp(prefix=_STAGE, dir=plan.target))
            staged.append((plan, stage))
            for relative, text in sorted(plan.files.items()):
                path = stage / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="\n")
    except BaseException:
        for _, stage in staged:
            shutil.rmtree(stage, ignore_errors=True)
        for folder in reversed(made):
            folder.rmdir()
        raise
    try:
        for plan, stage in staged:
            _move_in(plan, stage)
    finally:
        for _, stage in staged:
            shutil.rmtree(stage, ignore_errors=True)
    return [plan.target / relative for plan in plans for relative in plan.kept]


def _where(target: Path, relative: str) -> Path:
    """safe_join, as a one-line refusal: a symbolic link leading out of the folder, or any
    symbolic link where clientgen writes a file, is not clientgen's to write through."""
    try:
        path = safe_join(target, relative)
    except ValueError:
        inner = [target / relative, *(target / relative).parents][:len(Path(relative).parts)]
        link = next((p for p in inner if p.is_symlink()), None)
        if link is None:
            raise  # a path of the generator's own making: a bug, not the user's to fix
        raise Refused(f"{link.as_posix()} is a symbolic link out of {target.as_posix()}, "
                      "where clientgen writes; nothing was written: remove the link"
                      ) from None
    if (target / relative).is_symlink():
        raise Refused(f"{(target / relative).as_posix()} is a symbolic link where clientgen "
                      "writes a file; nothing was written: remove the link")
    return path


class _Plan:
    """One folder's write: the files, the files of an earlier run to remove, and those
    no longer generated but kept, their bytes not the ones written (edited by hand)."""

    def __init__(self, target: Path, files: dict[str, str], stale: list[str],
                 kept: list[str]) -> None:
        self.target, self.files, self.stale, self.kept = target, files, stale, kept


def _plan(target: Path, files: dict[str, str], package_folder: bool) -> _Plan:
    """What writing `files` to `target` does, checked before anything is written."""
    listed = _listed(target)
    before = None if listed is None else frozenset(listed) | {RECORD_NAME}
    if before is None and not package_folder and (why := not_ours(target)):
        raise Refused(f"refusing to write to {target.as_posix()}: {why}")
    for relative in sorted(files):
        path = target / relative
        if path.is_dir() and not path.is_symlink():
            raise Refused(f"{path.as_posix()} is a folder where clientgen writes a file; "
                          "nothing was written: move it away")
        if before is not None and relative not in before and path.exists():
            raise Refused(f"{path.as_posix()} is not a file clientgen wrote (its "
                          f"{RECORD_NAME} does not list it); nothing was written: move it away")
    stale: list[str] = []
    kept: list[str] = []
    for relative, sha256 in sorted((listed or {}).items()):
        if relative in files or relative == RECORD_NAME or not _ours(target, relative):
            continue
        path = target / relative
        if path.is_symlink() or path.exists():
            (stale if _bytes_are(path, sha256) else kept).append(relative)
    return _Plan(target, files, stale, kept)


def _ours(target: Path, relative: str) -> bool:
    """Whether a listed path may be clientgen's at all: inside the folder, not in `.git`
    (a record naming other places, forged or not, touches nothing there)."""
    if any(part.lower() == ".git" for part in Path(relative).parts):
        return False
    return _inside(target, relative)


def _bytes_are(path: Path, sha256: str) -> bool:
    """Whether `path` is a plain file whose bytes have this sha256: as clientgen wrote it."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def _inside(target: Path, relative: str) -> bool:
    try:
        safe_join(target, relative)
    except ValueError:
        return False  # a record naming a place outside the folder removes nothing there
    return True


def _make_folder(target: Path) -> list[Path]:
    """Create `target` and its missing parents; return those created, outermost first."""
    missing = [folder for folder in (target, *target.parents) if not folder.exists()]
    target.mkdir(parents=True, exist_ok=True)
    return missing[::-1]


def _move_in(plan: _Plan, stage: Path) -> None:
    """Remove the stale files, then move in the record, then every other file: at every
    step the record on disk lists each file clientgen wrote there."""
    for relative in plan.stale:
        path = safe_join(plan.target, relative)
        if path.is_file():
            path.unlink()
            _prune(path.parent, plan.target)
    for relative in sorted(plan.files, key=lambda r: (r != RECORD_NAME, r)):
        path = safe_join(plan.target, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / relative, path)


def _prune(folder: Path, root: Path) -> None:
    """Remove folders emptied by removing stale files, up to (not including) `root`."""
    root = root.resolve()
    while folder != root and folder.is_relative_to(root) and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


# what Python, pip, mypy, pytest and ruff leave in a package folder: never generated, no drift
_TOOL_FOLDERS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})


def _left_by_tools(relative: Path) -> bool:
    return bool(_TOOL_FOLDERS & set(relative.parts)) or relative.name.endswith(".pyc") \
        or any(part.endswith(".egg-info") for part in relative.parts) \
        or relative.parts[:1] == ("build",)


def drift(target: Path, files: dict[str, str], why: Mapping[str, str] | None = None,
          ) -> list[str]:
    """Paths (relative to `target`) that differ from or are missing from `files`, and those
    clientgen wrote there (its record lists them) that `files` no longer has: what a write
    of `files` changes. Files clientgen did not write are strangers(), not drift.

    The record (record.py) is not compared: it only says what can be reused. `why` adds,
    per path, why its checked-in text could not be taken from the record.
    """
    changed: list[str] = []
    for relative, text in sorted(files.items()):
        path = target / relative
        reason = f"; {why[relative]}" if why and why.get(relative) else ""
        if not path.is_file():
            changed.append(f"{relative} (missing{reason})")
        elif path.read_text(encoding="utf-8") != text:
            changed.append(f"{relative} (differs{reason})")
    listed = (written_before(target) or frozenset()) - files.keys() - {RECORD_NAME}
    changed += [f"{p} (not generated)" for p in sorted(listed)
                if _ours(target, p) and (target / p).is_file()]
    return changed


def strangers(target: Path, files: Mapping[str, str]) -> list[str]:
    """Files in `target` that clientgen neither generates now nor wrote before (its record
    does not list them), the caches tools leave aside: no command removes them."""
    if not target.is_dir():
        return []
    on_disk = {p.relative_to(target).as_posix() for p in target.rglob("*")
               if p.is_file() and not _left_by_tools(p.relative_to(target))}
    return sorted(on_disk - files.keys() - (written_before(target) or {RECORD_NAME}))
