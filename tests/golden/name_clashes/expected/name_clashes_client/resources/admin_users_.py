"""Operations tagged 'admin_users_' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_LIST_USERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.ModelOf("FooBar__")))}


class AdminUsers_(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AdminUsers_WithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AdminUsers_WithRawResponse(_rt.RawCalls(self._client))

    def list_users(self, **options: _t.Unpack[_rt.RequestOptions]) -> list[_m.FooBar__]:
        """GET /users

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/users", _LIST_USERS_RESPONSES, options=options)
        return _t.cast("list[_m.FooBar__]", self._client.request(call))


class AdminUsers_WithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_users = _rt.to_raw_response(AdminUsers_.list_users)


class AsyncAdminUsers_(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAdminUsers_WithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAdminUsers_WithRawResponse(_rt.RawCalls(self._client))

    list_users = _rt.to_async(AdminUsers_.list_users)


class AsyncAdminUsers_WithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_users = _rt.to_async_raw_response(AdminUsers_.list_users)
