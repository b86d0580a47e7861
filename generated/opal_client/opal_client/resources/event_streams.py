"""Operations tagged 'event_streams' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_EVENT_STREAMS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.EventStreamList))
}
_CREATE_EVENT_STREAM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.EventStream))
}
_UPDATE_EVENT_STREAM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.EventStream))
}
_DELETE_EVENT_STREAM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}


class EventStreams:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> EventStreamsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return EventStreamsWithRawResponse(self._client)

    def get_event_streams(self) -> _models.EventStreamList:
        """Get event streams

        Returns a list of configured event streaming connections for your organization.
        """
        call = _rt.Call(method="GET", path="/event-streams", responses=_GET_EVENT_STREAMS_RESPONSES)
        return _t.cast("_models.EventStreamList", self._client.request(call))

    def create_event_stream(
        self, *, body: _models.CreateEventStreamInfo | _t.Mapping[str, _t.Any]
    ) -> _models.EventStream:
        """Create event stream

        Creates a new event streaming connection.
        """
        call = _rt.Call(
            method="POST",
            path="/event-streams",
            responses=_CREATE_EVENT_STREAM_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.EventStream", self._client.request(call))

    def update_event_stream(
        self,
        *,
        event_stream_id: _uuid.UUID,
        body: _models.UpdateEventStreamInfo | _t.Mapping[str, _t.Any],
    ) -> _models.EventStream:
        """Update event stream

        Updates an existing event streaming connection.
        """
        call = _rt.Call(
            method="PUT",
            path="/event-streams/{event_stream_id}",
            responses=_UPDATE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.EventStream", self._client.request(call))

    def delete_event_stream(self, *, event_stream_id: _uuid.UUID) -> _t.Any:
        """Delete event stream

        Deletes an event streaming connection.
        """
        call = _rt.Call(
            method="DELETE",
            path="/event-streams/{event_stream_id}",
            responses=_DELETE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
        )
        return self._client.request(call)


class EventStreamsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_event_streams(self) -> _rt.RawResponse[_models.EventStreamList]:
        """Get event streams

        Returns a list of configured event streaming connections for your organization.
        """
        call = _rt.Call(method="GET", path="/event-streams", responses=_GET_EVENT_STREAMS_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.EventStreamList]", self._client.request_raw(call))

    def create_event_stream(
        self, *, body: _models.CreateEventStreamInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.EventStream]:
        """Create event stream

        Creates a new event streaming connection.
        """
        call = _rt.Call(
            method="POST",
            path="/event-streams",
            responses=_CREATE_EVENT_STREAM_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.EventStream]", self._client.request_raw(call))

    def update_event_stream(
        self,
        *,
        event_stream_id: _uuid.UUID,
        body: _models.UpdateEventStreamInfo | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.EventStream]:
        """Update event stream

        Updates an existing event streaming connection.
        """
        call = _rt.Call(
            method="PUT",
            path="/event-streams/{event_stream_id}",
            responses=_UPDATE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.EventStream]", self._client.request_raw(call))

    def delete_event_stream(self, *, event_stream_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Delete event stream

        Deletes an event streaming connection.
        """
        call = _rt.Call(
            method="DELETE",
            path="/event-streams/{event_stream_id}",
            responses=_DELETE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
        )
        return self._client.request_raw(call)


class AsyncEventStreams:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncEventStreamsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncEventStreamsWithRawResponse(self._client)

    async def get_event_streams(self) -> _models.EventStreamList:
        """Get event streams

        Returns a list of configured event streaming connections for your organization.
        """
        call = _rt.Call(method="GET", path="/event-streams", responses=_GET_EVENT_STREAMS_RESPONSES)
        return _t.cast("_models.EventStreamList", await self._client.request(call))

    async def create_event_stream(
        self, *, body: _models.CreateEventStreamInfo | _t.Mapping[str, _t.Any]
    ) -> _models.EventStream:
        """Create event stream

        Creates a new event streaming connection.
        """
        call = _rt.Call(
            method="POST",
            path="/event-streams",
            responses=_CREATE_EVENT_STREAM_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.EventStream", await self._client.request(call))

    async def update_event_stream(
        self,
        *,
        event_stream_id: _uuid.UUID,
        body: _models.UpdateEventStreamInfo | _t.Mapping[str, _t.Any],
    ) -> _models.EventStream:
        """Update event stream

        Updates an existing event streaming connection.
        """
        call = _rt.Call(
            method="PUT",
            path="/event-streams/{event_stream_id}",
            responses=_UPDATE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.EventStream", await self._client.request(call))

    async def delete_event_stream(self, *, event_stream_id: _uuid.UUID) -> _t.Any:
        """Delete event stream

        Deletes an event streaming connection.
        """
        call = _rt.Call(
            method="DELETE",
            path="/event-streams/{event_stream_id}",
            responses=_DELETE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
        )
        return await self._client.request(call)


class AsyncEventStreamsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_event_streams(self) -> _rt.RawResponse[_models.EventStreamList]:
        """Get event streams

        Returns a list of configured event streaming connections for your organization.
        """
        call = _rt.Call(method="GET", path="/event-streams", responses=_GET_EVENT_STREAMS_RESPONSES)
        return _t.cast(
            "_rt.RawResponse[_models.EventStreamList]", await self._client.request_raw(call)
        )

    async def create_event_stream(
        self, *, body: _models.CreateEventStreamInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.EventStream]:
        """Create event stream

        Creates a new event streaming connection.
        """
        call = _rt.Call(
            method="POST",
            path="/event-streams",
            responses=_CREATE_EVENT_STREAM_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.EventStream]", await self._client.request_raw(call))

    async def update_event_stream(
        self,
        *,
        event_stream_id: _uuid.UUID,
        body: _models.UpdateEventStreamInfo | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.EventStream]:
        """Update event stream

        Updates an existing event streaming connection.
        """
        call = _rt.Call(
            method="PUT",
            path="/event-streams/{event_stream_id}",
            responses=_UPDATE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.EventStream]", await self._client.request_raw(call))

    async def delete_event_stream(self, *, event_stream_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Delete event stream

        Deletes an event streaming connection.
        """
        call = _rt.Call(
            method="DELETE",
            path="/event-streams/{event_stream_id}",
            responses=_DELETE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
        )
        return await self._client.request_raw(call)
