"""Differential test: our models against datamodel-code-generator's, from the same specs.

datamodel-code-generator (DMCG) is an independent implementation of the same JSON Schema
rules. For each vendored spec it runs once, as a subprocess, writing dataclasses with
standard-library types for `uuid`, `date-time` and `date` (`--use-standard-primitive-types
--output-datetime-class datetime`, so it types them as we do rather than as str). Its
output is parsed with `ast`, never imported. Every component schema (176 in Opal's spec,
154 in Oracle's) is compared with the checked-in package in generated/: the `_fields`
table of each model (wire name, codec, required), its dataclass fields (defaults and
annotations), and for a schema with no class of its own, our IR for it.

- Fields: the set of wire names must match. DMCG's field name is the wire name, or the
  wire name plus `_` when that is a keyword.
- Required: required when decoding (`Field.required`) and required by the constructor (no
  default) must each equal DMCG's "no default".
- Types: str, int, float, bool, datetime, date, uuid, bytes, any; list of, dict of; enum,
  by its set of values; model, by component name (inline models are compared field by
  field in turn); union, by its set of variants; nullable where DMCG shows it (a required
  field typed `X | None`). DMCG writes `| None = None` on every optional field, so it says
  nothing about whether an optional field is nullable.
- Our annotation must describe what our codec decodes, nullability included, so the
  static types a user sees are checked as well.

Enums are compared by their values and unions by their variants, so it does not matter
that the two tools name inline schemas differently. Each deliberate difference is a rule
in DELIBERATE below, with its reason. Every rule must still fire, so the table cannot
outlive the difference it excuses. Any other difference fails the test.

Both read each spec as the lock generates it, after its overlays (specs/opal/overlays).
Some places where the tools could have differed but agree: both ignore names in `required`
that are not properties (three in Opal's spec as vendored, e.g. ReviewerStage's `stage`,
which its overlay removes), both follow
a single-branch `oneOf` to its one model (Opal's RunOpalQueryRequest and
OpalQueryResults), and both keep uuid / date-time fields typed. None of the vendored
schemas has a required readOnly or writeOnly property, and none has a 3.0-style `nullable`
on a required property of the 3.1 spec (DMCG ignores it there and we honour it). Neither
would show as a difference in these specs.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import json
import keyword
import subprocess
import sys
import typing
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.diagnostics import Sink, pointer
from generator.model import ir
from generator.model.resolve import load_api
from generator.model.schemas import SchemaConverter
from generator.names.assign import Names
from generator.project.lock import find_spec, read_lock
from generator.read.loader import read_document
from generator.read.overlay import apply_overlays
from generator.read.refs import Resolver, unescape

REPO = Path(__file__).resolve().parents[2]
SPECS = {
    "opal": (REPO / "specs" / "opal" / "opal-openapi.yaml", "opal_client"),
    "oracle": (REPO / "specs" / "oracle" / "oracle-access-governance.yaml", "oracle_ag_client"),
}
for _name, (_spec, _package) in SPECS.items():
    _root = str(REPO / "generated" / _package)
    if _root not in sys.path:
        sys.path.insert(0, _root)

# A normalised type is a nested tuple: ("str",), ("list", T), ("dict", T), ("nullable", T),
# ("enum", frozenset of values), ("model", component name or "<inline>"),
# ("union", frozenset of T), ("any",).
T = tuple[Any, ...]
INLINE = "<inline>"

# -- the deliberate differences ---------------------------------------------------------------

# id -> (what differs, why). The rule with that id is applied in `_Comparison` below.
DELIBERATE: dict[str, tuple[str, str]] = {
    "enum-accepts-raw-value": (
        "A field whose schema is an enum is annotated `SomeEnum | str` (or `| int`) in ours; "
        "in DMCG it is `SomeEnum`. The codec (EnumOf) and the set of values agree.",
        "The contract keeps an enum value the spec does not list as its raw value rather "
        "than failing the call (servers add values over time), so the annotation admits it.",
    ),
    "optional-defaults-to-unset": (
        "An optional field is annotated `X | None` in both, but defaults to `_rt.UNSET` in "
        "ours (it reads None once built) where DMCG defaults to None.",
        "to_dict() leaves out a field that was never given and keeps an explicit null (the "
        "contract), so the constructor must tell a left-out field from `None`.",
    ),
    "free-form-object": (
        "A component schema that is `type: object` with no `properties` (51 in Oracle's spec, "
        "e.g. AGRiskModel) is `dict[str, Any]` in ours, where used and at its name; DMCG "
        "writes an empty dataclass (`class AGRiskModel: pass`).",
        "JSON Schema lets such an object hold any members and the spec names none, so a "
        "dict keeps everything the server sends; a dataclass with no fields would have "
        "nothing to put the data in.",
    ),
}


# -- DMCG's side -----------------------------------------------------------------------------


@dataclasses.dataclass
class TheirField:
    name: str
    annotation: ast.expr
    required: bool


@dataclasses.dataclass
class TheirModule:
    models: dict[str, list[TheirField]] = dataclasses.field(default_factory=dict)
    enums: dict[str, frozenset[Any]] = dataclasses.field(default_factory=dict)
    aliases: dict[str, ast.expr] = dataclasses.field(default_factory=dict)


def run_dmcg(spec: Path, out: Path) -> str:
    """DMCG's dataclasses for the whole spec, as source text (one subprocess per spec)."""
    command = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(spec), "--input-file-type", "openapi",
        "--output", str(out), "--output-model-type", "dataclasses.dataclass",
        "--target-python-version", "3.11",
        "--use-standard-primitive-types", "--output-datetime-class", "datetime",
        "--disable-timestamp", "--formatters", "builtin",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"datamodel-codegen failed:\n{done.stderr[-3000:]}"
    return out.read_text(encoding="utf-8")


