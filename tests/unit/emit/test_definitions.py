"""generator.emit.definitions: a module per definition; aliases after the aliases they name,
and one that names a later one (a cycle) quoted."""

from __future__ import annotations

import ast

from generator.emit.context import AliasView
from generator.emit.definitions import alias_order
from generator.emit.view import build_view


def _alias(key: str, *refs: str) -> AliasView:
    return AliasView(key, key.lower(), f"_m.{key} | int", "", [], key, refs)


def test_an_alias_comes_after_the_aliases_it_names() -> None:
    ordered = alias_order([_alias("A", "B"), _alias("B", "C", "Model"), _alias("C")])
    assert [a.key for a in ordered] == ["C", "B", "A"]
    assert all(not a.annotation.startswith("'") for a in ordered)  # none is named early


def test_an_alias_in_a_cycle_is_quoted_where_it_names_one_not_yet_defined() -> None:
    ordered = alias_order([_alias("A", "B"), _alias("B", "A")])
    assert [a.key for a in ordered] == ["B", "A"]
    first, second = ordered
    assert ast.literal_eval(first.annotation) == "_m.B | int"  # names A, defined after it
    assert second.annotation == "_m.A | int"


SPEC = """
openapi: 3.0.3
info: {title: Defs, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
        when: {type: string, format: date-time, nullable: true}
    Colour: {type: string, enum: [red]}
    Either:
      oneOf: [{$ref: "#/components/schemas/Thing"}, {type: integer}]
"""


def test_each_definition_becomes_its_kind_of_module(write, load) -> None:
    view = build_view(load(write("defs.yaml", SPEC))[0], "defs_client")
    assert [(m.name, m.module) for m in view.models] == [("Thing", "thing")]
    assert [(e.name, e.base) for e in view.enums] == [("Colour", "_enum.StrEnum")]
    assert [(a.name, a.annotation) for a in view.aliases] == [("Either", "_m.Thing | int")]
    [thing] = view.models
    fields = {f.attr: f for f in thing.fields}
    assert fields["id"].value is None  # required, its annotation names its codec
    assert fields["when"].annotation == "_dt.datetime | None"
    assert fields["when"].value is not None and "default=_rt.UNSET" in fields["when"].value
    assert "import datetime as _dt" in thing.imports


def test_a_fields_pattern_is_in_its_docstring_as_the_spec_writes_it(write) -> None:
    from generator.generate import generate
    spec = write("spec.yaml", r'''
        openapi: 3.0.3
        info: {title: p, version: "1"}
        paths: {}
        components:
          schemas:
            Code:
              type: object
              properties:
                code: {type: string, description: The code., pattern: '^\d+"""$'}
                tags: {type: array, items: {type: string, pattern: '^[a-z]+$'}}
        ''')
    source = generate(spec, "pat").files["pat/models/code.py"]
    assert '"""The code.\n\n    Matches the pattern ^\\\\d+\\"\\"\\"$\n    """' in source
    assert '"""Each item matches the pattern ^[a-z]+$"""' in source
    compile(source, "code.py", "exec")
