"""Operations tagged 'people' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_PERSON_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Person))
}
_UPDATE_PERSON_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Person))
}


class People:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PeopleWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PeopleWithRawResponse(self._client)

    def get_person(self, *, id: str) -> _models.Person:
        """GET /people/{id}"""
        call = _rt.Call(
            method="GET",
            path="/people/{id}",
            responses=_GET_PERSON_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Person", self._client.request(call))

    def update_person(
        self, *, id: str, body: _models.Person | _t.Mapping[str, _t.Any]
    ) -> _models.Person:
        """PUT /people/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/people/{id}",
            responses=_UPDATE_PERSON_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Person", self._client.request(call))


class PeopleWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_person(self, *, id: str) -> _rt.RawResponse[_models.Person]:
        """GET /people/{id}"""
        call = _rt.Call(
            method="GET",
            path="/people/{id}",
            responses=_GET_PERSON_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Person]", self._client.request_raw(call))

    def update_person(
        self, *, id: str, body: _models.Person | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Person]:
        """PUT /people/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/people/{id}",
            responses=_UPDATE_PERSON_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Person]", self._client.request_raw(call))


class AsyncPeople:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPeopleWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPeopleWithRawResponse(self._client)

    async def get_person(self, *, id: str) -> _models.Person:
        """GET /people/{id}"""
        call = _rt.Call(
            method="GET",
            path="/people/{id}",
            responses=_GET_PERSON_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Person", await self._client.request(call))

    async def update_person(
        self, *, id: str, body: _models.Person | _t.Mapping[str, _t.Any]
    ) -> _models.Person:
        """PUT /people/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/people/{id}",
            responses=_UPDATE_PERSON_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Person", await self._client.request(call))


class AsyncPeopleWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_person(self, *, id: str) -> _rt.RawResponse[_models.Person]:
        """GET /people/{id}"""
        call = _rt.Call(
            method="GET",
            path="/people/{id}",
            responses=_GET_PERSON_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Person]", await self._client.request_raw(call))

    async def update_person(
        self, *, id: str, body: _models.Person | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Person]:
        """PUT /people/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/people/{id}",
            responses=_UPDATE_PERSON_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Person]", await self._client.request_raw(call))
