"""generator.emit.typerecords: each IR type as one record (annotation, codec, needs, refs).

The IR is built by hand here, so each test states exactly the type it asks about.
"""

from __future__ import annotations

import ast
import enum
import importlib.util
import itertools
from typing import Any

import pytest

from generator.emit.typerecords import TypeRecords, closed_enum, field_annotation, import_lines
from generator.model import ir
from generator.names.assign import Names

from ..conftest import RUNTIME

S = "#/components/schemas/"
UUID = ir.Primitive("string", "uuid")
WHEN = ir.Primitive("string", "date-time")


def _records(*definitions: ir.Definition) -> TypeRecords:
    api = ir.Api("T", "1", None, "http://t", (), {d.key: d for d in definitions})
    return TypeRecords(api, Names(api))


def _object(name: str, *props: ir.Property) -> ir.ObjectDef:
    return ir.ObjectDef(S + name, ir.Place(None, (name,)), S + name, props)


def _union(name: str, *variants: ir.Type) -> ir.UnionDef:
    return ir.UnionDef(S + name, ir.Place(None, (name,)), S + name, ir.UnionType(variants))


PET = _object("Pet", ir.Property("id", UUID, True))
KIND = ir.EnumDef(S + "Kind", ir.Place(None, ("Kind",)), S + "Kind", ("a", "b"), "string")


@pytest.mark.parametrize(("t", "annotation", "needs"), [
    (UUID, "_uuid.UUID", {"uuid"}),
    (WHEN, "_dt.datetime", {"datetime"}),
    (ir.Primitive("string", "date"), "_dt.date", {"datetime"}),
    (ir.Primitive("string", "binary"), "bytes", set()),
    (ir.Primitive("integer"), "int", set()),
    (ir.AnyType(), "_t.Any", {"typing"}),
    (ir.ArrayType(ir.MapType(UUID)), "list[dict[str, _uuid.UUID]]", {"uuid"}),
    (ir.UnionType((UUID, WHEN, ir.Primitive("boolean"))), "_uuid.UUID | _dt.datetime | bool",
     {"uuid", "datetime"}),
    (ir.Nullable(ir.ArrayType(ir.AnyType())), "list[_t.Any] | None", {"typing"}),
    (ir.Ref(S + "Pet"), "_m.Pet", {"models"}),
    (ir.Ref(S + "Kind"), "_m.Kind | str", {"models"}),
])
def test_a_record_needs_exactly_the_modules_its_annotation_names(t, annotation, needs) -> None:
    record = _records(PET, KIND).record(t, "_m.")
    assert record.annotation == annotation
    assert record.needs == needs


def test_the_model_prefix_decides_which_models_import_is_needed() -> None:
    records = _records(PET)
    assert records.record(ir.Ref(S + "Pet"), "_m.").needs == {"models"}
    assert records.record(ir.Ref(S + "Pet")).needs == frozenset()
    assert import_lines(frozenset({"uuid", "typing", "models", "_runtime"})) == [
        "import typing as _t", "import uuid as _uuid", "",
        "from .. import _runtime as _rt", "from .. import models as _m"]


def test_parameters_also_accept_the_text_form_of_uuids_and_dates() -> None:
    records = _records()
    assert records.record(UUID, text_forms=True).annotation == "_uuid.UUID | str"
    assert records.record(ir.Primitive("string"), text_forms=True).annotation == "str"


def test_refs_list_each_definition_once_in_the_order_named() -> None:
    other = _object("Other")
    t = ir.UnionType((ir.ArrayType(ir.Ref(S + "Other")), ir.Ref(S + "Pet"),
                      ir.MapType(ir.Ref(S + "Other"))))
    assert _records(PET, other).record(t).refs == (S + "Other", S + "Pet")


def test_is_any_and_nullable_are_read_from_the_type_not_the_text() -> None:
    records = _records(PET)
    assert records.record(ir.AnyType()).is_any
    assert not records.record(ir.ArrayType(ir.AnyType())).is_any
    assert records.record(ir.Nullable(ir.Ref(S + "Pet"))).nullable
    assert records.record(ir.UnionType((ir.Nullable(UUID), WHEN))).nullable
    assert not records.record(ir.Ref(S + "Pet")).nullable


