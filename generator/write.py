"""Put generated files on disk all at once, or compare them with what is there."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .record import RECORD_NAME


def safe_join(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that would land outside `root`."""
    if "\0" in relative or relative.startswith(("/", "\\")) or ".." in Path(relative).parts:
        raise ValueError(f"refusing to write outside the output folder: {relative!r}")
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ValueError(f"refusing to write outside the output folder: {relative!r}")
    return target


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_trees(trees: dict[Path, dict[str, str]]) -> None:
    """Replace each folder with its files; every folder is staged before any is swapped."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, files in trees.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
            stage.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the output is not
            staged.append((stage, target))
            for relative, text in sorted(files.items()):
                path = safe_join(stage, relative)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="\n")
        for stage, target in staged:
            backup = target.with_name(f".{target.name}.old")
            if backup.exists():
                shutil.rmtree(backup)
            if target.exists():
                target.rename(backup)
            stage.rename(target)
            if backup.exists():
                shutil.rmtree(backup)
    finally:
        for stage, _ in staged:
            if stage.exists():
                shutil.rmtree(stage, ignore_errors=True)


# what Python, pip, mypy, pytest and ruff leave in a package folder: never generated, no drift
_TOOL_FOLDERS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})


def _left_by_tools(relative: Path) -> bool:
    return bool(_TOOL_FOLDERS & set(relative.parts)) or relative.name.endswith(".pyc") \
        or any(part.endswith(".egg-info") for part in relative.parts) \
        or relative.parts[:1] == ("build",)


def drift(target: Path, files: dict[str, str], why: Mapping[str, str] | None = None,
          ) -> list[str]:
    """Paths (relative to `target`) that differ from, are missing from, or extra to `files`.

    The record (record.py) is not compared: it only says what can be reused. `why` adds,
    per path, why its checked-in text could not be taken from the record.
    """
    changed: list[str] = []
    on_disk = {
        p.relative_to(target).as_posix()
        for p in target.rglob("*")
        if p.is_file() and not _left_by_tools(p.relative_to(target))
    } - {RECORD_NAME} if target.is_dir() else set()
    for relative, text in sorted(files.items()):
        path = target / relative
        reason = f"; {why[relative]}" if why and why.get(relative) else ""
        if relative not in on_disk:
            changed.append(f"{relative} (missing{reason})")
        elif path.read_text(encoding="utf-8") != text:
            changed.append(f"{relative} (differs{reason})")
    changed += [f"{p} (not generated)" for p in sorted(on_disk - files.keys())]
    return changed
