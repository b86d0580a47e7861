"""black formatting through the content-addressed cache (see cache.py).

The key is the unformatted text plus black's version and mode, so a cached entry is
exactly what black would produce now.
"""

from __future__ import annotations

import black

from . import cache

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})
_SALT = f"black {black.__version__} {MODE!r}".encode()


def format_source(source: str) -> str:
    """Format with black (raises black.InvalidInput on code that does not parse)."""
    key = cache.key_of(_SALT, source.encode("utf-8"))
    cached = cache.lookup("black", key)
    if cached is not None:
        return cached
    formatted = black.format_str(source, mode=MODE)
    cache.store("black", key, formatted)
    return formatted
