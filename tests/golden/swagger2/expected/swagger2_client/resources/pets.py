"""Operations tagged 'pets' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_PETS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.Pet)))
}
_CREATE_PET_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.Pet))
}
_UPLOAD_PHOTO_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Photo))
}


class Pets:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PetsWithRawResponse(self._client)

    def list_pets(
        self, *, tags: list[str] | None = None, ids: list[int] | None = None
    ) -> list[_models.Pet]:
        """GET /pets"""
        call = _rt.Call(
            method="GET",
            path="/pets",
            responses=_LIST_PETS_RESPONSES,
            query={"tags": tags, "ids": ids},
            exploded=frozenset({"ids"}),
        )
        return _t.cast("list[_models.Pet]", self._client.request(call))

    def create_pet(self, *, body: _models.NewPet | _t.Mapping[str, _t.Any]) -> _models.Pet:
        """POST /pets"""
        call = _rt.Call(
            method="POST",
            path="/pets",
            responses=_CREATE_PET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Pet", self._client.request(call))

    def upload_photo(
        self, *, pet_id: int, body: _models.UploadPhotoRequest | _t.Mapping[str, _t.Any]
    ) -> _models.Photo:
        """POST /pets/{petId}/photo"""
        call = _rt.Call(
            method="POST",
            path="/pets/{petId}/photo",
            responses=_UPLOAD_PHOTO_RESPONSES,
            path_params={"petId": pet_id},
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_models.Photo", self._client.request(call))


class PetsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_pets(
        self, *, tags: list[str] | None = None, ids: list[int] | None = None
    ) -> _rt.RawResponse[list[_models.Pet]]:
        """GET /pets"""
        call = _rt.Call(
            method="GET",
            path="/pets",
            responses=_LIST_PETS_RESPONSES,
            query={"tags": tags, "ids": ids},
            exploded=frozenset({"ids"}),
        )
        return _t.cast("_rt.RawResponse[list[_models.Pet]]", self._client.request_raw(call))

    def create_pet(
        self, *, body: _models.NewPet | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Pet]:
        """POST /pets"""
        call = _rt.Call(
            method="POST",
            path="/pets",
            responses=_CREATE_PET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Pet]", self._client.request_raw(call))

    def upload_photo(
        self, *, pet_id: int, body: _models.UploadPhotoRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Photo]:
        """POST /pets/{petId}/photo"""
        call = _rt.Call(
            method="POST",
            path="/pets/{petId}/photo",
            responses=_UPLOAD_PHOTO_RESPONSES,
            path_params={"petId": pet_id},
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_rt.RawResponse[_models.Photo]", self._client.request_raw(call))


class AsyncPets:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPetsWithRawResponse(self._client)

    async def list_pets(
        self, *, tags: list[str] | None = None, ids: list[int] | None = None
    ) -> list[_models.Pet]:
        """GET /pets"""
        call = _rt.Call(
            method="GET",
            path="/pets",
            responses=_LIST_PETS_RESPONSES,
            query={"tags": tags, "ids": ids},
            exploded=frozenset({"ids"}),
        )
        return _t.cast("list[_models.Pet]", await self._client.request(call))

    async def create_pet(self, *, body: _models.NewPet | _t.Mapping[str, _t.Any]) -> _models.Pet:
        """POST /pets"""
        call = _rt.Call(
            method="POST",
            path="/pets",
            responses=_CREATE_PET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Pet", await self._client.request(call))

    async def upload_photo(
        self, *, pet_id: int, body: _models.UploadPhotoRequest | _t.Mapping[str, _t.Any]
    ) -> _models.Photo:
        """POST /pets/{petId}/photo"""
        call = _rt.Call(
            method="POST",
            path="/pets/{petId}/photo",
            responses=_UPLOAD_PHOTO_RESPONSES,
            path_params={"petId": pet_id},
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_models.Photo", await self._client.request(call))


class AsyncPetsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_pets(
        self, *, tags: list[str] | None = None, ids: list[int] | None = None
    ) -> _rt.RawResponse[list[_models.Pet]]:
        """GET /pets"""
        call = _rt.Call(
            method="GET",
            path="/pets",
            responses=_LIST_PETS_RESPONSES,
            query={"tags": tags, "ids": ids},
            exploded=frozenset({"ids"}),
        )
        return _t.cast("_rt.RawResponse[list[_models.Pet]]", await self._client.request_raw(call))

    async def create_pet(
        self, *, body: _models.NewPet | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Pet]:
        """POST /pets"""
        call = _rt.Call(
            method="POST",
            path="/pets",
            responses=_CREATE_PET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Pet]", await self._client.request_raw(call))

    async def upload_photo(
        self, *, pet_id: int, body: _models.UploadPhotoRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Photo]:
        """POST /pets/{petId}/photo"""
        call = _rt.Call(
            method="POST",
            path="/pets/{petId}/photo",
            responses=_UPLOAD_PHOTO_RESPONSES,
            path_params={"petId": pet_id},
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_rt.RawResponse[_models.Photo]", await self._client.request_raw(call))