def parse_dmcg(source: str) -> TheirModule:
    module = TheirModule()
    tree = ast.parse(source)
    bases: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            base_names = [b.id for b in node.bases if isinstance(b, ast.Name)]
            if any(b.endswith("Enum") for b in base_names):
                module.enums[node.name] = frozenset(
                    ast.literal_eval(stmt.value) for stmt in node.body
                    if isinstance(stmt, ast.Assign))
                continue
            bases[node.name] = base_names
            module.models[node.name] = [
                TheirField(stmt.target.id, stmt.annotation, stmt.value is None)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            ]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            module.aliases[node.target.id] = node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            module.aliases[node.targets[0].id] = node.value
    # dataclass inheritance (allOf in some DMCG modes): a subclass has its bases' fields first
    def all_fields(name: str, seen: tuple[str, ...] = ()) -> list[TheirField]:
        inherited = [f for b in bases.get(name, []) if b in module.models and b not in seen
                     for f in all_fields(b, (*seen, name))]
        own = {f.name for f in module.models[name]}
        return [f for f in inherited if f.name not in own] + module.models[name]
    module.models = {name: all_fields(name) for name in module.models}
    return module


# -- the comparison -----------------------------------------------------------------------------


@dataclasses.dataclass
class Side:
    """One model as one tool has it: wire name -> (required, normalised type)."""

    fields: dict[str, tuple[bool, bool, T]]  # wire -> (decode-required, ctor-required, type)
    inline_refs: dict[str, list[Any]]  # wire name -> inline models in its type, in order


