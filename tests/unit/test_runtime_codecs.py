"""The runtime's codecs (templates/runtime.py), loaded straight from the template.

A union decodes a value with its first variant that fits it: each codec says what fits.
"""

from __future__ import annotations

import enum
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_runtime() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_rt_codecs", REPO / "templates" / "runtime.py")
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
    (rt.ANY, None, True), (rt.ANY, object(), True), (rt.BASE64, "AAEC", True),
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
