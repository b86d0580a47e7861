"""Property-based test: random valid specs give packages that import, pass mypy --strict,
call an operation and round-trip their data.

Hypothesis draws small OpenAPI 3.0 / 3.1 descriptions from our own strategies (not
hypothesis-jsonschema): one to four component schemas (objects, some extending a later one
through `allOf`, and string or integer enums) whose properties have hostile names
(keywords, builtins, the generated code's own member names, dashes, digits, quotes,
backslashes, non-ASCII, names that clash once snake-cased); primitive types with their
formats; arrays, maps, nested inline objects, inline enums, unions (oneOf, anyOf, 3.1 type
arrays), free-form values; `nullable` in each version's own spelling; random `required`
subsets, readOnly / writeOnly, `additionalProperties: false`; `$ref`s between schemas (to
itself only where data can end: optional properties, array items, map values);
descriptions, defaults, summaries, titles and enum values crafted to end a string,
docstring or comment; tags with slashes and spaces; one or two operations with optional
query parameters named like the method's own arguments. For each spec:

- `generator.generate.generate` turns it into a package without error;
- a fresh interpreter imports the package (hostile text carries a canary that exits with
  97 if any of it runs on import), and for every component model checks
  `Model.from_dict(d).to_dict() == d` (compared as JSON text, so 1, 1.0 and true differ)
  on wire dicts drawn from the same schemas: valid data, with date-times written as the
  runtime writes them (`Z` for UTC, no more fractional digits than needed) and UUIDs in
  lower case, which must also decode with `strict=True`; and lenient data (unknown fields,
  missing required fields, values of the wrong type), which the contract says is kept as
  received and so must come back out unchanged;
- the same interpreter calls GET /items/{item-id} through `Client` over an in-process
  httpx.MockTransport (no socket) and checks the decoded body against what was served,
  and that a path parameter full of `/ ? # % &` arrives as one percent-encoded segment;
- after the examples, `mypy --strict` runs once over all the generated packages.

Hypothesis runs derandomized with no example database, so every run, CI's included, sees
the same examples; the file takes about 30 s on the 2-core machine, cold format cache.
Constructs that exposed generator bugs are left out of the strategies, each with a comment.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import itertools
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Sink, pointer
from generator.emit.view import PackageView, build_view
from generator.generate import generate
from generator.model.resolve import load_api
from generator.names.assign import Names

MAX_EXAMPLES = 50
CANARY_EXIT = 97
_CANARY = f"__import__('sys').exit({CANARY_EXIT})"

# -- the schema model the strategies draw, and its rendering as OpenAPI ----------------------


@dataclasses.dataclass(frozen=True)
class Prim:
    kind: str  # string, integer, number, boolean
    fmt: str | None = None


@dataclasses.dataclass(frozen=True)
class EnumS:
    values: tuple[Any, ...]


@dataclasses.dataclass(frozen=True)
class Arr:
    item: Node


@dataclasses.dataclass(frozen=True)
class MapS:
    value: Node


@dataclasses.dataclass(frozen=True)
class Prop:
    name: str
    node: Node
    required: bool
    read_only: bool = False
    write_only: bool = False
    description: str | None = None
    default: str | None = None


@dataclasses.dataclass(frozen=True)
class Obj:
    props: tuple[Prop, ...]
    closed: bool = False  # additionalProperties: false


@dataclasses.dataclass(frozen=True)
class RefS:
    index: int


@dataclasses.dataclass(frozen=True)
class NullableS:
    inner: Node


@dataclasses.dataclass(frozen=True)
class UnionS:
    variants: tuple[Prim, ...]
    keyword: str  # oneOf, anyOf, or "type" (a 3.1 type array)


@dataclasses.dataclass(frozen=True)
class AnyS:
    pass


Node = Prim | EnumS | Arr | MapS | Obj | RefS | NullableS | UnionS | AnyS


@dataclasses.dataclass(frozen=True)
class Component:
    name: str
    body: Obj | EnumS
    parent: int | None = None  # allOf: [$ref parent, {own properties}]
    description: str | None = None


@dataclasses.dataclass(frozen=True)
class Case:
    version: str
    components: tuple[Component, ...]
    spec: dict[str, Any]


def _ref(components: tuple[Component, ...] | list[Component], index: int) -> dict[str, str]:
    return {"$ref": pointer("components", "schemas", components[index].name)}


def render(node: Node, version: str, components: list[Component]) -> dict[str, Any]:
    is_31 = version.startswith("3.1")
    if isinstance(node, Prim):
        out: dict[str, Any] = {"type": node.kind}
        if node.fmt:
            out["format"] = node.fmt
        return out
    if isinstance(node, EnumS):
        kind = "integer" if isinstance(node.values[0], int) else "string"
        return {"type": kind, "enum": list(node.values)}
    if isinstance(node, Arr):
        return {"type": "array", "items": render(node.item, version, components)}
    if isinstance(node, MapS):
        return {"type": "object",
                "additionalProperties": render(node.value, version, components)}
    if isinstance(node, Obj):
        out = {"type": "object", "properties": {}}
        for prop in node.props:
            schema = render(prop.node, version, components)
            extra: dict[str, Any] = {}
            if prop.read_only:
                extra["readOnly"] = True
            if prop.write_only:
                extra["writeOnly"] = True
            if prop.description is not None:
                extra["description"] = prop.description
            if prop.default is not None:
                extra["default"] = prop.default
            if extra and "$ref" in schema:  # keywords beside a $ref only count in 3.1
                schema = {"allOf": [schema]}
            out["properties"][prop.name] = {**schema, **extra}
        required = [p.name for p in node.props if p.required]
        if required:
            out["required"] = required
        if node.closed:
            out["additionalProperties"] = False
        return out
    if isinstance(node, RefS):
        return _ref(components, node.index)
    if isinstance(node, NullableS):
        inner = render(node.inner, version, components)
        if "$ref" in inner:
            return {"anyOf": [inner, {"type": "null"}]} if is_31 \
                else {"allOf": [inner], "nullable": True}
        if isinstance(node.inner, EnumS):
            inner["enum"] = [*inner["enum"], None]
        if is_31:
            return {**inner, "type": [inner["type"], "null"]}
        return {**inner, "nullable": True}
    if isinstance(node, UnionS):
        if node.keyword == "type" and is_31:
            return {"type": [v.kind for v in node.variants]}
        if node.keyword == "type":  # no type arrays before 3.1
            return {"anyOf": [render(v, version, components) for v in node.variants]}
        return {node.keyword: [render(v, version, components) for v in node.variants]}
    return {}


def render_component(component: Component, version: str,
                     components: list[Component]) -> dict[str, Any]:
    body = render(component.body, version, components)
    if component.parent is not None:
        body = {"allOf": [_ref(components, component.parent), body]}
    if component.description is not None:
        body["description"] = component.description
    return body


# -- strategies -------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "class", "def", "from", "import", "return", "lambda", "None", "True", "not", "async",
    "self", "cls", "type", "match", "list", "dict", "str", "int", "float", "bool", "bytes",
    "id", "print", "object", "additional_properties", "additionalProperties", "from_dict",
    "to_dict", "_fields", "_bind", "__init__", "__class__", "__slots__", "_", "UNSET",
    "_rt", "_dc", "_t", "_dt", "_uuid", "_enum", "mro", "name", "value", "a-b", "a b", "a.b",
    "1st", "2", "007", "$schema", "@type", 'say "hi"', "it's", "back\\slash", "trailing\\",
    "'''", '"""', "café", "ünïcödé", "fooBar", "foo_bar", "FooBar", "foo-bar", "FOO_BAR",
    "x" * 70,
]
HOSTILE_TEXT = [
    'ends """ here', "ends ''' here", "trailing backslash \\", '"', "\\", "\\n not a newline",
    f'"""\n{_CANARY}\n"""', f"'''\n{_CANARY}\n'''", f'"; {_CANARY}; "', f"'; {_CANARY}; '",
    f"\n# comment\n{_CANARY}", f"*/ {_CANARY} /*", "{{ jinja }} {% raw %}", "\t\x0b\x0c\r",
    "line one\n\nline two", "\u2028\u2029", "emoji \U0001f600",
]
HOSTILE_ENUM_VALUES = [
    "a", "b", "A", "in-progress", "in_progress", "IN PROGRESS", "", " ", "1", "2fa", "None",
    "class", "mro", "name", "value", "_missing_", 'q"uote', "it's", "back\\slash", "\\",
    '"""', "'''", _CANARY, "é", "UPPER", "upper", "Upper",
]
# names of Python builtins ("ValueError", "Exception") once made mypy take the class for the
# builtin in annotations written before it; they now get a trailing `_`
SCHEMA_NAMES = [
    "Pet", "pet", "Pet_", "PetItem", "Pet-Item", "pet.item", "class", "None", "Model", "Unset",
    "Client", "Field", "Codec", "2Fast", "A_B", "ab", "AB", "List", "Any", "Enum", "Optional",
    "str", "datetime", "uuid", "dataclass", "Thing", "Thing2", "Mapping", "Union", "UNSET",
    "ValueError", "Exception", "Warning",
]
# optional query parameters named like the method's own arguments and locals ("call"),
# builtins used in annotations ("str", "list"), keywords and so on
QUERY_NAMES = ["page-size", "class", "self", "body", "timeout", "request", "params",
               "headers", "_rt", "_t", "_m", "_models", "client", "cast", "None", "Any", "typing",
               "with_raw_response", 'q"uote', "back\\slash", "é", "2nd", "itemId", "call",
               "str", "list", "dict"]
