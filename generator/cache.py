"""A content-addressed cache for work whose result depends only on its input text.

Entries are named by a sha256 of everything the result depends on (input text and the
tool's version), so an entry can only ever hold what the tool produced for exactly that
input: using it is always safe, and a stale entry cannot exist. Black's output and the
fact that a spec validated are cached this way; clientgen check stays fast.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def cache_root() -> Path | None:
    """$CLIENTGEN_CACHE_DIR, else ~/.cache/clientgen; an empty CLIENTGEN_CACHE_DIR disables."""
    configured = os.environ.get("CLIENTGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "clientgen"


def key_of(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lookup(kind: str, key: str) -> str | None:
    root = cache_root()
    if root is None:
        return None
    try:
        return (root / kind / key[:2] / key).read_text(encoding="utf-8")
    except OSError:
        return None


def store(kind: str, key: str, text: str) -> None:
    """Write atomically; a cache that cannot be written is simply not used."""
    root = cache_root()
    if root is None:
        return
    entry = root / kind / key[:2] / key
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, entry)
    except OSError:
        pass
