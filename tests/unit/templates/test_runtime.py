"""The hand-written runtime (templates/runtime.py), loaded straight from the template.

Codecs: a union decodes a value with its first variant that fits it, and each codec says
what fits and gives its own piece of the compiled lenient decoders. Encoding: a request
body leaves out readOnly fields, `to_dict()` never does.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib.util
import json
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import pytest

from ..conftest import REPO


def _load_runtime() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_rt_probe", REPO / "templates" / "runtime.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rt: Any = _load_runtime()


class Colour(enum.StrEnum):
    RED = "red"


@rt.model
class Pet(rt.Model):
    name: str = rt.field(rt.STR)
    tag: str | None = rt.field(rt.STR, default=rt.UNSET)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


FITS = [
    (rt.STR, "a", True), (rt.STR, 1, False), (rt.STR, None, False),
    (rt.INT, 1, True), (rt.INT, True, False), (rt.INT, 1.5, False), (rt.INT, "1", False),
    (rt.FLOAT, 1, True), (rt.FLOAT, 1.5, True), (rt.FLOAT, False, False),
    (rt.BOOL, True, True), (rt.BOOL, 1, False),
    (rt.DATETIME, "2026-12-01T10:00:00Z", True), (rt.DATETIME, "yesterday", False),
    (rt.DATETIME, 1, False), (rt.DATE, "2026-12-01", True), (rt.DATE, "2026-13-01", False),
    (rt.UUID, "12345678-1234-5678-1234-567812345678", True), (rt.UUID, "not-a-uuid", False),
    (rt.Nullable(rt.INT), None, True), (rt.Nullable(rt.INT), 3, True),
    (rt.Nullable(rt.INT), "3", False),
    (rt.ListOf(rt.INT), [], True), (rt.ListOf(rt.INT), ["x"], True),  # the container only
    (rt.ListOf(rt.INT), {}, False), (rt.ListOf(rt.INT), (1,), False),
    (rt.MapOf(rt.INT), {}, True), (rt.MapOf(rt.INT), [], False),
    (rt.EnumOf(Colour), "red", True), (rt.EnumOf(Colour), "blue", False),
    (rt.EnumOf(Colour), ["red"], False), (rt.EnumOf(Colour), {"red": 1}, False),
    (rt.ModelOf(Pet), {"name": "Rex"}, True), (rt.ModelOf(Pet), {"tag": "x"}, False),
    (rt.ModelOf(Pet), [], False),
    (rt.ANY, None, True), (rt.ANY, ..., True), (rt.BASE64, "AAEC", True),
    (rt.UnionOf((rt.INT,)), "x", True),  # a union decodes whatever it gets, leniently
]


@pytest.mark.parametrize(("codec", "value", "fits"), FITS,
                         ids=[f"{type(c).__name__}-{v!r}" for c, v, _ in FITS])
def test_each_codec_says_what_fits_it(codec: Any, value: Any, fits: bool) -> None:
    assert codec.fits(value) is fits


def _codec_classes() -> list[type]:
    found, todo = [], [rt.Codec]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


# codecs that take any value as theirs; every other codec must say what fits it
FITS_ANYTHING = {"Codec", "AnyCodec", "Base64Codec", "UnionOf"}


def test_every_codec_declares_what_fits_it() -> None:
    classes = [c for c in _codec_classes() if c.__module__ == rt.__name__]
    assert {c.__name__ for c in classes} >= FITS_ANYTHING | {"Primitive", "ModelOf"}
    undeclared = {c.__name__ for c in classes if "fits" not in vars(c)} - FITS_ANYTHING
    assert not undeclared, f"codecs that do not say what fits them: {undeclared}"


def test_every_codec_declares_its_piece_of_the_compiled_decoders() -> None:
    """A codec inheriting its parent's piece would be compiled as its parent decodes."""
    classes = [c for c in _codec_classes() if c.__module__ == rt.__name__]
    undeclared = {c.__name__ for c in classes if "decoder_expr" not in vars(c)}
    assert not undeclared, f"codecs without a piece of the compiled decoders: {undeclared}"


def _holder(codec: Any) -> Any:
    @rt.model
    class Holder(rt.Model):
        value: Any = rt.field(codec, default=None)
        additional_properties: dict[str, Any] = rt.field(default_factory=dict)

    return Holder


