"""Operations tagged 'pets' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_LIST_PETS_RESPONSES: _rt.Responses = {
    "200": (
        "json",
        _rt.ListOf(
            _rt.UnionOf(
                (_rt.ModelOf("Cat"), _rt.ModelOf("Dog")),
                "petType",
                {"cat": _rt.ModelOf("Cat"), "dog": _rt.ModelOf("Dog")},
            )
        ),
    )
}
_CREATE_PET_RESPONSES: _rt.Responses = {
    "201": (
        "json",
        _rt.UnionOf(
            (_rt.ModelOf("Cat"), _rt.ModelOf("Dog")),
            "petType",
            {"cat": _rt.ModelOf("Cat"), "dog": _rt.ModelOf("Dog")},
        ),
    )
}


class Pets(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PetsWithRawResponse(_rt.RawCalls(self._client))

    def list_pets(self, **options: _t.Unpack[_rt.RequestOptions]) -> list[_m.Pet]:
        """GET /pets

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/pets", _LIST_PETS_RESPONSES, options=options)
        return _t.cast("list[_m.Pet]", self._client.request(call))

    def create_pet(self, *, body: _m.Pet, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Pet:
        """POST /pets

        Args:
            body:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/pets",
            _CREATE_PET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Pet", self._client.request(call))


class PetsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_pets = _rt.to_raw_response(Pets.list_pets)
    create_pet = _rt.to_raw_response(Pets.create_pet)


class AsyncPets(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPetsWithRawResponse(_rt.RawCalls(self._client))

    list_pets = _rt.to_async(Pets.list_pets)
    create_pet = _rt.to_async(Pets.create_pet)


class AsyncPetsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_pets = _rt.to_async_raw_response(Pets.list_pets)
    create_pet = _rt.to_async_raw_response(Pets.create_pet)
