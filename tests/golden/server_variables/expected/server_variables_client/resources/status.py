"""Operations tagged 'status' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_STATUS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Status))
}


class Status:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> StatusWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return StatusWithRawResponse(self._client)

    def get_status(self) -> _models.Status:
        """GET /status"""
        call = _rt.Call(method="GET", path="/status", responses=_GET_STATUS_RESPONSES)
        return _t.cast("_models.Status", self._client.request(call))


class StatusWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_status(self) -> _rt.RawResponse[_models.Status]:
        """GET /status"""
        call = _rt.Call(method="GET", path="/status", responses=_GET_STATUS_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.Status]", self._client.request_raw(call))


class AsyncStatus:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncStatusWithRawResponse(self._client)

    async def get_status(self) -> _models.Status:
        """GET /status"""
        call = _rt.Call(method="GET", path="/status", responses=_GET_STATUS_RESPONSES)
        return _t.cast("_models.Status", await self._client.request(call))


class AsyncStatusWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_status(self) -> _rt.RawResponse[_models.Status]:
        """GET /status"""
        call = _rt.Call(method="GET", path="/status", responses=_GET_STATUS_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.Status]", await self._client.request_raw(call))
