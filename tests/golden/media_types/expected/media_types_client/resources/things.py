"""Operations tagged 'things' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_CREATE_THING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.Thing))
}
_GET_ANYTHING_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Thing))
}
_GET_NOTE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("text", None)}
_PUT_NOTE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"204": ("empty", None)}
_PUT_BLOB_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Stored))
}


class Things:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ThingsWithRawResponse(self._client)

    def create_thing(self, *, body: _models.Thing | _t.Mapping[str, _t.Any]) -> _models.Thing:
        """POST /things"""
        call = _rt.Call(
            method="POST",
            path="/things",
            responses=_CREATE_THING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/vnd.x+json",
        )
        return _t.cast("_models.Thing", self._client.request(call))

    def get_anything(self, *, id: str) -> _models.Thing:
        """GET /things/{id}/any"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/any",
            responses=_GET_ANYTHING_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Thing", self._client.request(call))

    def get_note(self, *, id: str) -> str:
        """GET /things/{id}/note"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/note",
            responses=_GET_NOTE_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("str", self._client.request(call))

    def put_note(self, *, id: str, body: str) -> None:
        """PUT /things/{id}/note"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/note",
            responses=_PUT_NOTE_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="text",
            content_type="text/plain",
        )
        return _t.cast("None", self._client.request(call))

    def put_blob(self, *, id: str, body: bytes) -> _models.Stored:
        """PUT /things/{id}/blob"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/blob",
            responses=_PUT_BLOB_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
        )
        return _t.cast("_models.Stored", self._client.request(call))


class ThingsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def create_thing(
        self, *, body: _models.Thing | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Thing]:
        """POST /things"""
        call = _rt.Call(
            method="POST",
            path="/things",
            responses=_CREATE_THING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/vnd.x+json",
        )
        return _t.cast("_rt.RawResponse[_models.Thing]", self._client.request_raw(call))

    def get_anything(self, *, id: str) -> _rt.RawResponse[_models.Thing]:
        """GET /things/{id}/any"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/any",
            responses=_GET_ANYTHING_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Thing]", self._client.request_raw(call))

    def get_note(self, *, id: str) -> _rt.RawResponse[str]:
        """GET /things/{id}/note"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/note",
            responses=_GET_NOTE_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[str]", self._client.request_raw(call))

    def put_note(self, *, id: str, body: str) -> _rt.RawResponse[None]:
        """PUT /things/{id}/note"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/note",
            responses=_PUT_NOTE_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="text",
            content_type="text/plain",
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))

    def put_blob(self, *, id: str, body: bytes) -> _rt.RawResponse[_models.Stored]:
        """PUT /things/{id}/blob"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/blob",
            responses=_PUT_BLOB_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
        )
        return _t.cast("_rt.RawResponse[_models.Stored]", self._client.request_raw(call))


class AsyncThings:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncThingsWithRawResponse(self._client)

    async def create_thing(self, *, body: _models.Thing | _t.Mapping[str, _t.Any]) -> _models.Thing:
        """POST /things"""
        call = _rt.Call(
            method="POST",
            path="/things",
            responses=_CREATE_THING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/vnd.x+json",
        )
        return _t.cast("_models.Thing", await self._client.request(call))

    async def get_anything(self, *, id: str) -> _models.Thing:
        """GET /things/{id}/any"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/any",
            responses=_GET_ANYTHING_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Thing", await self._client.request(call))

    async def get_note(self, *, id: str) -> str:
        """GET /things/{id}/note"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/note",
            responses=_GET_NOTE_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("str", await self._client.request(call))

    async def put_note(self, *, id: str, body: str) -> None:
        """PUT /things/{id}/note"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/note",
            responses=_PUT_NOTE_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="text",
            content_type="text/plain",
        )
        return _t.cast("None", await self._client.request(call))

    async def put_blob(self, *, id: str, body: bytes) -> _models.Stored:
        """PUT /things/{id}/blob"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/blob",
            responses=_PUT_BLOB_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
        )
        return _t.cast("_models.Stored", await self._client.request(call))


class AsyncThingsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def create_thing(
        self, *, body: _models.Thing | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Thing]:
        """POST /things"""
        call = _rt.Call(
            method="POST",
            path="/things",
            responses=_CREATE_THING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/vnd.x+json",
        )
        return _t.cast("_rt.RawResponse[_models.Thing]", await self._client.request_raw(call))

    async def get_anything(self, *, id: str) -> _rt.RawResponse[_models.Thing]:
        """GET /things/{id}/any"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/any",
            responses=_GET_ANYTHING_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Thing]", await self._client.request_raw(call))

    async def get_note(self, *, id: str) -> _rt.RawResponse[str]:
        """GET /things/{id}/note"""
        call = _rt.Call(
            method="GET",
            path="/things/{id}/note",
            responses=_GET_NOTE_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[str]", await self._client.request_raw(call))

    async def put_note(self, *, id: str, body: str) -> _rt.RawResponse[None]:
        """PUT /things/{id}/note"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/note",
            responses=_PUT_NOTE_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="text",
            content_type="text/plain",
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))

    async def put_blob(self, *, id: str, body: bytes) -> _rt.RawResponse[_models.Stored]:
        """PUT /things/{id}/blob"""
        call = _rt.Call(
            method="PUT",
            path="/things/{id}/blob",
            responses=_PUT_BLOB_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
        )
        return _t.cast("_rt.RawResponse[_models.Stored]", await self._client.request_raw(call))
