"""Operations tagged 'pets' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_PETS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": (
        "json",
        _rt.ListOf(
            _rt.UnionOf(
                (
                    _rt.ModelOf(_models.Cat),
                    _rt.ModelOf(_models.Dog),
                ),
                "kind",
                {"cat": _rt.ModelOf(_models.Cat), "dog": _rt.ModelOf(_models.Dog)},
            )
        ),
    )
}
_CREATE_PET_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": (
        "json",
        _rt.UnionOf(
            (
                _rt.ModelOf(_models.Cat),
                _rt.ModelOf(_models.Dog),
            ),
            "kind",
            {"cat": _rt.ModelOf(_models.Cat), "dog": _rt.ModelOf(_models.Dog)},
        ),
    )
}


class Pets:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PetsWithRawResponse(self._client)

    def list_pets(self) -> list[_models.Pet]:
        """GET /pets"""
        call = _rt.Call(method="GET", path="/pets", responses=_LIST_PETS_RESPONSES)
        return _t.cast("list[_models.Pet]", self._client.request(call))

    def create_pet(self, *, body: _models.Pet) -> _models.Pet:
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


class PetsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_pets(self) -> _rt.RawResponse[list[_models.Pet]]:
        """GET /pets"""
        call = _rt.Call(method="GET", path="/pets", responses=_LIST_PETS_RESPONSES)
        return _t.cast("_rt.RawResponse[list[_models.Pet]]", self._client.request_raw(call))

    def create_pet(self, *, body: _models.Pet) -> _rt.RawResponse[_models.Pet]:
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


class AsyncPets:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPetsWithRawResponse(self._client)

    async def list_pets(self) -> list[_models.Pet]:
        """GET /pets"""
        call = _rt.Call(method="GET", path="/pets", responses=_LIST_PETS_RESPONSES)
        return _t.cast("list[_models.Pet]", await self._client.request(call))

    async def create_pet(self, *, body: _models.Pet) -> _models.Pet:
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


class AsyncPetsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_pets(self) -> _rt.RawResponse[list[_models.Pet]]:
        """GET /pets"""
        call = _rt.Call(method="GET", path="/pets", responses=_LIST_PETS_RESPONSES)
        return _t.cast("_rt.RawResponse[list[_models.Pet]]", await self._client.request_raw(call))

    async def create_pet(self, *, body: _models.Pet) -> _rt.RawResponse[_models.Pet]:
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
