"""Operations tagged 'events' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_EVENT_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Event"))}
_PUT_EVENT_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Event"))}


class Events(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return EventsWithRawResponse(_rt.RawCalls(self._client))

    def get_event(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Event:
        """GET /events/{id}

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/events/{id}", _GET_EVENT_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("_m.Event", self._client.request(call))

    def put_event(
        self,
        *,
        id: str,
        body: _m.Event | _types.EventParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Event:
        """PUT /events/{id}

        Args:
            id:
            body:
                kind (required): A const without a type.
                version (required): A const with a type.
                labels (optional): patternProperties - keys matching ^x- hold strings.
                meta (optional): A free-form object.
                extra (optional): A free-form object, additionalProperties true.
                values (optional): An array of a union of string, integer and Point.
                mixed (optional): An array of anyOf, with a nested array.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/events/{id}",
            _PUT_EVENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Event", self._client.request(call))


class EventsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_event = _rt.to_raw_response(Events.get_event)
    put_event = _rt.to_raw_response(Events.put_event)


class AsyncEvents(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncEventsWithRawResponse(_rt.RawCalls(self._client))

    get_event = _rt.to_async(Events.get_event)
    put_event = _rt.to_async(Events.put_event)


class AsyncEventsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_event = _rt.to_async_raw_response(Events.get_event)
    put_event = _rt.to_async_raw_response(Events.put_event)