UUID_TEXT = "12345678-1234-5678-1234-567812345678"
# each codec, whether it has an inline piece, and wire values its decoders must agree on
COMPILED = [
    (rt.ANY, True, [None, 1, "x", [1], {"a": 1}]),
    (rt.STR, True, ["a", 1, None]), (rt.INT, True, [1, "1", True]),
    (rt.BASE64, True, ["AAEC", 3]),
    (rt.DATETIME, True, ["2026-12-01T10:00:00Z", "soon", 5, None]),
    (rt.DATE, True, ["2026-12-01", "2026-13-01"]), (rt.UUID, True, [UUID_TEXT, "nope"]),
    (rt.Nullable(rt.DATE), True, [None, "2026-12-01", "x"]),
    (rt.ListOf(rt.DATE), True, [["2026-12-01", "x", None], "not a list", None, []]),
    (rt.ListOf(rt.STR), True, [["a", 1], "x"]),
    (rt.ListOf(rt.MapOf(rt.INT)), False, [[{"a": 1}], 2]),
    (rt.EnumOf(Colour), True, ["red", "blue", 3, None]),
    (rt.ModelOf(Pet), True, [{"name": "Rex", "tag": "t", "x": 1}, {"tag": "x"}, "Rex", None]),
    (rt.ListOf(rt.ModelOf(Pet)), True, [[{"name": "Rex"}, "x"], {"name": "Rex"}]),
    (rt.MapOf(rt.DATE), False, [{"a": "2026-12-01"}, [1]]),
    (rt.UnionOf((rt.ModelOf(Pet), rt.INT)), True, [{"name": "Rex"}, {"tag": "x"}, 1, "x", None]),
    (rt.UnionOf((rt.ListOf(rt.ModelOf(Pet)), rt.STR)), True,
     [[{"name": "Rex"}, 3], "error text", 1.5, None, {"name": "Rex"}]),
    (rt.UnionOf((rt.EnumOf(Colour), rt.ListOf(rt.EnumOf(Colour)), rt.MapOf(rt.INT))), True,
     ["red", "blue", ["red", "x"], {"a": 1}, {"a": "x"}, 2]),
    (rt.UnionOf((rt.Nullable(rt.INT), rt.FLOAT, rt.BOOL, rt.ANY)), True,
     [None, 1, 1.5, True, "x", [1]]),
    (rt.UnionOf((rt.ANY, rt.INT)), True, [1, "x", None]),
    (rt.UnionOf((rt.Nullable(rt.DATE), rt.STR)), False, ["2026-12-01", "soon", None]),
    (rt.UnionOf((rt.ModelOf(Pet), rt.STR), "kind", {"pet": rt.ModelOf(Pet)}), False,
     [{"kind": "pet", "name": "Rex"}, "x"]),
    (rt.Nullable(rt.ListOf(rt.UUID)), True, [None, [UUID_TEXT, "x", None], [], "x"]),
    (rt.ListOf(rt.Nullable(rt.STR)), True, [["a", None, 3], None]),
    (rt.FLOAT, True, [1, 1.5, True, "1", None]), (rt.BOOL, True, [True, 1, None]),
]


@pytest.mark.parametrize(("codec", "inline", "values"), COMPILED,
                         ids=[f"{i}-{type(c).__name__}" for i, (c, _, _) in enumerate(COMPILED)])
def test_a_compiled_decoder_decodes_as_its_codec_does(codec: Any, inline: bool,
                                                        values: list[Any]) -> None:
    piece = codec.decoder_expr(rt._DecoderSource(set()), "pop('value', None)", "v")
    assert (piece is not None) is inline
    holder = _holder(codec)
    for value in values:
        compiled = holder.from_dict({"value": value}).value
        decoded = codec.decode(value, False, "$")
        assert (type(compiled), compiled) == (type(decoded), decoded), value
        assert _strictly(holder.from_dict, {"value": value}, strict=True) == \
            _strictly(codec.decode, value, True, "$.value"), value
    assert rt._built_decoder(holder, set()) is not None  # the values went through it
    assert rt._built_decoder(holder, set(), strict=True) is not None