class _Comparison:
    def __init__(self, name: str, spec: Path) -> None:
        package = SPECS[name][1]
        self.name = name
        sink = Sink()
        self.document = read_document(spec, sink)
        self.components: dict[str, Any] = self.document.data["components"]["schemas"]
        self.models: ModuleType = importlib.import_module(f"{package}.models")
        self.rt: ModuleType = importlib.import_module(f"{package}._runtime")
        self.types: ModuleType = importlib.import_module(f"{package}.types")
        modules = Path(str(self.models.__file__)).parent.glob("*.py")
        self.our_aliases = {  # `Name: _t.TypeAlias = ...`, for named unions
            n.target.id: n.value for module in modules
            for n in ast.parse(module.read_text(encoding="utf-8")).body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
            and n.value is not None and not n.target.id.startswith("_")
        }
        self.api = load_api(spec, sink)
        self.class_names = Names(self.api).classes
        self.component_of_our_class = {
            self.class_names[key]: component
            for key in self.api.definitions if (component := _component_name(key)) is not None
        }
        # our IR for the component schemas that get no definition of their own (they are
        # inlined where they are used): the same converter load_api uses, run once more
        resolver = Resolver(self.document, sink)
        self.converter = SchemaConverter(resolver, str(self.document.data["openapi"]))
        self.resolver = resolver
        self.fired: Counter[str] = Counter()
        self.problems: list[str] = []
        self.components_compared = 0
        self.inline_compared = 0
        self.fields_compared = 0
        primitives = {"STR": "str", "INT": "int", "FLOAT": "float", "BOOL": "bool",
                      "DATETIME": "datetime", "DATE": "date", "UUID": "uuid",
                      "BASE64": "bytes", "ANY": "any"}
        self.our_primitive = {id(getattr(self.rt, k)): v for k, v in primitives.items()}

    def fire(self, rule: str) -> None:
        assert rule in DELIBERATE, rule
        self.fired[rule] += 1

    # our side: the runtime codecs of the generated package

    def our_type(self, codec: Any, inline: list[Any]) -> T:
        rt = self.rt
        if id(codec) in self.our_primitive:
            return (self.our_primitive[id(codec)],)
        if isinstance(codec, rt.Nullable):
            return ("nullable", self.our_type(codec.inner, inline))
        if isinstance(codec, rt.ListOf):
            return ("list", self.our_type(codec.item, inline))
        if isinstance(codec, rt.MapOf):
            return ("dict", self.our_type(codec.item, inline))
        if isinstance(codec, rt.EnumOf):
            return ("enum", frozenset(m.value for m in codec.enum_class))
        if isinstance(codec, rt.ModelOf):
            component = self.component_of_our_class.get(codec.model.__name__)
            if component is None:
                inline.append(codec.model)
                return ("model", INLINE)
            return ("model", component)
        if isinstance(codec, rt.UnionOf):
            return _union([self.our_type(v, []) for v in codec.variants])
        raise AssertionError(f"unknown codec {codec!r}")

    def our_side(self, model: type, where: str) -> Side:
        fields: dict[str, tuple[bool, bool, T]] = {}
        refs: dict[str, list[Any]] = {}
        attributes = {f.name: f for f in dataclasses.fields(model)}
        for f in model._fields:  # type: ignore[attr-defined]
            inline: list[Any] = []
            attribute = attributes[f.attr]
            ctor_required = attribute.default is dataclasses.MISSING \
                and attribute.default_factory is dataclasses.MISSING
            codec_type = self.our_type(f.codec, inline)
            fields[f.wire] = (bool(f.required), ctor_required, codec_type)
            refs[f.wire] = inline
            # the annotation a user sees must say what the codec decodes
            at = f"{where}/properties/{f.wire}"
            annotation, _ = self.our_annotation(ast.parse(attribute.type, mode="eval").body)
            if not ctor_required:  # absent reads as None: the annotation must admit it
                if annotation[0] != "nullable" or attribute.default is not self.rt.UNSET:
                    self.problems.append(f"{at}: optional, but annotated {attribute.type!r} "
                                         f"with default {attribute.default!r}")
                else:
                    self.fire("optional-defaults-to-unset")
            if not ctor_required:  # None also stands for "absent" there, null or not
                annotation, codec_type = _strip_nullable(annotation), _strip_nullable(codec_type)
            if annotation != codec_type:
                self.problems.append(f"{at}: our annotation says {_show(annotation)}, our "
                                     f"codec decodes {_show(codec_type)}")
        return Side(fields, refs)

    def our_annotation(self, node: ast.expr) -> tuple[T, bool]:
        """An annotation of ours, normalised, and whether it admits `_rt.Unset`."""
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            parts = _flatten_or(node)
            unset = any(ast.unparse(p) == "_rt.Unset" for p in parts)
            nullable = any(_is_none(p) for p in parts)
            types = [self.our_annotation(p)[0] for p in parts
                     if not _is_none(p) and ast.unparse(p) != "_rt.Unset"]
            if any(t[0] == "enum" for t in types):
                raw = {("str",), ("int",)}
                if any(t in raw for t in types):
                    self.fire("enum-accepts-raw-value")
                types = [t for t in types if t not in raw]
            inner = _union(types)
            return (("nullable", inner) if nullable else inner), unset
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            kind = {"list": "list", "dict": "dict"}[node.value.id]
            return (kind, self.our_annotation(args[-1])[0]), False
        text = ast.unparse(node)
        simple = {"str": "str", "int": "int", "float": "float", "bool": "bool",
                  "bytes": "bytes", "_t.Any": "any", "_dt.datetime": "datetime",
                  "_dt.date": "date", "_uuid.UUID": "uuid"}
        if text in simple:
            return (simple[text],), False
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "_m":
            # another model, named through the models package (`_m.Request`)
            name = node.attr
            if name in self.our_aliases:
                return self.our_annotation(self.our_aliases[name])
            target = getattr(self.models, name)
            if isinstance(target, type) and hasattr(target, "_fields"):
                component = self.component_of_our_class.get(name)
                return ("model", INLINE if component is None else component), False
            return ("enum", frozenset(m.value for m in target)), False
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "_types":
            # a request-only model's closed enum: `<pkg>.types` alias `Enum | Literal[...]`
            enum = typing.get_args(getattr(self.types, node.attr))[0]
            return ("enum", frozenset(m.value for m in enum)), False
        raise AssertionError(f"unknown annotation of ours: {text}")

    def our_ir_type(self, t: ir.Type) -> T:
        """The same normalised form, read from our IR (for schemas with no class)."""
        if isinstance(t, ir.Primitive):
            if t.kind == "string":
                return ({"date-time": "datetime", "date": "date", "uuid": "uuid",
                         "binary": "bytes"}.get(t.format or "", "str"),)
            return ({"integer": "int", "number": "float", "boolean": "bool"}[t.kind],)
        if isinstance(t, ir.AnyType):
            return ("any",)
        if isinstance(t, ir.ArrayType):
            return ("list", self.our_ir_type(t.items))
        if isinstance(t, ir.MapType):
            return ("dict", self.our_ir_type(t.values))
        if isinstance(t, ir.Nullable):
            return ("nullable", self.our_ir_type(t.inner))
        if isinstance(t, ir.UnionType):
            return _union([self.our_ir_type(v) for v in t.variants])
        definition = {**self.api.definitions, **self.converter.definitions}[t.key]
        if isinstance(definition, ir.EnumDef):
            return ("enum", frozenset(definition.values))
        if isinstance(definition, ir.UnionDef):
            return self.our_ir_type(definition.union)
        component = _component_name(definition.pointer)
        return ("model", INLINE if component is None else component)

    # DMCG's side: the parsed annotations

    def their_type(self, node: ast.expr, inline: list[Any], their: TheirModule) -> T:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            parts = _flatten_or(node)
            nullable = any(_is_none(p) for p in parts)
            rest = [p for p in parts if not _is_none(p)]
            inner = self.their_type(rest[0], inline, their) if len(rest) == 1 \
                else _union([self.their_type(p, [], their) for p in rest])
            return ("nullable", inner) if nullable else inner
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if node.value.id in ("list", "List", "Sequence"):
                return ("list", self.their_type(args[0], inline, their))
            if node.value.id in ("dict", "Dict", "Mapping"):
                return ("dict", self.their_type(args[-1], inline, their))
            if node.value.id == "Literal":
                return ("enum", frozenset(ast.literal_eval(a) for a in args))
        if isinstance(node, ast.Name):
            simple = {"str": "str", "int": "int", "float": "float", "bool": "bool",
                      "datetime": "datetime", "date": "date", "UUID": "uuid",
                      "bytes": "bytes", "Any": "any"}
            if node.id in simple:
                return (simple[node.id],)
            if node.id in their.enums:
                return ("enum", their.enums[node.id])
            if node.id in their.aliases:
                return self.their_type(their.aliases[node.id], inline, their)
            if node.id in their.models:
                schema = self.components.get(node.id)
                if not their.models[node.id] and isinstance(schema, dict) \
                        and not schema.get("properties") and not schema.get("allOf"):
                    self.fire("free-form-object")
                    return ("dict", ("any",))
                if node.id in self.components:
                    return ("model", node.id)
                inline.append(node.id)
                return ("model", INLINE)
        raise AssertionError(f"unknown DMCG annotation {ast.unparse(node)}")

    def their_side(self, fields: list[TheirField], their: TheirModule) -> Side:
        out: dict[str, tuple[bool, bool, T]] = {}
        refs: dict[str, list[Any]] = {}
        for f in fields:
            inline: list[Any] = []
            wire = f.name[:-1] if f.name.endswith("_") and keyword.iskeyword(f.name[:-1]) \
                else f.name
            out[wire] = (f.required, f.required, self.their_type(f.annotation, inline, their))
            refs[wire] = inline
        return Side(out, refs)

    # the walk

    def compare_all(self, their: TheirModule) -> None:
        for schema in self.components:
            self.compare_component(schema, their)

    def compare_component(self, schema: str, their: TheirModule) -> None:
        self.components_compared += 1
        where = f"{self.name}: {pointer('components', 'schemas', schema)}"
        key = pointer("components", "schemas", schema)
        definition = self.api.definitions.get(key)
        if isinstance(definition, ir.ObjectDef):
            our_class = getattr(self.models, self.class_names[key])
            if schema not in their.models:
                self.problems.append(f"{where}: ours is a model, DMCG has no dataclass for it")
                return
            self.compare_models(where, our_class, schema, their)
            return
        if schema not in their.models and schema not in their.enums \
                and schema not in their.aliases:
            self.problems.append(f"{where}: DMCG has nothing by this name")
            return
        if definition is None:  # inlined where used: compare the type it stands for
            target = self.resolver.follow(self.resolver.at_root(key))
            ours = self.our_ir_type(self.converter.named(target))
        else:
            ours = self.our_ir_type(ir.Ref(key))
        theirs = self.their_type(ast.Name(schema), [], their)
        if ours != theirs:
            self.problems.append(f"{where}: {_show(ours)} vs DMCG {_show(theirs)}")

    def compare_models(self, where: str, our_model: type, their_name: str,
                       their: TheirModule) -> None:
        ours = self.our_side(our_model, where)
        theirs = self.their_side(their.models[their_name], their)
        for wire in sorted(ours.fields.keys() | theirs.fields.keys()):
            at = f"{where}/properties/{wire}"
            if wire not in theirs.fields:
                self.problems.append(f"{at}: only ours has this field")
                continue
            if wire not in ours.fields:
                self.problems.append(f"{at}: only DMCG has this field")
                continue
            self.fields_compared += 1
            our_req, our_ctor, our_t = ours.fields[wire]
            their_req, _, their_t = theirs.fields[wire]
            if our_req != their_req:
                self.problems.append(f"{at}: required when decoding: ours {our_req}, "
                                     f"DMCG {their_req}")
            if our_ctor != their_req:
                self.problems.append(f"{at}: required by the constructor: ours {our_ctor}, "
                                     f"DMCG {their_req}")
            if not their_req:  # DMCG writes `| None = None` on every optional field
                our_t, their_t = _strip_nullable(our_t), _strip_nullable(their_t)
            if our_t != their_t:
                self.problems.append(f"{at}: type {_show(our_t)} vs DMCG {_show(their_t)}")
                continue
            for our_inline, their_inline in zip(ours.inline_refs[wire],
                                                theirs.inline_refs[wire], strict=True):
                self.inline_compared += 1
                self.compare_models(f"{at}<inline>", our_inline, their_inline, their)


