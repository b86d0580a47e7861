"""Property-based tests of the runtime's decoding (templates/runtime.py), both paths of it.

The fast path is what a decode goes through: the straight-line decoders a model compiles
on its first lenient or strict decode, and `uuid_or_raw`'s reading of 32 hex digits. The
fallback is what it stands on: `Model._decode`, field by field through each codec, and
`uuid.UUID` itself. Whatever hypothesis draws, well-formed or not, both give the same
result: leniently nothing raises and a malformed value is kept as received; strictly a
malformed value raises ResponseValidationError, saying where (the fallback's say).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_runtime import rt

UUID = uuid.UUID  # the class itself, while a test swaps uuid.UUID out
SETTINGS = settings(max_examples=300, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


class Level(enum.StrEnum):
    LOW = "low"
    HIGH = "high"


@rt.model
class Leaf(rt.Model):
    id: uuid.UUID = rt.field(rt.UUID)
    at: dt.datetime | None = rt.field(rt.DATETIME, default=rt.UNSET)
    level: Level | str | None = rt.field(rt.EnumOf(Level), default=rt.UNSET)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


@rt.model
class Tree(rt.Model):
    id: uuid.UUID = rt.field(rt.UUID)
    created: dt.datetime = rt.field(rt.DATETIME)
    leaf: Leaf = rt.field(rt.ModelOf(Leaf))
    leaves: list[Leaf] | None = rt.field(rt.ListOf(rt.ModelOf(Leaf)), default=rt.UNSET)
    either: Any = rt.field(rt.UnionOf((rt.ListOf(rt.ModelOf(Leaf)), rt.STR)), default=rt.UNSET)
    owner: uuid.UUID | None = rt.field(rt.Nullable(rt.UUID), default=rt.UNSET)
    day: dt.date | None = rt.field(rt.DATE, default=rt.UNSET)
    count: int | None = rt.field(rt.INT, default=rt.UNSET)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


# -- strategies ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                 max_size=3),
    max_leaves=6)
HEX = "0123456789abcdefABCDEF"
# text that looks like a UUID and is not quite one: every character uuid.UUID or int() treats
# specially (dashes anywhere, braces, urn:uuid:, 0x, _, +, spaces, non-ASCII digits)
uuid_like = st.one_of(
    st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()), st.uuids().map(lambda u: u.hex),
    st.uuids().map(lambda u: "{" + str(u) + "}"), st.uuids().map(lambda u: u.urn),
    st.text(alphabet=HEX + "-", min_size=30, max_size=40),
    st.text(alphabet=HEX + "-xX_+ {}:urnid\u0661\uff11g", min_size=30, max_size=40),
    st.uuids().map(str).flatmap(lambda s: st.integers(0, 35).flatmap(
        lambda i: st.sampled_from("-_+ x{}g\u0661").map(lambda c: s[:i] + c + s[i + 1:]))),
    st.text(max_size=40))
datetime_like = st.one_of(
    st.datetimes(timezones=st.just(dt.UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    st.datetimes().map(dt.datetime.isoformat),
    st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=-5)))).map(
        dt.datetime.isoformat),
    st.text(alphabet="0123456789-:TZz.+ ", max_size=30), st.text(max_size=12))


def maybe_bad(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A well-formed wire value most of the time, else any JSON value at all."""
    return st.one_of(good, good, json_values)


def leaves() -> st.SearchStrategy[Any]:
    fields = st.fixed_dictionaries(
        {"id": maybe_bad(uuid_like)},
        optional={"at": maybe_bad(datetime_like), "level": maybe_bad(st.sampled_from(
            ["low", "high", "medium"])), "extra": json_values})
    return maybe_bad(fields)


trees = st.fixed_dictionaries(
    {"id": maybe_bad(uuid_like), "created": maybe_bad(datetime_like), "leaf": leaves()},
    optional={"leaves": maybe_bad(st.lists(leaves(), max_size=3)),
              "either": maybe_bad(st.one_of(st.lists(leaves(), max_size=2), st.text(max_size=5))),
              "owner": maybe_bad(st.one_of(st.none(), uuid_like)),
              "day": maybe_bad(st.dates().map(dt.date.isoformat)),
              "count": maybe_bad(st.integers()), "unknown": json_values})


# -- what a decode gives ---------------------------------------------------------------------


def shape(value: Any) -> Any:
    """Everything a decoded value holds, comparable with ==: types, fields, nulls, extras."""
    if isinstance(value, rt.Model):
        return (type(value).__name__, tuple((f.attr, shape(getattr(value, f.attr)))
                                            for f in value._fields),
                shape(value.additional_properties), value._nulls)
    if isinstance(value, list):
        return [shape(v) for v in value]
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, UUID):
        return (UUID, value.int, value.is_safe)
    if isinstance(value, dt.datetime):
        return (dt.datetime, value, value.tzinfo)
    return (type(value), value)


