"""Operations tagged 'users' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_CREATE_USER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.User))
}
_GET_USER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.User))
}


class Users:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return UsersWithRawResponse(self._client)

    def create_user(self, *, body: _models.User | _t.Mapping[str, _t.Any]) -> _models.User:
        """POST /users"""
        call = _rt.Call(
            method="POST",
            path="/users",
            responses=_CREATE_USER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.User", self._client.request(call))

    def get_user(self, *, id: str) -> _models.User:
        """GET /users/{id}"""
        call = _rt.Call(
            method="GET", path="/users/{id}", responses=_GET_USER_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_models.User", self._client.request(call))


class UsersWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def create_user(
        self, *, body: _models.User | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.User]:
        """POST /users"""
        call = _rt.Call(
            method="POST",
            path="/users",
            responses=_CREATE_USER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.User]", self._client.request_raw(call))

    def get_user(self, *, id: str) -> _rt.RawResponse[_models.User]:
        """GET /users/{id}"""
        call = _rt.Call(
            method="GET", path="/users/{id}", responses=_GET_USER_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_rt.RawResponse[_models.User]", self._client.request_raw(call))


class AsyncUsers:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncUsersWithRawResponse(self._client)

    async def create_user(self, *, body: _models.User | _t.Mapping[str, _t.Any]) -> _models.User:
        """POST /users"""
        call = _rt.Call(
            method="POST",
            path="/users",
            responses=_CREATE_USER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.User", await self._client.request(call))

    async def get_user(self, *, id: str) -> _models.User:
        """GET /users/{id}"""
        call = _rt.Call(
            method="GET", path="/users/{id}", responses=_GET_USER_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_models.User", await self._client.request(call))


class AsyncUsersWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def create_user(
        self, *, body: _models.User | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.User]:
        """POST /users"""
        call = _rt.Call(
            method="POST",
            path="/users",
            responses=_CREATE_USER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.User]", await self._client.request_raw(call))

    async def get_user(self, *, id: str) -> _rt.RawResponse[_models.User]:
        """GET /users/{id}"""
        call = _rt.Call(
            method="GET", path="/users/{id}", responses=_GET_USER_RESPONSES, path_params={"id": id}
        )
        return _t.cast("_rt.RawResponse[_models.User]", await self._client.request_raw(call))
