"""Operations tagged 'users' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_CREATE_USER_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("User"))}
_GET_USER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("User"))}


class Users(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return UsersWithRawResponse(_rt.RawCalls(self._client))

    def create_user(
        self, *, body: _m.User | _types.UserParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.User:
        """POST /users

        Args:
            body:
                name (required)
                password (required)
                nickname (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/users",
            _CREATE_USER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.User", self._client.request(call))

    def get_user(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.User:
        """GET /users/{id}

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/users/{id}", _GET_USER_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("_m.User", self._client.request(call))


class UsersWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    create_user = _rt.to_raw_response(Users.create_user)
    get_user = _rt.to_raw_response(Users.get_user)


class AsyncUsers(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncUsersWithRawResponse(_rt.RawCalls(self._client))

    create_user = _rt.to_async(Users.create_user)
    get_user = _rt.to_async(Users.get_user)


class AsyncUsersWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    create_user = _rt.to_async_raw_response(Users.create_user)
    get_user = _rt.to_async_raw_response(Users.get_user)
