"""Operations tagged 'admin_users' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_ITEM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.FooBar))
}
_GET_ITEM_RESPONSES_: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.FooBar_))
}


class AdminUsers:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AdminUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AdminUsersWithRawResponse(self._client)

    def get_item(self, *, id: str) -> _models.FooBar:
        """GET /items/{id}"""
        call = _rt.Call(
            method="GET", path="/items/{id}", responses=_GET_ITEM_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_models.FooBar", self._client.request(call))

    def get_item_(self, *, id: str) -> _models.FooBar_:
        """GET /items/{id}/v2"""
        call = _rt.Call(
            method="GET",
            path="/items/{id}/v2",
            responses=_GET_ITEM_RESPONSES_,
            path_params={"id": id},
        )
        return _t.cast("_models.FooBar_", self._client.request(call))


class AdminUsersWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_item(self, *, id: str) -> _rt.RawResponse[_models.FooBar]:
        """GET /items/{id}"""
        call = _rt.Call(
            method="GET", path="/items/{id}", responses=_GET_ITEM_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_rt.RawResponse[_models.FooBar]", self._client.request_raw(call))

    def get_item_(self, *, id: str) -> _rt.RawResponse[_models.FooBar_]:
        """GET /items/{id}/v2"""
        call = _rt.Call(
            method="GET",
            path="/items/{id}/v2",
            responses=_GET_ITEM_RESPONSES_,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.FooBar_]", self._client.request_raw(call))


class AsyncAdminUsers:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAdminUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAdminUsersWithRawResponse(self._client)

    async def get_item(self, *, id: str) -> _models.FooBar:
        """GET /items/{id}"""
        call = _rt.Call(
            method="GET", path="/items/{id}", responses=_GET_ITEM_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_models.FooBar", await self._client.request(call))

    async def get_item_(self, *, id: str) -> _models.FooBar_:
        """GET /items/{id}/v2"""
        call = _rt.Call(
            method="GET",
            path="/items/{id}/v2",
            responses=_GET_ITEM_RESPONSES_,
            path_params={"id": id},
        )
        return _t.cast("_models.FooBar_", await self._client.request(call))


class AsyncAdminUsersWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_item(self, *, id: str) -> _rt.RawResponse[_models.FooBar]:
        """GET /items/{id}"""
        call = _rt.Call(
            method="GET", path="/items/{id}", responses=_GET_ITEM_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_rt.RawResponse[_models.FooBar]", await self._client.request_raw(call))

    async def get_item_(self, *, id: str) -> _rt.RawResponse[_models.FooBar_]:
        """GET /items/{id}/v2"""
        call = _rt.Call(
            method="GET",
            path="/items/{id}/v2",
            responses=_GET_ITEM_RESPONSES_,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.FooBar_]", await self._client.request_raw(call))