STRING_FORMATS = [None, None, "date-time", "date", "uuid", "email", "uri", "byte", "password"]


def prim() -> st.SearchStrategy[Prim]:
    return st.one_of(
        st.sampled_from(STRING_FORMATS).map(lambda f: Prim("string", f)),
        st.sampled_from([None, "int32", "int64"]).map(lambda f: Prim("integer", f)),
        st.sampled_from([None, "float", "double"]).map(lambda f: Prim("number", f)),
        st.just(Prim("boolean")),
    )


def enum_s() -> st.SearchStrategy[EnumS]:
    strings = st.lists(st.sampled_from(HOSTILE_ENUM_VALUES), min_size=1, max_size=5,
                       unique=True)
    ints = st.lists(st.integers(-3, 1000), min_size=1, max_size=4, unique=True)
    return st.one_of(strings, ints).map(lambda values: EnumS(tuple(values)))


def prop_names() -> st.SearchStrategy[list[str]]:
    plain = st.from_regex(r"[a-z][a-zA-Z0-9_]{0,8}", fullmatch=True)
    return st.lists(st.one_of(st.sampled_from(HOSTILE_NAMES), plain), min_size=0, max_size=5,
                    unique=True)


@st.composite
def node(draw: st.DrawFn, index: int, count: int, depth: int, required: bool) -> Node:
    """A property's schema inside component `index` of `count`.

    Refs go to later components (so data always ends), and to the component itself only
    where an instance can stop: an optional property, an array item or a map value.
    """
    later = list(range(index + 1, count))
    kinds = ["prim"] * 4 + ["enum", "union", "any"]
    if later:
        kinds += ["ref"] * 2
    if not required:
        kinds += ["self"]
    if depth > 0:
        kinds += ["array", "map", "object"]
    kind = draw(st.sampled_from(kinds))
    result: Node
    if kind == "prim":
        result = draw(prim())
    elif kind == "enum":
        result = draw(enum_s())
    elif kind == "union":
        # a date-time / date / uuid string beside another type once made UnionOf raise
        # AttributeError on the other type's values
        variants = draw(st.lists(prim(), min_size=2, max_size=3, unique_by=lambda p: p.kind))
        keyword = draw(st.sampled_from(["oneOf", "anyOf", "type"]))
        if keyword == "type":
            variants = [Prim(v.kind) for v in variants]
        result = UnionS(tuple(variants), keyword)
    elif kind == "any":
        result = AnyS()
    elif kind == "ref":
        result = RefS(draw(st.sampled_from(later)))
    elif kind == "self":
        result = RefS(index)
    elif kind == "array":
        result = Arr(draw(node(index, count, depth - 1, required=False)))
    elif kind == "map":
        result = MapS(draw(node(index, count, depth - 1, required=False)))
    else:
        result = draw(obj(index, count, depth - 1))
    if kind not in ("union", "any") and draw(st.integers(0, 3)) == 0:
        result = NullableS(result)
    return result


