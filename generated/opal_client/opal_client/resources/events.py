"""Operations tagged 'events' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_EVENTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedEventList))
}
_GET_EVENT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Event)),
    "404": ("empty", None),
}


class Events:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return EventsWithRawResponse(self._client)

    def events(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | None = None,
        object_filter: _uuid.UUID | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _models.PaginatedEventList:
        """Returns a list of `Event` objects."""
        call = _rt.Call(
            method="GET",
            path="/events",
            responses=_EVENTS_RESPONSES,
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
        )
        return _t.cast("_models.PaginatedEventList", self._client.request(call))

    def events_iter(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | None = None,
        object_filter: _uuid.UUID | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        page_size: int | None = None,
    ) -> _t.Iterator[_models.Event]:
        """Like `events`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/events",
            responses=_EVENTS_RESPONSES,
            query={
                "start_date_filter": start_date_filter,
                "end_date_filter": end_date_filter,
                "actor_filter": actor_filter,
                "object_filter": object_filter,
                "event_type_filter": event_type_filter,
                "api_token_filter": api_token_filter,
                "page_size": page_size,
            },
        )
        return _t.cast(
            "_t.Iterator[_models.Event]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def get_event(self, *, event_id: _uuid.UUID) -> _models.Event:
        """Get event by ID

        Returns an `Event` object.
        """
        call = _rt.Call(
            method="GET",
            path="/events/{event_id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"event_id": event_id},
        )
        return _t.cast("_models.Event", self._client.request(call))


class EventsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def events(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | None = None,
        object_filter: _uuid.UUID | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _rt.RawResponse[_models.PaginatedEventList]:
        """Returns a list of `Event` objects."""
        call = _rt.Call(
            method="GET",
            path="/events",
            responses=_EVENTS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedEventList]", self._client.request_raw(call)
        )

    def get_event(self, *, event_id: _uuid.UUID) -> _rt.RawResponse[_models.Event]:
        """Get event by ID

        Returns an `Event` object.
        """
        call = _rt.Call(
            method="GET",
            path="/events/{event_id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"event_id": event_id},
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

    async def events(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | None = None,
        object_filter: _uuid.UUID | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _models.PaginatedEventList:
        """Returns a list of `Event` objects."""
        call = _rt.Call(
            method="GET",
            path="/events",
            responses=_EVENTS_RESPONSES,
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
        )
        return _t.cast("_models.PaginatedEventList", await self._client.request(call))

    def events_iter(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | None = None,
        object_filter: _uuid.UUID | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        page_size: int | None = None,
    ) -> _t.AsyncIterator[_models.Event]:
        """Like `events`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/events",
            responses=_EVENTS_RESPONSES,
            query={
                "start_date_filter": start_date_filter,
                "end_date_filter": end_date_filter,
                "actor_filter": actor_filter,
                "object_filter": object_filter,
                "event_type_filter": event_type_filter,
                "api_token_filter": api_token_filter,
                "page_size": page_size,
            },
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Event]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def get_event(self, *, event_id: _uuid.UUID) -> _models.Event:
        """Get event by ID

        Returns an `Event` object.
        """
        call = _rt.Call(
            method="GET",
            path="/events/{event_id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"event_id": event_id},
        )
        return _t.cast("_models.Event", await self._client.request(call))


class AsyncEventsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def events(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        actor_filter: _uuid.UUID | None = None,
        object_filter: _uuid.UUID | None = None,
        event_type_filter: str | None = None,
        api_token_filter: str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _rt.RawResponse[_models.PaginatedEventList]:
        """Returns a list of `Event` objects."""
        call = _rt.Call(
            method="GET",
            path="/events",
            responses=_EVENTS_RESPONSES,
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
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedEventList]", await self._client.request_raw(call)
        )

    async def get_event(self, *, event_id: _uuid.UUID) -> _rt.RawResponse[_models.Event]:
        """Get event by ID

        Returns an `Event` object.
        """
        call = _rt.Call(
            method="GET",
            path="/events/{event_id}",
            responses=_GET_EVENT_RESPONSES,
            path_params={"event_id": event_id},
        )
        return _t.cast("_rt.RawResponse[_models.Event]", await self._client.request_raw(call))
