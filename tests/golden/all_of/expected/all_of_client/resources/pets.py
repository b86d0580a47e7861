"""Operations tagged 'pets' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_DOG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Dog))
}
_GET_OWNER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Owner))
}


class Pets:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PetsWithRawResponse(self._client)

    def get_dog(self, *, dog_id: int) -> _models.Dog:
        """GET /dogs/{dogId}"""
        call = _rt.Call(
            method="GET",
            path="/dogs/{dogId}",
            responses=_GET_DOG_RESPONSES,
            path_params={"dogId": dog_id},
        )
        return _t.cast("_models.Dog", self._client.request(call))

    def get_owner(self, *, owner_id: str) -> _models.Owner:
        """GET /owners/{ownerId}"""
        call = _rt.Call(
            method="GET",
            path="/owners/{ownerId}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"ownerId": owner_id},
        )
        return _t.cast("_models.Owner", self._client.request(call))


class PetsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_dog(self, *, dog_id: int) -> _rt.RawResponse[_models.Dog]:
        """GET /dogs/{dogId}"""
        call = _rt.Call(
            method="GET",
            path="/dogs/{dogId}",
            responses=_GET_DOG_RESPONSES,
            path_params={"dogId": dog_id},
        )
        return _t.cast("_rt.RawResponse[_models.Dog]", self._client.request_raw(call))

    def get_owner(self, *, owner_id: str) -> _rt.RawResponse[_models.Owner]:
        """GET /owners/{ownerId}"""
        call = _rt.Call(
            method="GET",
            path="/owners/{ownerId}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"ownerId": owner_id},
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", self._client.request_raw(call))


class AsyncPets:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPetsWithRawResponse(self._client)

    async def get_dog(self, *, dog_id: int) -> _models.Dog:
        """GET /dogs/{dogId}"""
        call = _rt.Call(
            method="GET",
            path="/dogs/{dogId}",
            responses=_GET_DOG_RESPONSES,
            path_params={"dogId": dog_id},
        )
        return _t.cast("_models.Dog", await self._client.request(call))

    async def get_owner(self, *, owner_id: str) -> _models.Owner:
        """GET /owners/{ownerId}"""
        call = _rt.Call(
            method="GET",
            path="/owners/{ownerId}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"ownerId": owner_id},
        )
        return _t.cast("_models.Owner", await self._client.request(call))


class AsyncPetsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_dog(self, *, dog_id: int) -> _rt.RawResponse[_models.Dog]:
        """GET /dogs/{dogId}"""
        call = _rt.Call(
            method="GET",
            path="/dogs/{dogId}",
            responses=_GET_DOG_RESPONSES,
            path_params={"dogId": dog_id},
        )
        return _t.cast("_rt.RawResponse[_models.Dog]", await self._client.request_raw(call))

    async def get_owner(self, *, owner_id: str) -> _rt.RawResponse[_models.Owner]:
        """GET /owners/{ownerId}"""
        call = _rt.Call(
            method="GET",
            path="/owners/{ownerId}",
            responses=_GET_OWNER_RESPONSES,
            path_params={"ownerId": owner_id},
        )
        return _t.cast("_rt.RawResponse[_models.Owner]", await self._client.request_raw(call))
