"""Operations tagged 'item_things' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_ITEM_BY_ID_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Class"))}


class ItemThings(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ItemThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ItemThingsWithRawResponse(_rt.RawCalls(self._client))

    def get_item_by_id(
        self, *, item_id: str, from_: str | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Class:
        """Get an item \"\"\"quoted\"\"\"

        Args:
            item_id:
            from_:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/items/{item-id}",
            _GET_ITEM_BY_ID_RESPONSES,
            path_params={"item-id": item_id},
            query={"from": from_},
            options=options,
        )
        return _t.cast("_m.Class", self._client.request(call))


class ItemThingsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_item_by_id = _rt.to_raw_response(ItemThings.get_item_by_id)


class AsyncItemThings(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncItemThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncItemThingsWithRawResponse(_rt.RawCalls(self._client))

    get_item_by_id = _rt.to_async(ItemThings.get_item_by_id)


class AsyncItemThingsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_item_by_id = _rt.to_async_raw_response(ItemThings.get_item_by_id)
