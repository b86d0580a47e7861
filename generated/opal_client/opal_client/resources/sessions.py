"""Operations tagged 'sessions' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_SESSIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.SessionsList))
}


class Sessions:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SessionsWithRawResponse(self._client)

    def sessions(
        self, *, resource_id: _uuid.UUID, user_id: str | None = None
    ) -> _models.SessionsList:
        """Returns a list of `Session` objects."""
        call = _rt.Call(
            method="GET",
            path="/sessions",
            responses=_SESSIONS_RESPONSES,
            query={"resource_id": resource_id, "user_id": user_id},
        )
        return _t.cast("_models.SessionsList", self._client.request(call))


class SessionsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def sessions(
        self, *, resource_id: _uuid.UUID, user_id: str | None = None
    ) -> _rt.RawResponse[_models.SessionsList]:
        """Returns a list of `Session` objects."""
        call = _rt.Call(
            method="GET",
            path="/sessions",
            responses=_SESSIONS_RESPONSES,
            query={"resource_id": resource_id, "user_id": user_id},
        )
        return _t.cast("_rt.RawResponse[_models.SessionsList]", self._client.request_raw(call))


class AsyncSessions:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSessionsWithRawResponse(self._client)

    async def sessions(
        self, *, resource_id: _uuid.UUID, user_id: str | None = None
    ) -> _models.SessionsList:
        """Returns a list of `Session` objects."""
        call = _rt.Call(
            method="GET",
            path="/sessions",
            responses=_SESSIONS_RESPONSES,
            query={"resource_id": resource_id, "user_id": user_id},
        )
        return _t.cast("_models.SessionsList", await self._client.request(call))


class AsyncSessionsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def sessions(
        self, *, resource_id: _uuid.UUID, user_id: str | None = None
    ) -> _rt.RawResponse[_models.SessionsList]:
        """Returns a list of `Session` objects."""
        call = _rt.Call(
            method="GET",
            path="/sessions",
            responses=_SESSIONS_RESPONSES,
            query={"resource_id": resource_id, "user_id": user_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.SessionsList]", await self._client.request_raw(call)
        )