def _component_name(key: str) -> str | None:
    """`#/components/schemas/X` -> X; None for anything else (inline schemas)."""
    prefix = "#/components/schemas/"
    rest = key[len(prefix):]
    return unescape(rest) if key.startswith(prefix) and "/" not in rest else None


def _flatten_or(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flatten_or(node.left) + _flatten_or(node.right)
    return [node]


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _union(variants: list[T]) -> T:
    nullable = any(v[0] == "nullable" or v == ("none",) for v in variants)
    inner = frozenset(_strip_nullable(v) for v in variants if v != ("none",))
    result: T = ("union", inner) if len(inner) > 1 else next(iter(inner))
    return ("nullable", result) if nullable else result


def _strip_nullable(t: T) -> T:
    return t[1] if t[0] == "nullable" else t


def _show(t: T) -> str:
    if t[0] == "enum":
        values = sorted(map(str, t[1]))
        return f"enum[{', '.join(values[:4])}{', ...' if len(values) > 4 else ''}]"
    if t[0] == "union":
        return " | ".join(sorted(_show(v) for v in t[1]))
    if t[0] in ("list", "dict", "nullable"):
        return f"{t[0]}[{_show(t[1])}]"
    if t[0] == "model":
        return f"model:{t[1]}"
    return str(t[0])


def effective(name: str, folder: Path) -> Path:
    """The spec as the lock generates it, after its overlays (specs/<name>/overlays), written
    to `folder` as JSON, so that both generators read the same document."""
    spec = SPECS[name][0]
    entry = find_spec(read_lock(REPO), name)
    if not entry.overlays:
        return spec
    sink = Sink()
    document = apply_overlays(read_document(spec, sink), entry.overlay_paths(REPO), sink)
    path = folder / f"{spec.stem}.json"
    path.write_text(json.dumps(document.document.data), encoding="utf-8")
    return path


# -- the tests -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def comparisons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, _Comparison]:
    done: dict[str, _Comparison] = {}
    for name in SPECS:
        folder = tmp_path_factory.mktemp(f"dmcg_{name}")
        spec = effective(name, folder)
        source = run_dmcg(spec, folder / "models.py")
        comparison = _Comparison(name, spec)
        comparison.compare_all(parse_dmcg(source))
        done[name] = comparison
    return done


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_component_schema_agrees(comparisons: dict[str, _Comparison], name: str) -> None:
    comparison = comparisons[name]
    assert comparison.components_compared == len(comparison.components)
    assert comparison.fields_compared > 100
    problems = "\n".join(comparison.problems)
    assert not comparison.problems, (
        f"{len(comparison.problems)} disagreement(s) with datamodel-code-generator; fix the "
        f"generator, or list a deliberate difference in DELIBERATE with its reason:\n{problems}")


def test_every_deliberate_difference_still_occurs(comparisons: dict[str, _Comparison]) -> None:
    fired: Counter[str] = Counter()
    for comparison in comparisons.values():
        fired.update(comparison.fired)
    stale = set(DELIBERATE) - set(fired)
    assert not stale, f"DELIBERATE lists differences that no longer occur: {sorted(stale)}"
