"""Shared by the corpus and the any-spec property test: generate a spec and check its code.

`generated_or_refused(spec)` returns the files, or None when the spec is refused with
diagnostics (a SpecError whose code is not internal); any other outcome fails with the spec
pointer that produced the bad code, found by rendering again without black and looking up
the class or method around the line that does not parse.
"""

from __future__ import annotations

import ast
from pathlib import Path

from generator.diagnostics import Sink, SpecError
from generator.emit import render, view
from generator.generate import generate
from generator.model.resolve import load_api
from generator.names.assign import Names


class BadOutput(AssertionError):
    """Generated code that does not parse, with the spec pointer that produced it."""


def generated_or_refused(spec: Path, package: str) -> dict[str, str] | None:
    try:
        files = generate(spec, package).files
    except SpecError as error:
        if any(d.code.startswith("internal") for d in error.diagnostics):
            raise BadOutput(f"{spec}: {_explain(spec, package)}") from None
        return None
    for name, text in files.items():
        if name.endswith(".py"):
            try:
                ast.parse(text)
            except SyntaxError as exc:
                raise BadOutput(f"{spec}: {name}:{exc.lineno} does not parse "
                                f"({_explain(spec, package)})") from None
    return files


def _explain(spec: Path, package: str) -> str:
    """Which spec pointer the first unparsable line of the unformatted output comes from."""
    api = load_api(spec, Sink())
    package_view = view.build_view(api, package)
    # the formatting pass left out (an identity formatter) to see the raw text
    sources = render.render_package(package_view, None, lambda sources: sources)
    names = Names(api)
    by_class = {name: api.definitions[key].pointer for key, name in names.classes.items()}
    by_method = {_snake(op): op.pointer for op in api.operations}
    for name, text in sources.items():
        if not name.endswith(".py"):
            continue
        try:
            ast.parse(text)
        except SyntaxError as exc:
            owner = _owner(text, exc.lineno or 0, by_class, by_method)
            return f"{name}:{exc.lineno}: {exc.msg}; made from {owner}"
    return "the formatter refused output that parses"


def _owner(text: str, line: int, by_class: dict[str, str], by_method: dict[str, str]) -> str:
    """The pointer of a class the line names (an import of it), else of the nearest class
    or method above `line` (or the line itself)."""
    rows = text.splitlines()
    if 0 < line <= len(rows):
        named = [by_class[w] for w in rows[line - 1].replace(",", " ").split() if w in by_class]
        if named:
            return named[0]
    for row in reversed(rows[:line]):
        words = row.replace("(", " ").replace(":", " ").split()
        if words[:1] == ["async"]:
            words = words[1:]
        if len(words) >= 2 and words[0] in ("class", "def"):
            return by_class.get(words[1]) or by_method.get(words[1]) or f"`{row.strip()}`"
    return "the module's head (title, servers or auth)"


def _snake(op: object) -> str:
    from generator.names.identifiers import snake_case

    operation_id = getattr(op, "operation_id", None)
    return snake_case(operation_id or f"{getattr(op, 'method', '')} {getattr(op, 'path', '')}")