def _strictly(decode: Any, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """What a strict decode gives (a model's field `value`), or the error it raises (where,
    and what is wrong)."""
    try:
        value = decode(*args, **kwargs)
    except rt.ResponseValidationError as error:
        return ("raised", str(error))
    value = getattr(value, "value", value) if isinstance(value, rt.Model) else value
    return (type(value), value)


def test_a_union_decodes_with_its_first_variant_that_fits() -> None:
    union = rt.UnionOf((rt.ModelOf(Pet), rt.MapOf(rt.ANY), rt.EnumOf(Colour), rt.INT))
    pet = union.decode({"name": "Rex"}, False, "$")
    assert isinstance(pet, Pet) and pet.name == "Rex"
    assert union.decode("red", False, "$") is Colour.RED
    assert union.decode(True, False, "$") is True  # no variant fits: kept as received
    assert union.decode({"tag": "x"}, False, "$") == {"tag": "x"}  # Pet needs a name
    with pytest.raises(rt.ResponseValidationError):
        union.decode(True, True, "$")


def test_a_parsed_variant_fits_only_text_that_parses() -> None:
    union = rt.UnionOf((rt.Nullable(rt.DATE), rt.STR))
    assert union.decode("2026-12-01", False, "$").year == 2026
    assert union.decode("soon", False, "$") == "soon"


def test_a_list_or_object_after_an_enum_variant_decodes() -> None:
    """It raised TypeError (unhashable) while the enum variant was asked whether it fits."""
    union = rt.UnionOf((rt.EnumOf(Colour), rt.ListOf(rt.EnumOf(Colour)), rt.MapOf(rt.INT)))
    assert union.decode(["red", "blue"], False, "$") == [Colour.RED, "blue"]
    assert union.decode({"a": 1}, True, "$") == {"a": 1}


# -- encoding: a request body and to_dict() -----------------------------------------------


@rt.model
class Account(rt.Model):
    id: str | None = rt.field(rt.STR, default=rt.UNSET, read_only=True)
    name: str = rt.field(rt.STR)
    password: str | None = rt.field(rt.STR, default=rt.UNSET)  # writeOnly: sent, never read
    created_at: dt.datetime | None = rt.field(rt.DATETIME, wire="createdAt", default=rt.UNSET,
                                              read_only=True)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


@rt.model
class Team(rt.Model):
    id: str | None = rt.field(rt.STR, default=rt.UNSET, read_only=True)
    members: list[Account] = rt.field(rt.ListOf(rt.ModelOf(Account)))
    lead: Account | None = rt.field(rt.Nullable(rt.ModelOf(Account)), default=rt.UNSET)
    by_role: dict[str, Account] | None = rt.field(rt.MapOf(rt.ModelOf(Account)),
                                                  wire="byRole", default=rt.UNSET)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


CREATED = dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC)


def _account(name: str) -> Any:
    return Account(id=f"id-{name}", name=name, password="s3cret", created_at=CREATED)


def _team() -> Any:
    team = Team(id="t1", members=[_account("ada")], lead=_account("bob"),
                by_role={"owner": _account("cy")})
    team.additional_properties["deputy"] = _account("di")
    return team


def _sent(body: Any, **options: Any) -> Any:
    """The JSON a client sends for this body."""
    encoded = rt._body(rt.Call("POST", "/teams", {}, body=body, options=options))
    return json.loads(encoded["content"])


def _account_sent(name: str) -> dict[str, Any]:
    return {"name": name, "password": "s3cret"}


def _account_whole(name: str) -> dict[str, Any]:
    return {"id": f"id-{name}", "name": name, "password": "s3cret",
            "createdAt": "2026-12-01T10:00:00Z"}


def test_a_request_body_leaves_out_read_only_fields_at_every_depth() -> None:
    assert _sent(_team()) == {
        "members": [_account_sent("ada")], "lead": _account_sent("bob"),
        "byRole": {"owner": _account_sent("cy")}, "deputy": _account_sent("di")}
    assert _sent([_account("ada")]) == [_account_sent("ada")]
    assert _sent({"team": _team()})["team"]["lead"] == _account_sent("bob")
    assert _sent(_account("ada"), extra_body={"also": _account("eve")}) == {
        **_account_sent("ada"), "also": _account_sent("eve")}


@rt.model
class Upload(rt.Model):
    id: str | None = rt.field(rt.STR, default=rt.UNSET, read_only=True)
    thumbnail: bytes | None = rt.field(rt.BASE64, default=rt.UNSET, read_only=True)
    file: bytes = rt.field(rt.BASE64)
    note: str | None = rt.field(rt.STR, default=rt.UNSET)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


def test_form_and_multipart_bodies_leave_out_read_only_fields() -> None:
    upload = Upload(id="u1", thumbnail=b"\x00", file=b"\x01", note="hi")
    form = rt._body(rt.Call("POST", "/u", {}, body=upload, body_kind="form"))
    assert form == {"data": {"file": ["AQ=="], "note": ["hi"]}}
    parts = rt._body(rt.Call("POST", "/u", {}, body=upload, body_kind="multipart",
                             options={"extra_body": {"tag": "x"}}))
    assert parts == {"files": [("file", b"\x01"), ("note", (None, b"hi")), ("tag", (None, b"x"))]}
    assert upload.to_dict() == {"id": "u1", "thumbnail": "AA==", "file": "AQ==", "note": "hi"}