@st.composite
def obj(draw: st.DrawFn, index: int, count: int, depth: int,
        taken: frozenset[str] = frozenset()) -> Obj:
    names = [n for n in draw(prop_names()) if n not in taken]
    props = []
    for name in names:
        required = draw(st.booleans())
        prop_node = draw(node(index, count, depth, required))
        access = draw(st.sampled_from(["both"] * 6 + ["read", "write"]))
        props.append(Prop(
            name=name,
            node=prop_node,
            required=required,
            read_only=access == "read",
            write_only=access == "write",
            description=draw(st.none() | st.sampled_from(HOSTILE_TEXT)),
            default=draw(st.none() | st.sampled_from(HOSTILE_TEXT))
            if prop_node == Prim("string") else None,
        ))
    return Obj(tuple(props), closed=draw(st.integers(0, 4)) == 0)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    names = draw(st.lists(st.sampled_from(SCHEMA_NAMES), min_size=1, max_size=4, unique=True))
    count = len(names)
    # drawn last to first: a schema refers only to later ones (and to itself), so the later
    # ones, and the properties an allOf parent brings, are known when it is drawn
    drawn: dict[int, Component] = {}
    for index in reversed(range(count)):
        description = draw(st.none() | st.sampled_from(HOSTILE_TEXT))
        if index > 0 and draw(st.integers(0, 4)) == 0:
            drawn[index] = Component(names[index], draw(enum_s()), None, description)
            continue
        objects = [j for j in range(index + 1, count) if isinstance(drawn[j].body, Obj)]
        parent = draw(st.none() | st.sampled_from(objects)) if objects else None
        taken = frozenset(p.name for p in merged_props(parent, drawn)) \
            if parent is not None else frozenset()
        drawn[index] = Component(names[index], draw(obj(index, count, 2, taken)), parent,
                                 description)
    components = [drawn[i] for i in range(count)]
    spec = {
        "openapi": version,
        "info": {"title": draw(st.sampled_from(["API", 'Quote " API', "Back\\slash API"])),
                 "version": "1.0.0", "description": draw(st.sampled_from(HOSTILE_TEXT))},
        "servers": [{"url": "http://127.0.0.1:9"}],
        "paths": draw(paths(components)),
        "components": {"schemas": {
            c.name: render_component(c, version, components) for c in components}},
    }
    return Case(version, tuple(components), spec)


