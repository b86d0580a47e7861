"""Operations tagged 'events' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

_EVENTS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedEventList"))}
_EVENTS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_GET_EVENT_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Event")),
    "404": ("empty", None),
}


class Events(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return EventsWithRawResponse(_rt.RawCalls(self._client))

    def events(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | str | None = None,
        object_filter: _uuid.UUID | str | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedEventList:
        """Returns a list of `Event` objects.

        Args:
            start_date_filter: A start date filter for the events.
            end_date_filter: An end date filter for the events.
            actor_filter: An actor filter for the events. Supply the ID of the actor.
            object_filter: An object filter for the events. Supply the ID of the object.
            event_type_filter: An event type filter for the events.
            api_token_filter: An API filter for the events. Supply the name and preview of the API token.
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/events",
            _EVENTS_RESPONSES,
            query={
                "start_date_filter": start_date_filter,
                "end_date_filter": end_date_filter,
                "actor_filter": actor_filter,
                "object_filter": object_filter,
                "event_type_filter": event_type_filter,
                "api_token_filter": api_token_filter,
                "cursor": cursor,
                "page_size": page_size,
            },
            options=options,
        )
        return _t.cast("_m.PaginatedEventList", self._client.request(call))

    def events_iter(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | str | None = None,
        object_filter: _uuid.UUID | str | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Event]:
        """Like `events`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/events",
            _EVENTS_RESPONSES,
            query={
                "start_date_filter": start_date_filter,
                "end_date_filter": end_date_filter,
                "actor_filter": actor_filter,
                "object_filter": object_filter,
                "event_type_filter": event_type_filter,
                "api_token_filter": api_token_filter,
                "page_size": page_size,
            },
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Event]", self._client.paginate(call, _EVENTS_PAGING))

    def get_event(
        self, *, event_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Event:
        """Get event by ID

        Returns an `Event` object.

        Args:
            event_id: The ID of the event.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            NotFoundError: 404 Event not found.
        """
        call = _rt.Call(
            "GET",
            "/events/{event_id}",
            _GET_EVENT_RESPONSES,
            path_params={"event_id": event_id},
            options=options,
        )
        return _t.cast("_m.Event", self._client.request(call))


class EventsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    events = _rt.to_raw_response(Events.events)
    get_event = _rt.to_raw_response(Events.get_event)


class AsyncEvents(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncEventsWithRawResponse(_rt.RawCalls(self._client))

    events = _rt.to_async(Events.events)
    events_iter = _rt.to_async_iterator(Events.events_iter)
    get_event = _rt.to_async(Events.get_event)


class AsyncEventsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    events = _rt.to_async_raw_response(Events.events)
    get_event = _rt.to_async_raw_response(Events.get_event)
