"""Operations tagged 'admin_users_' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_USERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.FooBar__)))
}


class AdminUsers_:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AdminUsers_WithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AdminUsers_WithRawResponse(self._client)

    def list_users(self) -> list[_models.FooBar__]:
        """GET /users"""
        call = _rt.Call(method="GET", path="/users", responses=_LIST_USERS_RESPONSES)
        return _t.cast("list[_models.FooBar__]", self._client.request(call))


class AdminUsers_WithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_users(self) -> _rt.RawResponse[list[_models.FooBar__]]:
        """GET /users"""
        call = _rt.Call(method="GET", path="/users", responses=_LIST_USERS_RESPONSES)
        return _t.cast("_rt.RawResponse[list[_models.FooBar__]]", self._client.request_raw(call))


class AsyncAdminUsers_:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAdminUsers_WithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAdminUsers_WithRawResponse(self._client)

    async def list_users(self) -> list[_models.FooBar__]:
        """GET /users"""
        call = _rt.Call(method="GET", path="/users", responses=_LIST_USERS_RESPONSES)
        return _t.cast("list[_models.FooBar__]", await self._client.request(call))


class AsyncAdminUsers_WithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_users(self) -> _rt.RawResponse[list[_models.FooBar__]]:
        """GET /users"""
        call = _rt.Call(method="GET", path="/users", responses=_LIST_USERS_RESPONSES)
        return _t.cast(
            "_rt.RawResponse[list[_models.FooBar__]]", await self._client.request_raw(call)
        )