@pytest.mark.parametrize(("t", "from_annotation"), [
    (UUID, True), (ir.AnyType(), True), (ir.ArrayType(ir.Ref(S + "Pet")), True),
    (ir.MapType(ir.Ref(S + "Kind")), True), (ir.Nullable(UUID), False),
    (ir.UnionType((UUID, WHEN)), False), (ir.Ref(S + "Either"), False),
])
def test_the_runtime_reads_the_codec_off_the_annotation_only_where_it_can(
        t, from_annotation) -> None:
    records = _records(PET, KIND, _union("Either", UUID, WHEN))
    assert records.record(t).codec_from_annotation is from_annotation


def test_codecs_name_models_by_string_and_expand_unions_once() -> None:
    tree = _union("Tree", ir.ArrayType(ir.Ref(S + "Tree")), ir.Primitive("string"))
    records = _records(PET, tree)
    assert records.codec(ir.Ref(S + "Pet")) == "_rt.ModelOf('Pet')"
    assert records.codec(ir.Ref(S + "Tree")) == "_rt.UnionOf((_rt.ListOf(_rt.ANY), _rt.STR))"


def test_the_dict_form_takes_wire_text_dicts_and_any_sequence() -> None:
    records = _records(PET, KIND)
    t = ir.ArrayType(ir.UnionType((ir.Ref(S + "Pet"), ir.Ref(S + "Kind"), WHEN)))
    record = records.dict_form(t)
    assert record.annotation == "_t.Sequence[PetParam | _m.Pet | KindParam | " \
        "_dt.datetime | str]"
    assert record.needs == {"typing", "models", "datetime"}


def test_an_enum_a_request_carries_is_closed_and_a_response_one_open() -> None:
    """Sent (parameters, bodies, dict forms): the enum's alias in `types`, the member or one
    of its wire values only, so a type checker flags a misspelt value; received (models):
    open, the server adds values."""
    number = ir.EnumDef(S + "Level", ir.Place(None, ("Level",)), S + "Level", (1, -2, 1),
                        "integer")
    records = _records(KIND, number)
    kinds = ir.Nullable(ir.ArrayType(ir.Ref(S + "Kind")))
    assert records.record(kinds, "_m.", sent=True).annotation == \
        "list[_types.KindParam] | None"
    assert records.record(kinds, "_m.").annotation == "list[_m.Kind | str] | None"
    sent = records.record(ir.Ref(S + "Level"), "_m.", text_forms=True, sent=True)
    assert sent.annotation == "_types.LevelParam"
    assert sent.needs == {"types"}
    assert records.dict_form(ir.Ref(S + "Level")).annotation == "LevelParam"
    assert closed_enum("_m.Level", number) == "_m.Level | _t.Literal[1, -2]"


def test_enum_values_enter_a_literal_escaped() -> None:
    """An enum value is spec text: it reaches the alias only through literal()."""
    hostile = ir.EnumDef(S + "Evil", ir.Place(None, ("Evil",)), S + "Evil",
                         ("a']]\nimport os #", 'b"\\'), "string")
    tree = ast.parse(closed_enum("_m.Evil", hostile), mode="eval")
    literal = tree.body.right  # type: ignore[attr-defined]
    values = [ast.literal_eval(e) for e in literal.slice.elts]
    assert values == list(hostile.values)


def test_the_dict_form_of_a_union_that_reaches_itself_is_open_inside() -> None:
    tree = _union("Tree", ir.ArrayType(ir.Ref(S + "Tree")), ir.Primitive("string"))
    assert _records(tree).dict_form(ir.Ref(S + "Tree")).annotation == "_t.Sequence[_t.Any] | str"


def _diamond(depth: int) -> list[ir.Definition]:
    """U0 = U1 | list[U1], U1 = U2 | list[U2], ...: each level doubles a written-out type."""
    unions: list[ir.Definition] = [
        _union(f"U{i}", ir.Ref(f"{S}U{i + 1}"), ir.ArrayType(ir.Ref(f"{S}U{i + 1}")))
        for i in range(depth)]
    return [*unions, _object(f"U{depth}")]