def merged_props(index: int, components: dict[int, Component] | list[Component]) -> list[Prop]:
    """A component's properties with those its allOf parents bring first."""
    component = components[index]
    assert isinstance(component.body, Obj)
    inherited = merged_props(component.parent, components) \
        if component.parent is not None else []
    return [*inherited, *component.body.props]


@st.composite
def paths(draw: st.DrawFn, components: list[Component]) -> dict[str, Any]:
    objects = [i for i, c in enumerate(components) if isinstance(c.body, Obj)]
    query_names = draw(st.lists(st.sampled_from(QUERY_NAMES), max_size=4, unique=True))
    op_ids = draw(st.lists(st.sampled_from(["getItem", "get_item", "GetItem", "class",
                                            "list", "delete", "with_raw_response", "close"]),
                           min_size=2, max_size=2, unique=True))
    tag = draw(st.sampled_from(["items", "Pet Store/v2", "class", "../etc", "a-b"]))
    body_ref = _ref(components, draw(st.sampled_from(objects))) if objects else {"type": "object"}
    get_op: dict[str, Any] = {
        "operationId": op_ids[0],
        "tags": [tag],
        "summary": draw(st.sampled_from(HOSTILE_TEXT)),
        "description": draw(st.sampled_from(HOSTILE_TEXT)),
        "parameters": [
            {"name": "item-id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}},
            *({"name": name, "in": "query", "schema": draw(st.sampled_from([
                {"type": "integer"}, {"type": "string"},
                {"type": "array", "items": {"type": "string"}}]))} for name in query_names),
        ],
        "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": body_ref}}}},
    }
    result: dict[str, Any] = {"/items/{item-id}": {"get": get_op}}
    if draw(st.booleans()):
        result["/items"] = {"post": {
            "operationId": op_ids[1],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": body_ref}}},
            "responses": {"201": {"description": "created", "content": {
                "application/json": {"schema": body_ref}}},
                "204": {"description": "nothing"}},
        }}
    return result


# -- wire data drawn from the same schemas ------------------------------------------------------

_TIMEZONES = [dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30)),
              dt.timezone(dt.timedelta(hours=-8))]
JSON_SCALARS = st.none() | st.booleans() | st.integers(-10**6, 10**6) \
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=6)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=2),
    max_leaves=4,
)


def wire_datetime(value: dt.datetime) -> str:
    """RFC 3339 as the runtime writes it: `Z` for UTC, the fewest fractional digits of
    none / milliseconds / microseconds that hold the value."""
    micro = value.microsecond
    spec = "seconds" if micro == 0 else "milliseconds" if micro % 1000 == 0 else "microseconds"
    text = value.isoformat(timespec=spec)
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def prim_values(p: Prim) -> st.SearchStrategy[Any]:
    if p.kind == "string":
        if p.fmt == "date-time":
            return st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30),
                                timezones=st.sampled_from(_TIMEZONES)).map(wire_datetime)
        if p.fmt == "date":
            return st.dates().map(dt.date.isoformat)
        if p.fmt == "uuid":
            return st.uuids().map(str)
        return st.text(max_size=8)
    if p.kind == "integer":
        return st.integers(-2**63, 2**63 - 1)
    if p.kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**9, 10**9)
    return st.booleans()


