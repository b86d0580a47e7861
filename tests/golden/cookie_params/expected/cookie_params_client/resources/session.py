"""Operations tagged 'session' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_SESSION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Session))
}


class Session:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SessionWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SessionWithRawResponse(self._client)

    def get_session(
        self,
        *,
        session_id: str,
        theme: _models.GetSessionTheme | str | None = None,
        visits: int | None = None,
    ) -> _models.Session:
        """GET /session"""
        call = _rt.Call(
            method="GET",
            path="/session",
            responses=_GET_SESSION_RESPONSES,
            cookies={"session_id": session_id, "theme": theme, "visits": visits},
        )
        return _t.cast("_models.Session", self._client.request(call))


class SessionWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_session(
        self,
        *,
        session_id: str,
        theme: _models.GetSessionTheme | str | None = None,
        visits: int | None = None,
    ) -> _rt.RawResponse[_models.Session]:
        """GET /session"""
        call = _rt.Call(
            method="GET",
            path="/session",
            responses=_GET_SESSION_RESPONSES,
            cookies={"session_id": session_id, "theme": theme, "visits": visits},
        )
        return _t.cast("_rt.RawResponse[_models.Session]", self._client.request_raw(call))


class AsyncSession:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSessionWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSessionWithRawResponse(self._client)

    async def get_session(
        self,
        *,
        session_id: str,
        theme: _models.GetSessionTheme | str | None = None,
        visits: int | None = None,
    ) -> _models.Session:
        """GET /session"""
        call = _rt.Call(
            method="GET",
            path="/session",
            responses=_GET_SESSION_RESPONSES,
            cookies={"session_id": session_id, "theme": theme, "visits": visits},
        )
        return _t.cast("_models.Session", await self._client.request(call))


class AsyncSessionWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_session(
        self,
        *,
        session_id: str,
        theme: _models.GetSessionTheme | str | None = None,
        visits: int | None = None,
    ) -> _rt.RawResponse[_models.Session]:
        """GET /session"""
        call = _rt.Call(
            method="GET",
            path="/session",
            responses=_GET_SESSION_RESPONSES,
            cookies={"session_id": session_id, "theme": theme, "visits": visits},
        )
        return _t.cast("_rt.RawResponse[_models.Session]", await self._client.request_raw(call))
