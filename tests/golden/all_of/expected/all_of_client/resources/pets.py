"""Operations tagged 'pets' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_DOG_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Dog"))}
_GET_OWNER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Owner"))}


class Pets(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PetsWithRawResponse(_rt.RawCalls(self._client))

    def get_dog(self, *, dog_id: int, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Dog:
        """GET /dogs/{dogId}

        Args:
            dog_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/dogs/{dogId}",
            _GET_DOG_RESPONSES,
            path_params={"dogId": dog_id},
            options=options,
        )
        return _t.cast("_m.Dog", self._client.request(call))

    def get_owner(self, *, owner_id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Owner:
        """GET /owners/{ownerId}

        Args:
            owner_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/owners/{ownerId}",
            _GET_OWNER_RESPONSES,
            path_params={"ownerId": owner_id},
            options=options,
        )
        return _t.cast("_m.Owner", self._client.request(call))


class PetsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_dog = _rt.to_raw_response(Pets.get_dog)
    get_owner = _rt.to_raw_response(Pets.get_owner)


class AsyncPets(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPetsWithRawResponse(_rt.RawCalls(self._client))

    get_dog = _rt.to_async(Pets.get_dog)
    get_owner = _rt.to_async(Pets.get_owner)


class AsyncPetsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_dog = _rt.to_async_raw_response(Pets.get_dog)
    get_owner = _rt.to_async_raw_response(Pets.get_owner)