@dataclasses.dataclass(frozen=True)
class DataRules:
    components: tuple[Component, ...]
    lenient: bool  # add unknown fields, drop required ones, put wrong types in


@st.composite
def values(draw: st.DrawFn, n: Node, rules: DataRules, depth: int) -> Any:
    if rules.lenient and draw(st.integers(0, 9)) == 0:
        # a value of the wrong type; no text a date-time, date or UUID parser would take
        return draw(JSON_VALUES.filter(lambda v: not isinstance(v, str))
                    | st.text(max_size=6).map(lambda t: "junk:" + t))
    if isinstance(n, Prim):
        return draw(prim_values(n))
    if isinstance(n, EnumS):
        return draw(st.sampled_from(n.values))
    if isinstance(n, Arr):
        return draw(st.lists(values(n.item, rules, depth - 1), max_size=2 if depth > 0 else 0))
    if isinstance(n, MapS):
        return draw(st.dictionaries(st.text(max_size=5), values(n.value, rules, depth - 1),
                                    max_size=2 if depth > 0 else 0))
    if isinstance(n, Obj):
        return draw(obj_values(list(n.props), rules, depth))
    if isinstance(n, RefS):
        component = rules.components[n.index]
        if isinstance(component.body, EnumS):
            return draw(st.sampled_from(component.body.values))
        return draw(obj_values(merged_props(n.index, rules.components), rules, depth))
    if isinstance(n, NullableS):
        if depth <= 0 or draw(st.booleans()):
            return None
        return draw(values(n.inner, rules, depth))
    if isinstance(n, UnionS):
        return draw(st.one_of([prim_values(v) for v in n.variants]))
    return draw(JSON_VALUES)


@st.composite
def obj_values(draw: st.DrawFn, props: list[Prop], rules: DataRules, depth: int) -> Any:
    out: dict[str, Any] = {}
    for prop in props:
        keep = prop.required and not (rules.lenient and draw(st.integers(0, 5)) == 0)
        if not prop.required and depth > 0:
            keep = draw(st.booleans())
        if keep:
            out[prop.name] = draw(values(prop.node, rules, depth - 1))
    if rules.lenient:
        known = {p.name for p in props}
        extra = draw(st.dictionaries(st.text(max_size=6).filter(lambda k: k not in known),
                                     JSON_VALUES, max_size=2))
        out.update(extra)
    return out


@st.composite
def instances(draw: st.DrawFn, case: Case) -> list[tuple[int, bool, Any]]:
    """(component index, is valid, wire dict) for every object component, twice over."""
    found = []
    for index, component in enumerate(case.components):
        if not isinstance(component.body, Obj):
            continue
        for lenient in (False, True):
            rules = DataRules(case.components, lenient)
            data = draw(obj_values(merged_props(index, case.components), rules, 3))
            found.append((index, not lenient, data))
    return found


# -- the check run in a fresh interpreter ------------------------------------------------------

CHECK_SCRIPT = textwrap.dedent('''
    import importlib, json, sys

    root, package, cases_path, call_path = sys.argv[1:]
    sys.path.insert(0, root)
    pkg = importlib.import_module(package)
    models = importlib.import_module(package + ".models")
    assert isinstance(pkg.Client, type) and isinstance(pkg.AsyncClient, type)

    def canon(value):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    failures = []
    for class_name, valid, data in json.load(open(cases_path, encoding="utf-8")):
        model = getattr(models, class_name)
        try:
            out = model.from_dict(data).to_dict()
            if canon(out) != canon(data):
                failures.append(f"{class_name}: from_dict({canon(data)}).to_dict() gave "
                                f"{canon(out)}")
            if valid:
                strict = model.from_dict(data, strict=True).to_dict()
                if canon(strict) != canon(data):
                    failures.append(f"{class_name}: strict round trip gave {canon(strict)}")
        except Exception as exc:
            failures.append(f"{class_name}: {canon(data)} raised {type(exc).__name__}: {exc}")

    # one operation, against an in-process transport: the decoded body, and the path
    # parameter percent-encoded into one path segment
    import urllib.parse
    import httpx

    call = json.load(open(call_path, encoding="utf-8"))
    requests = []

    def handler(request):
        requests.append(request)
        return httpx.Response(200, json=call["body"])

    transport = httpx.MockTransport(handler)
    with pkg.Client(base_url="http://127.0.0.1:9/api",
                    http_client=httpx.Client(transport=transport)) as client:
        group = getattr(client, call["group"])
        result = getattr(group, call["method"])(**{call["path_kw"]: call["item"]})
    got = result.to_dict() if call["model"] else result
    if canon(got) != canon(call["body"]):
        failures.append(f"GET returned {canon(got)} for the body {canon(call['body'])}")
    path = requests[0].url.raw_path.decode("ascii").split("?")[0]
    prefix = "/api/items/"
    if not path.startswith(prefix) or "/" in path[len(prefix):] \
            or urllib.parse.unquote(path[len(prefix):]) != call["item"]:
        failures.append(f"path parameter {call['item']!r} sent as {path!r}")
    if failures:
        print("\\n".join(failures))
        sys.exit(1)
''')


