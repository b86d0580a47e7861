"""generator.model.ir: the intermediate model is frozen, and its two small helpers."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from generator.model import ir


def test_every_record_of_the_ir_is_frozen() -> None:
    """Every later stage reads the IR; none may change it under another's feet."""
    records = [c for _, c in inspect.getmembers(ir, inspect.isclass)
               if dataclasses.is_dataclass(c) and c.__module__ == ir.__name__]
    assert len(records) > 20
    assert [c.__name__ for c in records if not c.__dataclass_params__.frozen] == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        ir.Ref("#/a").key = "#/b"  # type: ignore[misc]


def test_without_null_looks_through_one_nullable_only() -> None:
    string = ir.Primitive("string")
    assert ir.without_null(string) is string
    assert ir.without_null(ir.Nullable(string)) is string
    twice = ir.Nullable(ir.Nullable(string))
    assert ir.without_null(twice) == ir.Nullable(string)


def test_a_place_passes_its_operation_and_response_to_what_it_holds() -> None:
    place = ir.Place(None, ("Request",), ("post", "/pets"))
    body = place.of_response("201")
    assert body == ir.Place(None, ("Request",), ("post", "/pets"), "201")
    assert body.child("items") == ir.Place(None, ("Request", "items"), ("post", "/pets"), "201")
    assert place.child("items").response is None


def test_inner_types_are_what_a_type_writes_inside_it_not_what_a_ref_names() -> None:
    string, ref = ir.Primitive("string"), ir.Ref("#/components/schemas/Pet")
    assert ir.inner_types(ir.ArrayType(string)) == (string,)
    assert ir.inner_types(ir.MapType(ref)) == (ref,)
    assert ir.inner_types(ir.Nullable(ref)) == (ref,)
    assert ir.inner_types(ir.UnionType((string, ref))) == (string, ref)
    assert ir.inner_types(ref) == () == ir.inner_types(string) == ir.inner_types(ir.AnyType())
