"""generator.pointer: RFC 6901 escaping, and the generated test kit's copy of it."""

from __future__ import annotations

import ast
from collections.abc import Callable

import pytest

from generator.pointer import escape, pointer, tokens, unescape

from .conftest import REPO

# `~` must be escaped before `/` and unescaped after it; '' and non-ASCII pass through
TRICKY = {"a/b": "a~1b", "~": "~0", "~1": "~01", "~01": "~001", "": "", "/": "~1",
          "~/": "~0~1", "a~b/c": "a~0b~1c", "ünï/cødé~": "ünï~1cødé~0", "{id}": "{id}"}


def _kit_escape() -> Callable[[str], str]:
    """The kit runtime's `_escape`, compiled alone from the template (the kit imports its
    package's runtime, so the module itself only loads inside a generated package)."""
    source = (REPO / "templates" / "testing_runtime.py").read_text(encoding="utf-8")
    [function] = [node for node in ast.parse(source).body
                  if isinstance(node, ast.FunctionDef) and node.name == "_escape"]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module([function], []), "testing_runtime.py", "exec"), namespace)
    return namespace["_escape"]  # type: ignore[return-value]


@pytest.mark.parametrize(("raw", "written"), TRICKY.items())
def test_escape_and_unescape_are_inverse_on_tricky_tokens(raw: str, written: str) -> None:
    assert escape(raw) == written
    assert unescape(written) == raw


@pytest.mark.parametrize("raw", TRICKY)
def test_the_kit_runtime_escapes_as_the_generator_does(raw: str) -> None:
    assert _kit_escape()(raw) == escape(raw)


def test_unescaping_in_the_wrong_order_would_turn_tilde_one_into_a_slash() -> None:
    assert unescape("~01") == "~1"
    assert unescape("~10") == "/0"


def test_pointer_builds_from_keys_and_indexes() -> None:
    assert pointer() == "#"
    assert pointer("paths", "/users/{id}", "get") == "#/paths/~1users~1{id}/get"
    assert pointer("a~b", 0) == "#/a~0b/0"


def test_tokens_split_what_pointer_builds() -> None:
    keys = list(TRICKY)
    assert tokens(pointer(*keys)) == keys
    assert tokens("#") == [] and tokens("") == []
    assert tokens("#/") == [""]  # RFC 6901: the key "" of the root
    assert tokens("/a~1b/0") == ["a/b", "0"]  # without the fragment's `#`


def test_a_uri_fragment_is_percent_decoded_before_it_is_unescaped() -> None:
    assert tokens("#/%7Bid%7D/a~1b/100%25", uri=True) == ["{id}", "a/b", "100%"]
    assert unescape("%7E1", uri=True) == "/"  # `%7E` is `~`, then `~1` is `/`
    assert unescape("%7E1") == "%7E1"
