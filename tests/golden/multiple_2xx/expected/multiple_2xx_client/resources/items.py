"""Operations tagged 'items' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_PUT_ITEM_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Item")),
    "201": ("json", _rt.ModelOf("Created")),
    "204": ("empty", None),
    "default": ("json", _rt.ModelOf("Error")),
}


class Items(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ItemsWithRawResponse(_rt.RawCalls(self._client))

    def put_item(
        self, *, id: str, body: _m.Item | _types.ItemParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Item | _m.Created | None:
        """PUT /items/{id}

        Args:
            id:
            body:
                id (required)
                name (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Any error.
        """
        call = _rt.Call(
            "PUT",
            "/items/{id}",
            _PUT_ITEM_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Item | _m.Created | None", self._client.request(call))


class ItemsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    put_item = _rt.to_raw_response(Items.put_item)


class AsyncItems(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncItemsWithRawResponse(_rt.RawCalls(self._client))

    put_item = _rt.to_async(Items.put_item)


class AsyncItemsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    put_item = _rt.to_async_raw_response(Items.put_item)
