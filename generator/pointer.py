"""JSON pointers (RFC 6901), the one place their escaping is written.

A pointer such as `#/paths/~1users/get` names a node of a spec: each token is a key or an
index, with `~` written `~0` and `/` written `~1`. Every stage places what it reports with
one, and the diff and the lock compare them as text, so all must escape alike. The
generated test kit keeps its own copy (templates/testing_runtime.py cannot import the
generator); tests/unit/test_pointer.py holds the two to the same answers.
"""

from __future__ import annotations

from urllib.parse import unquote


def escape(token: str | int) -> str:
    """One key or index as written in a pointer: `a/b~` -> `a~1b~0` (`~` first, so the
    `~` that `/` becomes is not escaped again)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str, *, uri: bool = False) -> str:
    """A written token back to its key: `~1` -> `/`, then `~0` -> `~` (so `~01` is `~1`).

    `uri`: the token comes from a URI fragment (a `$ref`'s), whose percent-escapes come off
    first (`%7Bid%7D` is `{id}`).
    """
    return (unquote(token) if uri else token).replace("~1", "/").replace("~0", "~")


def pointer(*tokens: str | int) -> str:
    """`#/paths/~1users/get` from the keys and indexes `paths`, `/users`, `get`."""
    return "#" + "".join("/" + escape(t) for t in tokens)


def tokens(ptr: str, *, uri: bool = False) -> list[str]:
    """The keys of `#/a~1b/0` (or `/a~1b/0`): `["a/b", "0"]`; `#` (the root) has none.

    `uri` as for unescape: `ptr` is a `$ref`'s fragment.
    """
    body = ptr[1:] if ptr.startswith("#") else ptr
    return [unescape(token, uri=uri) for token in body.split("/")[1:]]