def test_to_dict_keeps_read_only_and_write_only_fields() -> None:
    assert _team().to_dict() == {
        "id": "t1", "members": [_account_whole("ada")], "lead": _account_whole("bob"),
        "byRole": {"owner": _account_whole("cy")}, "deputy": _account_whole("di")}
    assert json.loads(_account("ada").to_json()) == _account_whole("ada")
    assert rt.to_wire([_account("ada")]) == [_account_whole("ada")]


class _ReadsAModel(Mapping[str, Any]):
    """A caller's mapping whose values are computed when read, here by calling to_dict()."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.seen: list[dict[str, Any]] = []

    def __getitem__(self, key: str) -> Any:
        self.seen.append(self.model.to_dict())
        return 1

    def __iter__(self) -> Iterator[str]:
        return iter(["k"])

    def __len__(self) -> int:
        return 1


def test_to_dict_called_while_a_request_body_is_encoded_is_still_whole() -> None:
    """What to_dict() returns depends on the model alone, not on what is being encoded
    around it (a context variable set for the request body once leaked into it)."""
    spy = _ReadsAModel(_account("ada"))
    assert _sent({"spy": spy}) == {"spy": {"k": 1}}
    assert spy.seen == [_account_whole("ada")]


# -- the annotation grammar (_codec_of): the runtime's side of the codec contract ------------


def _grammar_shape(codec: Any) -> Any:
    if isinstance(codec, (rt.Nullable, rt.ListOf, rt.MapOf)):
        return type(codec).__name__, _grammar_shape(getattr(codec, "inner", None) or codec.item)
    if isinstance(codec, (rt.ModelOf, rt.EnumOf)):
        return type(codec).__name__, codec.expected
    return codec


def _named_forms() -> list[tuple[str, Any]]:
    """Each `named` form of the grammar in _codec_of's docstring, with what it means, up to
    two containers deep."""
    forms: list[tuple[str, Any]] = [(text, codec) for text, codec in rt._PLAIN_CODECS.items()]
    forms += [("_m.Pet", ("ModelOf", "Pet")), ("_m.Kind | str", ("EnumOf", "one of Kind")),
              ("_m.Level | int", ("EnumOf", "one of Level"))]
    for _ in range(2):
        forms += [(f"{opening}{text}]", (kind, shape)) for text, shape in forms
                  for opening, kind in (("list[", "ListOf"), ("dict[str, ", "MapOf"))]
        forms = list(dict(forms).items())
    return forms


def test_each_named_annotation_of_the_grammar_reads_as_it_says() -> None:
    for text, shape in _named_forms():
        assert _grammar_shape(rt._codec_of(text)) == shape, text
        assert _grammar_shape(rt._codec_of(text, optional=True)) == shape, text
        # a final `| None`: null on a required field, "absent" on an optional one
        assert _grammar_shape(rt._codec_of(f"{text} | None")) == ("Nullable", shape), text
        assert _grammar_shape(rt._codec_of(f"{text} | None", optional=True)) == shape, text


@pytest.mark.parametrize("annotation", [
    "str | int", "_uuid.UUID | _dt.datetime", "list[str | None]", "dict[str, int | None]",
    "dict[int, str]", "list[_m.Kind | None]", "_m.Kind | float", "_m.Kind | str | int",
    "_models.Pet", "Pet", "_m.not-a-name", "_t.Optional[str]", "str | None | None",
    "_types.KindParam", "datetime", "list[str", "_m.Pet | _m.Other",
])
def test_an_annotation_outside_the_grammar_asks_for_a_declared_codec(annotation: str) -> None:
    with pytest.raises(TypeError, match="needs a codec"):
        rt._codec_of(annotation)


def test_the_grammar_names_every_plain_annotation_the_parser_knows() -> None:
    """The docstring is the grammar's one written form: its `plain` list is the table."""
    doc = rt._codec_of.__doc__
    line = next(line for line in doc.splitlines() if "plain      :=" in line)
    rest = doc[doc.index(line) + len(line):].split("\n\n")[0]
    listed = (line.split(":", 2)[2] + rest).split()
    assert sorted(listed) == sorted(rt._PLAIN_CODECS)
