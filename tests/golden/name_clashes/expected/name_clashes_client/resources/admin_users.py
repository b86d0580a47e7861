"""Operations tagged 'admin_users' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_ITEM_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("FooBar"))}
_GET_ITEM_RESPONSES_: _rt.Responses = {"200": ("json", _rt.ModelOf("FooBar_"))}


class AdminUsers(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AdminUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AdminUsersWithRawResponse(_rt.RawCalls(self._client))

    def get_item(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.FooBar:
        """GET /items/{id}

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/items/{id}", _GET_ITEM_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("_m.FooBar", self._client.request(call))

    def get_item_(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.FooBar_:
        """GET /items/{id}/v2

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/items/{id}/v2", _GET_ITEM_RESPONSES_, path_params={"id": id}, options=options
        )
        return _t.cast("_m.FooBar_", self._client.request(call))


class AdminUsersWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_item = _rt.to_raw_response(AdminUsers.get_item)
    get_item_ = _rt.to_raw_response(AdminUsers.get_item_)


class AsyncAdminUsers(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAdminUsersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAdminUsersWithRawResponse(_rt.RawCalls(self._client))

    get_item = _rt.to_async(AdminUsers.get_item)
    get_item_ = _rt.to_async(AdminUsers.get_item_)


class AsyncAdminUsersWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_item = _rt.to_async_raw_response(AdminUsers.get_item)
    get_item_ = _rt.to_async_raw_response(AdminUsers.get_item_)