ITEM_ID = "a/b c?d#e%f&g=h\\é"


def operation_call(case: Case, view: PackageView, class_names: dict[str, str],
                   drawn: list[tuple[int, bool, Any]]) -> dict[str, Any]:
    """How to call GET /items/{item-id}, and the body the server answers with."""
    group, op = next((g, o) for g in view.groups for o in g.operations
                     if o.http == "GET /items/{item-id}")
    function = ast.parse(f"def f({op.signature}): pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    required = [a.arg for a, default in zip(function.args.kwonlyargs,
                                            function.args.kw_defaults, strict=True)
                if default is None]
    assert len(required) == 1, op.signature  # item-id is the one required parameter
    schema = case.spec["paths"]["/items/{item-id}"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    body: Any = {"free": ["form", 1]}
    model = False
    for index, component in enumerate(case.components):
        key = pointer("components", "schemas", component.name)
        if schema.get("$ref") == key and key in class_names:
            body = next(d for i, valid, d in drawn if i == index and valid)
            model = True
    return {"group": group.attr, "method": op.name, "path_kw": required[0], "item": ITEM_ID,
            "body": body, "model": model}


# -- the test -----------------------------------------------------------------------------------


def test_random_specs_generate_sound_packages(tmp_path: Path) -> None:
    script = tmp_path / "check.py"
    script.write_text(CHECK_SCRIPT, encoding="utf-8")
    packages: list[tuple[Path, str]] = []
    numbers = itertools.count()

    # no shrinking: each example costs a generation and an interpreter, and the failing
    # example is printed whole (its spec is in the message) as it is
    @settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        case = data.draw(cases(), label="case")
        drawn = data.draw(instances(case), label="instances")
        number = next(numbers)
        package = f"prop{number}_client"
        folder = tmp_path / f"case{number}"
        folder.mkdir()
        spec_path = folder / "spec.json"
        spec_path.write_text(json.dumps(case.spec, indent=1), encoding="utf-8")
        result = generate(spec_path, package)
        for relative, text in result.files.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        api = load_api(spec_path, Sink())
        class_names = Names(api).classes
        wire_cases = []
        for index, valid, wire in drawn:
            component = case.components[index]
            key = pointer("components", "schemas", component.name)
            if key not in class_names:
                # an object schema with no properties is a free-form dict: no class
                assert component.parent is None and not merged_props(index, case.components)
                continue
            wire_cases.append((class_names[key], valid, wire))
        (folder / "cases.json").write_text(json.dumps(wire_cases), encoding="utf-8")
        call = operation_call(case, build_view(api, package), class_names, drawn)
        (folder / "call.json").write_text(json.dumps(call), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(script), str(folder), package, str(folder / "cases.json"),
             str(folder / "call.json")],
            capture_output=True, text=True, timeout=60, cwd=folder)
        assert done.returncode != CANARY_EXIT, "text from the spec ran on import"
        assert done.returncode == 0, f"{done.stdout}{done.stderr[-3000:]}"
        packages.append((folder, package))

    check()
    assert len(packages) == MAX_EXAMPLES
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--cache-dir", str(tmp_path / ".mypy_cache"),
         *(str(folder / package) for folder, package in packages)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    failing = sorted({line.split("/")[0] for line in done.stdout.splitlines()
                      if line.startswith("case") and ": error:" in line})
    specs = "".join(f"\n{name}/spec.json:\n{(tmp_path / name / 'spec.json').read_text()}"
                    for name in failing[:2])
    assert done.returncode == 0, \
        f"mypy --strict:\n{done.stdout[-6000:]}{done.stderr[-2000:]}{specs}"
