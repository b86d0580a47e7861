"""Property: any spec text is either refused with diagnostics or becomes code that parses.

Hypothesis draws documents that are OpenAPI-shaped but not necessarily valid: schemas
nested from every keyword, properties named after those keywords (and after builtins),
`$ref`s between components (so cycles through unions, arrays, allOf and discriminator
mappings come up), data under `example`/`default` that looks like a ref, `x-` keys beside
status codes, every parameter location including 3.2's querystring, and documents without
`info` or `paths`. For each one, `generate()` either raises SpecError (not an internal one)
or returns modules that all parse; anything else fails, naming the spec pointer that made
the bad line (tests/corpus/spec_check.py). Importing and mypy are the corpus test's job.

Derandomized, no database: every run sees the same 60 examples (~30 s on 2 cores).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_check import generated_or_refused

COMPONENTS = ("A", "B", "C", "Pet")
NAMES = ("default", "enum", "items", "type", "properties", "required", "discriminator",
         "example", "$ref", "x-ext", "allOf", "oneOf", "classmethod", "property",
         "staticmethod", "list", "dict", "self", "kind", "id", "a b", '"""', "")
REFS = st.sampled_from(COMPONENTS).map(lambda n: {"$ref": f"#/components/schemas/{n}"})
DATA = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=2)
                    | st.dictionaries(st.sampled_from(NAMES), inner, max_size=2),
                    max_leaves=4) | REFS


def _leaf() -> st.SearchStrategy[dict[str, Any]]:
    primitive = st.sampled_from(["string", "integer", "number", "boolean", "null", "object",
                                 "array"])
    fmt = st.sampled_from(["date-time", "date", "uuid", "binary", "byte", "int64"])
    return st.one_of(
        REFS,
        st.just({}),
        st.builds(lambda t: {"type": t}, primitive),
        st.builds(lambda f: {"type": "string", "format": f}, fmt),
        st.builds(lambda v: {"enum": v}, st.lists(st.text(max_size=4) | st.integers()
                                                  | st.none(), min_size=1, max_size=3)),
        st.builds(lambda v: {"const": v}, st.text(max_size=4) | st.integers()),
    )


def _extend(child: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    names = st.sampled_from(NAMES)
    return st.one_of(
        st.builds(lambda p, r: {"type": "object", "properties": p,
                                **({"required": r} if r else {})},
                  st.dictionaries(names, child, max_size=4), st.lists(names, max_size=2)),
        st.builds(lambda c: {"type": "array", "items": c}, child),
        st.builds(lambda c: {"additionalProperties": c, "type": "object"}, child),
        st.builds(lambda k, cs: {k: cs}, st.sampled_from(["oneOf", "anyOf", "allOf"]),
                  st.lists(child, min_size=1, max_size=3)),
        st.builds(lambda cs, prop, mapping: {"oneOf": cs, "discriminator": {
            "propertyName": prop, **({"mapping": mapping} if mapping else {})}},
                  st.lists(REFS, min_size=1, max_size=3), names,
                  st.dictionaries(st.sampled_from(["x", "y", "kind"]),
                                  REFS.map(lambda r: r["$ref"]), max_size=3)),
        st.builds(lambda c, n, d: {**c, "nullable": n, "example": d},
                  child, st.booleans(), DATA),
    )


SCHEMAS = st.recursive(_leaf(), _extend, max_leaves=8)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    version = draw(st.sampled_from(["3.0.3", "3.1.0", "3.2.0", "2.0"]))
    doc: dict[str, Any] = {"swagger": "2.0"} if version == "2.0" else {"openapi": version}
    if draw(st.booleans()) or version == "2.0":
        doc["info"] = {"title": draw(st.text(max_size=6)), "version": "1"}
    # every component exists and none is a bare $ref, so most documents are valid
    schemas = draw(st.fixed_dictionaries({name: _extend(SCHEMAS) for name in COMPONENTS}))
    if version == "2.0":
        doc["definitions"] = schemas
        doc["paths"] = {}
        return json.loads(json.dumps(doc).replace("#/components/schemas/", "#/definitions/"))
    doc["components"] = {"schemas": schemas}
    if draw(st.booleans()):
        location = draw(st.sampled_from(["query", "header", "path", "cookie", "querystring"]))
        param: dict[str, Any] = {"name": draw(st.sampled_from(NAMES)) or "p", "in": location,
                                 "required": location == "path"}
        if location == "querystring":
            param["content"] = {"application/x-www-form-urlencoded": {"schema": draw(REFS)}}
        else:
            param["schema"] = draw(SCHEMAS)
        path = "/things/{" + param["name"] + "}" if location == "path" else "/things"
        responses: dict[str, Any] = {"200": {"description": "ok", "content": {
            "application/json": {"schema": draw(SCHEMAS)}}}}
        if draw(st.booleans()):
            responses["x-extra"] = {"description": "x", "content": {"application/json": {
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}}
        doc["paths"] = {path: {"get": {"operationId": draw(st.sampled_from(NAMES)) or "op",
                                       "parameters": [param], "responses": responses}}}
    elif draw(st.booleans()):
        doc["paths"] = {}
    return doc


@settings(max_examples=60, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_any_spec_is_refused_or_generates_code_that_parses(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "spec.json"
        spec.write_text(json.dumps(doc))
        generated_or_refused(spec, "anyspec")