def outcome(decode: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return shape(decode(*args, **kwargs))
    except rt.ResponseValidationError as error:
        return ("ResponseValidationError", str(error))


def parses(codec: Any, value: Any) -> bool:
    return isinstance(value, str) and codec.fits(value)


# -- the properties --------------------------------------------------------------------------


@SETTINGS
@given(uuid_like)
def test_the_uuid_fast_path_reads_what_uuid_UUID_reads(text: str) -> None:
    try:
        expected: Any = uuid.UUID(text)
    except ValueError:
        expected = text
    got = rt.uuid_or_raw(text)
    assert shape(got) == shape(expected)
    assert type(got) is type(expected)


def test_the_uuid_fast_path_does_not_call_uuid_UUID(monkeypatch: pytest.MonkeyPatch) -> None:
    """Canonical text and 32 bare hex digits never reach uuid.UUID (the fallback)."""
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("went through uuid.UUID")

    text = "29827FB8-f2dd-4e80-9576-28e31e9934ac"
    expected = UUID(text)
    monkeypatch.setattr(rt._uuid, "UUID", refuse)
    for form in (text, text.replace("-", "")):
        got = rt.uuid_or_raw(form)
        assert type(got) is type(expected) and shape(got) == shape(expected)
    with pytest.raises(AssertionError):  # anything else does
        rt.uuid_or_raw("{" + text + "}")


@SETTINGS
@given(trees)
def test_lenient_decoding_never_raises_and_keeps_malformed_values(data: Any) -> None:
    compiled = Tree.from_dict(data)
    assert shape(compiled) == shape(Tree._decode(data, False, "$"))  # the fallback agrees
    for attr, codec in (("id", rt.UUID), ("created", rt.DATETIME)):
        if not parses(codec, data[attr]):
            assert getattr(compiled, attr) is data[attr]  # kept as received
    if not isinstance(data["leaf"], dict):
        assert compiled.leaf is data["leaf"]
    elif "id" in data["leaf"] and not parses(rt.UUID, data["leaf"]["id"]):
        assert compiled.leaf.id is data["leaf"]["id"]
    assert compiled.additional_properties == {k: v for k, v in data.items()
                                              if k not in {f.wire for f in Tree._fields}}


@SETTINGS
@given(trees)
def test_strict_decoding_raises_on_malformed_values_as_the_fallback_does(data: Any) -> None:
    compiled = outcome(Tree.from_dict, data, strict=True)
    assert compiled == outcome(Tree._decode, data, True, "$")  # same value, or same error
    malformed = not parses(rt.UUID, data["id"]) or not parses(rt.DATETIME, data["created"]) \
        or not isinstance(data["leaf"], dict) or not parses(rt.UUID, data["leaf"].get("id"))
    if malformed:
        assert compiled[0] == "ResponseValidationError"


def test_strict_decoding_says_where_the_malformed_value_is() -> None:
    good = {"id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "created": "2026-12-01T10:00:00Z",
            "leaf": {"id": "29827fb8-f2dd-4e80-9576-28e31e9934ac"}}
    Tree.from_dict(good, strict=True)
    for data, where in (
            ({**good, "leaves": [good["leaf"], {"id": "nope"}]}, "$.leaves[1].id"),
            ({**good, "either": [{"id": "x"}]}, "$.either[0].id"),
            ({**good, "created": "soon"}, "$.created"),
            ({**good, "owner": 5}, "$.owner"),
            ({**good, "leaf": {"id": good["id"], "level": "medium"}}, "$.leaf.level")):
        with pytest.raises(rt.ResponseValidationError, match="^" + re.escape(where) + ":"):
            Tree.from_dict(data, strict=True)
        Tree.from_dict(data)  # leniently, it is kept


def test_a_strict_decoder_is_compiled_and_used() -> None:
    good = {"id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "created": "2026-12-01T10:00:00Z",
            "leaf": {"id": "29827fb8-f2dd-4e80-9576-28e31e9934ac"}, "leaves": [], "either": "x"}
    Tree.from_dict(good, strict=True)
    assert rt._built_decoder(Tree, set(), strict=True) is vars(Tree)["_strictly"].__func__
    assert rt._built_decoder(Leaf, set(), strict=True) is not None


@rt.model
class Node(rt.Model):
    id: uuid.UUID = rt.field(rt.UUID)
    children: list[Node] | None = rt.field(rt.ListOf(rt.ModelOf("Node")), default=rt.UNSET)
    additional_properties: dict[str, Any] = rt.field(default_factory=dict)


def test_a_recursive_model_decodes_strictly_and_says_where(monkeypatch: pytest.MonkeyPatch) -> None:
    """While Node's strict decoder is built, its own children go through Node._strict: a
    malformed value deep down is still reported at its own path."""
    monkeypatch.setattr(rt, "model_named", lambda name: {"Node": Node}[name])
    good = "29827fb8-f2dd-4e80-9576-28e31e9934ac"
    tree = {"id": good, "children": [{"id": good, "children": [{"id": good}, {"id": "x"}]}]}
    with pytest.raises(rt.ResponseValidationError, match=r"^\$\.children\[0\]\.children\[1\]\.id:"):
        Node.from_dict(tree, strict=True)
    lenient = Node.from_dict(tree)
    assert lenient.children[0].children[1].id == "x"
    assert lenient.children[0].children[0].id == uuid.UUID(good)
    tree["children"][0]["children"][1]["id"] = good
    assert Node.from_dict(tree, strict=True).children[0].children[1].id == uuid.UUID(good)
