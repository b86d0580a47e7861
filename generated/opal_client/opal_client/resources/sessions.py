"""Operations tagged 'sessions' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

_SESSIONS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("SessionsList"))}


class Sessions(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SessionsWithRawResponse(_rt.RawCalls(self._client))

    def sessions(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.SessionsList:
        """Returns a list of `Session` objects.

        Args:
            resource_id: The ID of the resource.
            user_id: The ID of the user you wish to query sessions for.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/sessions",
            _SESSIONS_RESPONSES,
            query={"resource_id": resource_id, "user_id": user_id},
            options=options,
        )
        return _t.cast("_m.SessionsList", self._client.request(call))


class SessionsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    sessions = _rt.to_raw_response(Sessions.sessions)


class AsyncSessions(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSessionsWithRawResponse(_rt.RawCalls(self._client))

    sessions = _rt.to_async(Sessions.sessions)


class AsyncSessionsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    sessions = _rt.to_async_raw_response(Sessions.sessions)
