"""How spec text enters generated code: only through `literal()` and `docstring()`.

A description, name, default or enum value from a spec is untrusted; as a literal or a
docstring it can never end the string, comment or docstring it stands in.
"""

from __future__ import annotations

import math
from typing import Any


def literal(value: Any) -> str:
    """A Python literal for a spec value: repr() escapes quotes, backslashes and controls."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    raise TypeError(f"not a literal: {type(value).__name__}")


def docstring(text: str | None, indent: str = "") -> str:
    """A triple-quoted docstring whose content cannot close it or escape from it."""
    if not text:
        return ""
    cleaned = printable(text).replace("\\", "\\\\").strip()
    if '""' in cleaned or cleaned.endswith('"'):
        cleaned = cleaned.replace('"', '\\"')
    lines = [line.rstrip() for line in cleaned.splitlines()]
    body = ("\n" + indent).join(lines).replace("\n" + indent + "\n", "\n\n")
    return f'"""{body}"""' if len(lines) == 1 else f'"""{body}\n{indent}"""'


def printable(text: str) -> str:
    """Spec text with every character that is not printable but a newline (NUL, ESC and other
    controls, tabs, separators) made a space: what reads it (an agent, a terminal) sees the
    words, never a colour, a cursor move or a hidden character."""
    cleaned = text.replace("\t", " ")
    if cleaned.replace("\n", "").isprintable():  # most text is: no walk over its characters
        return cleaned
    return "".join(c if c.isprintable() or c == "\n" else " " for c in cleaned)
