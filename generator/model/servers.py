"""Whether a spec's server URL is one a client can send to: the one rule generation uses.

resolve warns with it and readme shows the URL as the default only when it holds. The
generated runtime has the same rule (`base_url_problem` in templates/runtime.py); a test
feeds both the same URLs and compares their answers.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

# what a URL cannot hold as written (RFC 3986 leaves them out); whitespace is checked apart
_NOT_IN_URLS = frozenset('"<>\\^`|')


def server_url_problem(url: str) -> str | None:
    """Why requests cannot be sent below `url` (`is relative`, ...), or None when it is an
    absolute http(s) URL with a host, no `{variable}` and no character a URL cannot hold."""
    if "{" in url or "}" in url:
        return "keeps a {variable} that has no default"
    if not url.isprintable() or any(c.isspace() or c in _NOT_IN_URLS for c in url):
        return "holds a space or a character a URL cannot hold"
    try:
        urlsplit(url).port  # noqa: B018 - reading it raises ValueError for a malformed port
        parsed = httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        return "is malformed"
    if not parsed.scheme:
        return "is relative"
    if parsed.scheme not in ("http", "https"):
        return f"is not http(s) ({parsed.scheme}:)"
    return None if parsed.host else "has no host"


def base_path(url: str) -> str:
    """The path of a URL, when it is one a base URL can end with (`/v1.53` of `/v1.53`),
    else "": what the README's placeholder keeps of an unusable URL (the runtime's twin)."""
    try:
        path = urlsplit(url).path if "{" not in url and "@" not in url else ""
    except ValueError:
        return ""
    path = path.rstrip("/") if path.startswith("/") and not path.startswith("//") else ""
    return path if server_url_problem("http://host" + path) is None else ""
