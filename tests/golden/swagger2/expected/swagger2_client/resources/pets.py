"""Operations tagged 'pets' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_PETS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.ModelOf("Pet")))}
_CREATE_PET_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("Pet"))}
_UPLOAD_PHOTO_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Photo"))}


class Pets(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PetsWithRawResponse(_rt.RawCalls(self._client))

    def list_pets(
        self,
        *,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_m.Pet]:
        """GET /pets

        Args:
            tags: collectionFormat csv - tags=a,b.
            ids: collectionFormat multi - ids=1&ids=2.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/pets",
            _LIST_PETS_RESPONSES,
            query={"tags": tags, "ids": ids},
            exploded=frozenset({"ids"}),
            options=options,
        )
        return _t.cast("list[_m.Pet]", self._client.request(call))

    def create_pet(
        self, *, body: _m.NewPet | _types.NewPetParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Pet:
        """POST /pets

        Args:
            body:
                name (required)
                tag (optional)
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

    def upload_photo(
        self,
        *,
        pet_id: int,
        body: _m.UploadPhotoRequest | _types.UploadPhotoRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Photo:
        """POST /pets/{petId}/photo

        Args:
            pet_id:
            body:
                file (required)
                caption (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/pets/{petId}/photo",
            _UPLOAD_PHOTO_RESPONSES,
            path_params={"petId": pet_id},
            body=body,
            body_kind="multipart",
            options=options,
        )
        return _t.cast("_m.Photo", self._client.request(call))


class PetsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_pets = _rt.to_raw_response(Pets.list_pets)
    create_pet = _rt.to_raw_response(Pets.create_pet)
    upload_photo = _rt.to_raw_response(Pets.upload_photo)


class AsyncPets(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPetsWithRawResponse(_rt.RawCalls(self._client))

    list_pets = _rt.to_async(Pets.list_pets)
    create_pet = _rt.to_async(Pets.create_pet)
    upload_photo = _rt.to_async(Pets.upload_photo)


class AsyncPetsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_pets = _rt.to_async_raw_response(Pets.list_pets)
    create_pet = _rt.to_async_raw_response(Pets.create_pet)
    upload_photo = _rt.to_async_raw_response(Pets.upload_photo)
