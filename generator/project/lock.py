"""The project's vendored specs: specs/lock.json says which file makes which package.

The project root is the nearest folder at or above the working folder that holds
specs/lock.json, so every command works from anywhere inside a project.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator.diagnostics import Diagnostic, SpecError
from generator.emit.origin import Origin, for_vendored

FORMATTERS = ("ruff", "black")  # what a spec's entry may name as its "formatter"

LOCK_FILE = Path("specs") / "lock.json"
GENERATED = Path("generated")


@dataclass(frozen=True)
class LockedOverlay:
    """An Overlay file applied to a vendored spec: its path below the spec's folder (never
    above it) and the sha256 it had when vendored ("" when not yet vendored)."""

    path: str
    sha256: str = ""


@dataclass(frozen=True)
class VendoredSpec:
    name: str
    file: str
    package: str
    source: str
    sha256: str
    updated: str | None = None  # ISO date of the last `clientgen update`, when there was one
    pagination: str | None = None  # a pagination config beside the spec, when it needs one
    version: str | None = None  # the package's version once `clientgen update` has bumped it
    env_prefix: str | None = None  # where its client reads settings (default: from the name)
    overlays: tuple[LockedOverlay, ...] = ()  # applied in order on load (read/overlay.py)
    formatter: str | None = None  # "black" to format with black (default: ruff)

    def path(self, root: Path) -> Path:
        return root / "specs" / self.file

    def pagination_path(self, root: Path) -> Path | None:
        return root / "specs" / self.pagination if self.pagination else None

    def overlay_paths(self, root: Path) -> list[Path]:
        """The overlays' files; SpecError for one that a symbolic link takes out of the
        spec's folder (the lock's paths themselves are checked when it is read)."""
        folder = self.path(root).parent
        paths = [folder / overlay.path for overlay in self.overlays]
        for overlay, path in zip(self.overlays, paths, strict=True):
            if not path.resolve().is_relative_to(folder.resolve()):
                raise SpecError([Diagnostic("error", "bad-lock", f"{self.name}: overlay "
                                            f"{overlay.path!r} leads out of the spec's folder",
                                            LOCK_FILE.as_posix())])
        return paths

    def output(self, root: Path) -> Path:
        return root / GENERATED / self.package

    def origin(self) -> Origin:
        return for_vendored(self.name, self.package, self.version, self.env_prefix,
                            self.formatter or "ruff")


class NotAProject(Exception):
    """No specs/lock.json where one was looked for; the message says where."""


def find_root(start: Path, given: Path | None = None) -> Path:
    """`given` when it holds specs/lock.json, else the nearest such folder at or above
    `start`; raise NotAProject when there is none."""
    if given is not None:
        if not (given / LOCK_FILE).is_file():
            raise NotAProject(f"--root {given}: no {LOCK_FILE.as_posix()} there")
        return given
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / LOCK_FILE).is_file():
            return Path(os.path.relpath(folder, start))  # file names in messages stay short
    raise NotAProject(f"no {LOCK_FILE.as_posix()} in {start} or any folder above it: run "
                      "this inside a clientgen project, or pass --root")


def read_lock(root: Path) -> list[VendoredSpec]:
    """The lock's entries; a lock that cannot be read is one error, not a traceback."""
    try:
        data = json.loads((root / LOCK_FILE).read_text(encoding="utf-8"))
        specs = [VendoredSpec(**{**entry, "overlays": _overlays(entry)})
                 for entry in data["specs"]]
        for spec in specs:
            if spec.formatter not in (None, *FORMATTERS):
                raise ValueError(f"{spec.name}: formatter {spec.formatter!r} is none of "
                                 f"{', '.join(FORMATTERS)}")
        return specs
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        problem = f"cannot read the lock: {type(exc).__name__}: {exc}"
        raise SpecError([Diagnostic("error", "bad-lock", problem,
                                    LOCK_FILE.as_posix())]) from None


def _overlays(entry: dict[str, Any]) -> tuple[LockedOverlay, ...]:
    """An entry's overlays, each a plain relative path below the spec's folder."""
    found = tuple(LockedOverlay(**item) for item in entry.get("overlays", ()))
    for overlay in found:
        parts = PurePosixPath(overlay.path).parts
        if not isinstance(overlay.path, str) or not isinstance(overlay.sha256, str) \
                or not parts or PurePosixPath(overlay.path).is_absolute() \
                or any(part in ("..", ".") for part in parts) \
                or any(char in overlay.path for char in "\\\0:"):
            raise ValueError(f"{entry.get('name')}: overlay path {overlay.path!r} must be a "
                             "relative path below the spec's folder (/ between folders, no ..)")
    return found


def find_spec(specs: list[VendoredSpec], name: str) -> VendoredSpec:
    """The entry named `name`; an unknown name is one error listing the known ones."""
    for spec in specs:
        if spec.name == name:
            return spec
    known = ", ".join(s.name for s in specs)
    raise SpecError([Diagnostic("error", "unknown-spec",
                                f"no vendored spec named {name!r} (known: {known})",
                                LOCK_FILE.as_posix())])


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