def test_a_diamond_of_unions_is_written_out_a_bounded_number_of_times() -> None:
    """Regression: 20 such unions made a 40 MB dict-form annotation (and the codec doubled
    per level up to its depth cap); now each type writes out at most 32 unions."""
    records = _records(*_diamond(24))
    codec = records.codec(ir.Ref(S + "U0"))
    annotation = records.dict_form(ir.Ref(S + "U0")).annotation
    assert codec.count("_rt.UnionOf(") <= 32 and len(codec) < 5_000
    assert len(annotation) < 5_000
    # a second type starts with a fresh allowance
    assert records.codec(ir.Ref(S + "U0")) == codec


def test_a_long_chain_of_unions_stops_being_written_out_sixteen_deep() -> None:
    chain: list[ir.Definition] = [
        _union(f"C{i}", ir.Ref(f"{S}C{i + 1}"), ir.Primitive("string")) for i in range(600)]
    records = _records(*chain, _object("C600"))
    assert records.codec(ir.Ref(S + "C0")).count("_rt.UnionOf(") == 16
    assert records.dict_form(ir.Ref(S + "C0")).annotation.count("str") == 16


# -- the codec contract with the runtime (templates/runtime.py, _codec_of) -------------------


def _load_runtime() -> Any:
    path = RUNTIME
    spec = importlib.util.spec_from_file_location("_rt_contract", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rt = _load_runtime()
LEVEL = ir.EnumDef(S + "Level", ir.Place(None, ("Level",)), S + "Level", (1, 2), "integer")
EITHER = _union("Either", UUID, WHEN)
ID = "12345678-1234-5678-1234-567812345678"
# every leaf kind of the IR, with wire values to decode: good ones and wrong ones
LEAVES: list[tuple[ir.Type, list[Any]]] = [
    *[(ir.Primitive("string", f), ["x", 1]) for f in (None, "email", "byte", "password")],
    (WHEN, ["2026-12-01T10:00:00Z", "yesterday", 5]),
    (ir.Primitive("string", "date"), ["2026-12-01", "2026-13-01"]),
    (UUID, [ID, "not-a-uuid"]),
    (ir.Primitive("string", "binary"), ["AAEC", 7]),
    (ir.Primitive("integer"), [3, True, "3"]), (ir.Primitive("integer", "int64"), [3, 1.5]),
    (ir.Primitive("number"), [1.5, 2, False]), (ir.Primitive("number", "double"), [1.5, "x"]),
    (ir.Primitive("boolean"), [True, 1]),
    (ir.AnyType(), [{"a": [1]}, "x"]),
    (ir.Ref(S + "Pet"), [{"id": ID, "more": 1}, {}, "x"]),
    (ir.Ref(S + "Kind"), ["a", "zz", 3]),
    (ir.Ref(S + "Level"), [1, 7, "1"]),
    (ir.Ref(S + "Either"), [ID, "2026-12-01T10:00:00Z", 3]),
    (ir.UnionType((UUID, WHEN)), [ID, "x"]),
    (ir.UnionType((ir.Ref(S + "Pet"), ir.Primitive("string"))), [{"id": ID}, "x"]),
    (ir.UnionType((ir.Ref(S + "Kind"),)), ["a", "zz"]),  # written `_m.Kind | str`, as an enum
    (ir.UnionType((ir.Ref(S + "Kind"), ir.Primitive("string"))), ["a", "zz"]),
    (ir.UnionType((ir.Ref(S + "Pet"), ir.Ref(S + "Kind")), "kind",
                  (("pet", ir.Ref(S + "Pet")),)), [{"kind": "pet", "id": ID}, "a"]),
]
WRAPPERS = (ir.ArrayType, ir.MapType, ir.Nullable)


def _wrapped(t: ir.Type, values: list[Any], wrapper: type) -> tuple[ir.Type, list[Any]]:
    if wrapper is ir.ArrayType:
        return ir.ArrayType(t), [values, values[0], []]
    if wrapper is ir.MapType:
        return ir.MapType(t), [{str(i): v for i, v in enumerate(values)}, [values[0]]]
    return ir.Nullable(t), [None, *values]


def _every_type() -> list[tuple[ir.Type, list[Any]]]:
    """Each leaf bare and under every chain of up to two wrappers (no Nullable in Nullable)."""
    found = list(LEAVES)
    for t, values in LEAVES:
        for outer in WRAPPERS:
            once = _wrapped(t, values, outer)
            found.append(once)
            found += [_wrapped(*once, w) for w in WRAPPERS
                      if not (w is ir.Nullable and outer is ir.Nullable)]
    return found


@rt.model
class _Pet(rt.Model):
    id: Any = rt.field(rt.UUID)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


class _Kind(enum.StrEnum):
    A = "a"
    B = "b"


class _Level(enum.IntEnum):
    ONE = 1
    TWO = 2


def _shape(codec: Any) -> Any:
    """A codec as comparable data: its class and parts; a shared constant (rt.STR) as itself."""
    if isinstance(codec, (rt.Nullable,)):
        return ("Nullable", _shape(codec.inner))
    if isinstance(codec, (rt.ListOf, rt.MapOf)):
        return (type(codec).__name__, _shape(codec.item))
    if isinstance(codec, rt.ModelOf):
        return ("ModelOf", codec.expected)
    if isinstance(codec, rt.EnumOf):
        return ("EnumOf", codec.expected)
    if isinstance(codec, rt.UnionOf):
        return ("UnionOf", tuple(map(_shape, codec.variants)), codec.discriminator,
                {k: _shape(v) for k, v in codec.mapping.items()})
    return codec


def _outcome(codec: Any, value: Any, strict: bool) -> Any:
    try:
        return "decoded", codec.decode(value, strict, "$.f")
    except rt.ResponseValidationError as error:
        return "refused", str(error)


def test_every_annotation_a_record_leaves_to_the_runtime_decodes_as_its_codec(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both sides of the codec contract: for each IR type a model field can have (every
    leaf kind, under arrays, maps and nullables, nested), sent or received, required or
    optional, the field either declares its codec or its annotation, parsed by the runtime
    (_codec_of), decodes every wire value (good and wrong, leniently and strictly) exactly
    as the codec the generator writes for it does."""
    classes = {"Pet": _Pet, "Kind": _Kind, "Level": _Level}
    monkeypatch.setattr(rt, "model_named", classes.__getitem__)
    records = _records(PET, KIND, LEVEL, EITHER)
    parsed = declared = 0
    for t, values in _every_type():
        for sent, optional in itertools.product((False, True), repeat=2):
            record = records.record(t, "_m.", sent=sent)
            annotation = field_annotation(record, optional)
            written = eval(record.codec, {"_rt": rt})  # what `_rt.field(codec)` would hold
            codec = records.declared_codec(t, record, optional, sent)
            if codec is not None:
                assert codec == record.codec
                declared += 1
                continue
            parsed += 1
            read = rt._codec_of(annotation, optional=optional)
            case = f"{annotation!r} (optional={optional}) of {t}"
            assert _shape(read) == _shape(written), case
            for value, strict in itertools.product(values, (False, True)):
                assert _outcome(read, value, strict) == _outcome(written, value, strict), case
    assert parsed > 100 and declared > 100  # both sides of the contract were exercised


def test_a_required_nullable_field_names_its_codec_and_an_optional_one_declares_it() -> None:
    records = _records(PET, KIND)
    t = ir.Nullable(ir.ArrayType(ir.Ref(S + "Kind")))
    record = records.record(t, "_m.")
    assert field_annotation(record, optional=False) == "list[_m.Kind | str] | None"
    assert records.declared_codec(t, record, optional=False) is None
    assert records.declared_codec(t, record, optional=True) == \
        "_rt.Nullable(_rt.ListOf(_rt.EnumOf('Kind')))"
    plain = records.record(UUID, "_m.")
    assert field_annotation(plain, optional=True) == "_uuid.UUID | None"
    assert records.declared_codec(UUID, plain, optional=True) is None
    assert rt._codec_of("_uuid.UUID | None", optional=True) is rt.UUID


def test_a_union_that_reads_like_an_enum_declares_its_codec() -> None:
    """`_m.Kind | str` is also how a union of the one enum is written: only the record
    knows which, so the union declares its codec."""
    records = _records(KIND)
    union = ir.UnionType((ir.Ref(S + "Kind"),))
    record = records.record(union, "_m.")
    assert record.annotation == records.record(ir.Ref(S + "Kind"), "_m.").annotation
    assert records.declared_codec(union, record, optional=False) == \
        "_rt.UnionOf((_rt.EnumOf('Kind'),))"
