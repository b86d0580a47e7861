"""black formatting through the content-addressed cache (see cache.py).

The key is the unformatted text plus black's version and mode, so a cached entry is
exactly what black would produce now.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

import black

from . import cache

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})
_SALT = f"black {black.__version__} {MODE!r}".encode()


# below this much uncached text, starting worker processes costs more than it saves
_PARALLEL_MIN_CHARS = 200_000


def format_sources(sources: dict[str, str]) -> dict[str, str]:
    """Format many modules; cache misses are spread over the machine's cores when large."""
    out: dict[str, str] = {}
    misses: dict[str, str] = {}
    for name, source in sources.items():
        key = cache.key_of(_SALT, source.encode("utf-8"))
        cached = cache.lookup("black", key)
        if cached is None:
            misses[name] = key
        else:
            out[name] = cached
    # largest first, so the longest module starts at once and the rest fill in around it
    order = sorted(misses, key=lambda name: -len(sources[name]))
    texts = [sources[name] for name in order]
    workers = min(os.cpu_count() or 1, len(order))
    if workers > 1 and sum(map(len, texts)) >= _PARALLEL_MIN_CHARS:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_black, texts))
    else:
        results = [_black(text) for text in texts]
    for name, formatted in zip(order, results, strict=True):
        cache.store("black", misses[name], formatted)
        out[name] = formatted
    return out


def _black(source: str) -> str:
    return black.format_str(source, mode=MODE)
