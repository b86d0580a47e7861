"""black formatting with a content-addressed cache, so an unchanged module costs a read.

The key is the unformatted text plus black's version and mode; a cache entry can only
ever hold what black produced for exactly that input, so using it is always safe.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import black

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})
_SALT = f"black {black.__version__} {MODE!r}".encode()


def cache_folder() -> Path | None:
    """$CLIENTGEN_CACHE_DIR, else the user's cache folder; `CLIENTGEN_CACHE_DIR=` disables."""
    configured = os.environ.get("CLIENTGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "clientgen" / "black"


def format_source(source: str) -> str:
    """Format with black (raises black.InvalidInput on code that does not parse)."""
    folder = cache_folder()
    key = hashlib.sha256(_SALT + source.encode("utf-8")).hexdigest()
    entry = folder / key[:2] / key if folder else None
    if entry is not None:
        try:
            return entry.read_text(encoding="utf-8")
        except OSError:
            pass
    formatted = black.format_str(source, mode=MODE)
    if entry is not None:
        _store(entry, formatted)
    return formatted


def _store(entry: Path, text: str) -> None:
    """Write atomically; a cache that cannot be written is simply not used."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, entry)
    except OSError:
        pass
