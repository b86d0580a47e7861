"""Operations tagged 'event_streams' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_EVENT_STREAMS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("EventStreamList"))}
_CREATE_EVENT_STREAM_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("EventStream"))}
_UPDATE_EVENT_STREAM_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("EventStream"))}
_DELETE_EVENT_STREAM_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class EventStreams(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> EventStreamsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return EventStreamsWithRawResponse(_rt.RawCalls(self._client))

    def get_event_streams(self, **options: _t.Unpack[_rt.RequestOptions]) -> _m.EventStreamList:
        """Get event streams

        Returns a list of configured event streaming connections for your organization.

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/event-streams", _GET_EVENT_STREAMS_RESPONSES, options=options)
        return _t.cast("_m.EventStreamList", self._client.request(call))

    def create_event_stream(
        self,
        *,
        body: _m.CreateEventStreamInfo | _types.CreateEventStreamInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.EventStream:
        """Create event stream

        Creates a new event streaming connection.

        Args:
            body:
                name (required): The name for the event stream.
                connection_type (required)
                webhook_url (optional): The webhook URL. Required when connection_type is WEBHOOK.
                credentials (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/event-streams",
            _CREATE_EVENT_STREAM_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.EventStream", self._client.request(call))

    def update_event_stream(
        self,
        *,
        event_stream_id: _uuid.UUID | str,
        body: _m.UpdateEventStreamInfo | _types.UpdateEventStreamInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.EventStream:
        """Update event stream

        Updates an existing event streaming connection.

        Args:
            event_stream_id: The ID of the event stream.
            body:
                name (optional): Updated name for the event stream.
                enabled (optional): Whether the event stream should be enabled.
                webhook_url (optional): Updated webhook URL.
                credentials (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/event-streams/{event_stream_id}",
            _UPDATE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.EventStream", self._client.request(call))

    def delete_event_stream(
        self, *, event_stream_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Delete event stream

        Deletes an event streaming connection.

        Args:
            event_stream_id: The ID of the event stream.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/event-streams/{event_stream_id}",
            _DELETE_EVENT_STREAM_RESPONSES,
            path_params={"event_stream_id": event_stream_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class EventStreamsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_event_streams = _rt.to_raw_response(EventStreams.get_event_streams)
    create_event_stream = _rt.to_raw_response(EventStreams.create_event_stream)
    update_event_stream = _rt.to_raw_response(EventStreams.update_event_stream)
    delete_event_stream = _rt.to_raw_response(EventStreams.delete_event_stream)


class AsyncEventStreams(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncEventStreamsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncEventStreamsWithRawResponse(_rt.RawCalls(self._client))

    get_event_streams = _rt.to_async(EventStreams.get_event_streams)
    create_event_stream = _rt.to_async(EventStreams.create_event_stream)
    update_event_stream = _rt.to_async(EventStreams.update_event_stream)
    delete_event_stream = _rt.to_async(EventStreams.delete_event_stream)


class AsyncEventStreamsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_event_streams = _rt.to_async_raw_response(EventStreams.get_event_streams)
    create_event_stream = _rt.to_async_raw_response(EventStreams.create_event_stream)
    update_event_stream = _rt.to_async_raw_response(EventStreams.update_event_stream)
    delete_event_stream = _rt.to_async_raw_response(EventStreams.delete_event_stream)
