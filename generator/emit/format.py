"""Formatting generated modules with ruff, reusing what is already known.

ruff's formatter (black's style, written in Rust) formats a large client in well under a
second where black took minutes, and formats many files at once on every core. A module's
formatted text is taken, in this order, from the record of the previous output (see
record.py: proven by hashes, read from the checked-in file), from the content-addressed cache
(cache.py) or from ruff itself; the key of both is the unformatted text and the formatter's
exact version and options, so all three give the same bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator import cache
from generator.cache import sha256_text
from generator.diagnostics import Diagnostic, SpecError
from generator.emit import versions

_OPTIONS = ("--line-length", "100", "--target-version", "py311")
# what the record and the cache key on: the formatter's exact version and options
FORMATTER = f"{versions.FORMATTER} {versions.formatter_version()} format {' '.join(_OPTIONS)}"
_SALT = FORMATTER.encode()

# black, which a spec's entry in specs/lock.json may choose instead: pinned exactly, as the
# optional dependency `clientgen[black]` is, since its version shapes every byte too
BLACK_VERSION = "26.10.1"
_BLACK_OPTIONS = ("--line-length", "100", "--target-version", "py311")


def formatter_id(tool: str = "ruff") -> str:
    """The formatter's name, exact version and options: what a record and the cache key on.
    SpecError (one line) when black is chosen and is not installed at its pinned version."""
    if tool == "ruff":
        return FORMATTER
    try:
        version = versions.installed_version("black")
    except ImportError:
        version = None
    if version != BLACK_VERSION:
        have = "is not installed" if version is None else f"{version} is installed"
        raise SpecError([Diagnostic(
            "error", "formatter-unavailable", f"specs/lock.json chooses black to format this "
            f"package, and black {BLACK_VERSION} shapes its bytes, but {have}: pip install "
            f"'black=={BLACK_VERSION}' (the extra clientgen[black])", "specs/lock.json")])
    return f"black {version} {' '.join(_BLACK_OPTIONS)}"

# path -> (sha256 of the unformatted text) -> the formatted text, when something proves it
Reuse = Callable[[str, str], str | None]


@dataclass
class Formatter:
    """Formats a package's modules; counts where each result came from.

    `reuse` is asked first (the previous output's record), then the cache (unless
    `use_cache` is off, as for `check --full`); the rest go to ruff in one run.
    `hashes` ends up holding, per module, the sha256 of its unformatted and formatted text:
    the facts the next record states.
    """

    reuse: Reuse | None = None
    use_cache: bool = True
    tool: str = "ruff"  # or "black", as the spec's entry in the lock says
    reused: int = 0
    cached: int = 0
    formatted: int = 0
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __call__(self, sources: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        misses: dict[str, str] = {}
        salt = _SALT if self.tool == "ruff" else formatter_id(self.tool).encode()
        for name, source in sources.items():
            digest = sha256_text(source)
            known = self.reuse(name, digest) if self.reuse else None
            if known is not None:
                self.reused += 1
                out[name] = known
                continue
            key = cache.key_of(salt, source.encode("utf-8"))
            cached = cache.lookup("format", key) if self.use_cache else None
            if cached is not None:
                self.cached += 1
                out[name] = cached
            else:
                misses[name] = key
        if misses:
            run = run_ruff if self.tool == "ruff" else run_black
            formatted = run({name: sources[name] for name in misses})
            for name, text in formatted.items():
                cache.store("format", misses[name], text)
            out.update(formatted)
            self.formatted += len(formatted)
        for name, source in sources.items():
            self.hashes[name] = (sha256_text(source), sha256_text(out[name]))
        return out


def format_sources(sources: dict[str, str]) -> dict[str, str]:
    """Format many modules through the cache (no record)."""
    return Formatter()(sources)


def ruff_binary() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def run_ruff(sources: dict[str, str]) -> dict[str, str]:
    """One `ruff format` over every module (it spreads files over the cores).

    Files get neutral names in a private folder: module paths never reach the command line,
    and no configuration file applies (--isolated). Code that does not parse is our bug:
    SpecError("internal-render") naming the module. The folder is in memory where the system
    offers one (see _scratch), else in the system's temporary folder.
    """
    return _format_files([ruff_binary(), "format", "--isolated", "--no-cache", *_OPTIONS],
                         sources, "ruff")


def run_black(sources: dict[str, str]) -> dict[str, str]:
    """One `black` run over every module, as run_ruff does it (an empty configuration file
    named, so no project's settings apply); black must be the pinned version."""
    formatter_id("black")
    return _format_files([sys.executable, "-m", "black", "--quiet", "--config", _EMPTY,
                          *_BLACK_OPTIONS], sources, "black")


_EMPTY = "clientgen-empty.toml"  # written in the scratch folder beside the modules


def _format_files(command: list[str], sources: dict[str, str], tool: str) -> dict[str, str]:
    names = sorted(sources)
    scratch = _scratch()
    try:
        return _format_in(scratch, command, names, sources, tool)
    except OSError:
        if scratch is None:
            raise
        # a full or unusable /dev/shm: the disk then
        return _format_in(None, command, names, sources, tool)


def _scratch() -> str | None:
    """/dev/shm (memory) when it is a writable folder. ruff rewrites every file it formats,
    and on a disk, removing thousands of files just rewritten waits for their writeback:
    seconds for a 1,000-operation spec, where memory takes a hundredth of that."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def _format_in(parent: str | None, command: list[str], names: list[str],
               sources: dict[str, str], tool: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="clientgen-format-", dir=parent) as folder:
        paths = [Path(folder) / f"m{index}.py" for index in range(len(names))]
        for name, path in zip(names, paths, strict=True):
            path.write_text(sources[name], encoding="utf-8", newline="\n")
        (Path(folder) / _EMPTY).write_text("", encoding="utf-8")
        # black keeps a cache of what it formatted: here, with the copies, not in the
        # user's cache folder (ruff is run with --no-cache)
        env = {**os.environ, "BLACK_CACHE_DIR": folder} if tool == "black" else None
        done = subprocess.run(
            [*command, "--", *(path.name for path in paths)],
            cwd=folder, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env)
        if done.returncode != 0:
            message = done.stderr.strip() or done.stdout.strip()
            for name, path in zip(names, paths, strict=True):
                message = message.replace(path.name, name)
            raise SpecError([Diagnostic(
                "error", "internal-render", f"clientgen produced code that {tool} cannot "
                f"format ({message[:500]}); please report this spec", "<generator>")])
        return {name: path.read_bytes().decode("utf-8")
                for name, path in zip(names, paths, strict=True)}
