"""Operations tagged 'events' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_EVENT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Event))
}
_PUT_EVENT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Event))
}


class Events:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return EventsWithRawResponse(self._client)

    def get_event(self, *, id: str) -> _models.Event:
        """GET /events/{id}"""
        call = _rt.Call(
            method="GET",
            path="/events/{id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Event", self._client.request(call))

    def put_event(self, *, id: str, body: _models.Event | _t.Mapping[str, _t.Any]) -> _models.Event:
        """PUT /events/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/events/{id}",
            responses=_PUT_EVENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Event", self._client.request(call))


class EventsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_event(self, *, id: str) -> _rt.RawResponse[_models.Event]:
        """GET /events/{id}"""
        call = _rt.Call(
            method="GET",
            path="/events/{id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Event]", self._client.request_raw(call))

    def put_event(
        self, *, id: str, body: _models.Event | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Event]:
        """PUT /events/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/events/{id}",
            responses=_PUT_EVENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Event]", self._client.request_raw(call))


class AsyncEvents:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncEventsWithRawResponse(self._client)

    async def get_event(self, *, id: str) -> _models.Event:
        """GET /events/{id}"""
        call = _rt.Call(
            method="GET",
            path="/events/{id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Event", await self._client.request(call))

    async def put_event(
        self, *, id: str, body: _models.Event | _t.Mapping[str, _t.Any]
    ) -> _models.Event:
        """PUT /events/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/events/{id}",
            responses=_PUT_EVENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Event", await self._client.request(call))


class AsyncEventsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_event(self, *, id: str) -> _rt.RawResponse[_models.Event]:
        """GET /events/{id}"""
        call = _rt.Call(
            method="GET",
            path="/events/{id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Event]", await self._client.request_raw(call))

    async def put_event(
        self, *, id: str, body: _models.Event | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Event]:
        """PUT /events/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/events/{id}",
            responses=_PUT_EVENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Event]", await self._client.request_raw(call))
