"""How a package was made: what its README tells a reader to run, and its version.

A vendored package is installed from generated/<package> and rebuilt with
`clientgen regenerate NAME`; one made with `clientgen generate` is installed from its
--out folder and rebuilt with the same `clientgen generate ...` command.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Origin:
    install: str  # the folder `pip install` takes, as the reader types it
    regenerate: str  # the command that rebuilds the package
    version: str | None = None  # the package's own version; None: the spec's, when usable
    env_prefix: str | None = None  # settings' prefix in the environment; None: from the name
    formatter: str = "ruff"  # what formats its modules: ruff, or black where the lock says so


def folder_argument(folder: Path) -> str:
    """`out` as `./out` (pip needs the ./ to read it as a folder), shell-quoted."""
    text = folder.as_posix()
    if not folder.is_absolute() and not text.startswith(("./", "../")):
        text = "./" if text == "." else f"./{text}"
    return shlex.quote(text)


def for_generate(spec: Path, out: Path, package: str, pagination: Path | None,
                 ref_root: Path | None = None, overlays: Sequence[Path] = ()) -> Origin:
    """The origin of `clientgen generate SPEC --out OUT --package NAME [--pagination FILE]
    [--ref-root DIR] [--overlay FILE]...`.

    The README is committed with the package, so its commands name no place on this
    machine: a path given relative to the working folder is kept as typed, any other
    (absolute, or reaching above it) by its name alone.
    """
    words = ["clientgen", "generate", _portable(spec), "--out", _portable(out),
             "--package", package]
    if pagination is not None:
        words += ["--pagination", _portable(pagination)]
    if ref_root is not None:
        words += ["--ref-root", _portable(ref_root)]
    for overlay in overlays:
        words += ["--overlay", _portable(overlay)]
    return Origin(folder_argument(Path(_portable(out))), shlex.join(words))


def _portable(path: Path) -> str:
    if not path.is_absolute() and ".." not in path.parts:
        return path.as_posix()
    name = path.name if path.name not in ("", "..") else path.resolve().name
    return name or "DIR"


def for_vendored(name: str, package: str, version: str | None,
                 env_prefix: str | None = None, formatter: str = "ruff") -> Origin:
    """The origin of a package in generated/ built from a spec named in specs/lock.json."""
    return Origin(f"./generated/{package}", shlex.join(["clientgen", "regenerate", name]),
                  version, env_prefix, formatter)


def default(package: str) -> Origin:
    """For a library call that says nothing: the package folder itself, named after it."""
    return Origin(f"./{package}", "clientgen generate SPEC --out DIR --package " + package)
