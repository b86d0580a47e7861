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

_LIST_ITEMS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.ModelOf("Item")))}
_GET_ITEM_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Item"))}


class Items(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ItemsWithRawResponse(_rt.RawCalls(self._client))

    def list_items(
        self,
        *,
        store_id: str,
        q: str,
        x_request_id: str | None = None,
        limit: int | None = None,
        tags: list[str] | None = None,
        sort: _types.ListItemsSortParam | None = None,
        include_deleted: bool | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_m.Item]:
        """GET /stores/{storeId}/items

        Args:
            store_id: Declared at path-item level.
            q:
            x_request_id: Declared at path-item level.
            limit:
            tags: Repeated key (style form, explode true) - tags=a&tags=b.
            sort:
            include_deleted:
            opc_request_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/stores/{storeId}/items",
            _LIST_ITEMS_RESPONSES,
            path_params={"storeId": store_id},
            query={
                "q": q,
                "limit": limit,
                "tags": tags,
                "sort": sort,
                "includeDeleted": include_deleted,
            },
            exploded=frozenset({"tags"}),
            headers={"X-Request-Id": x_request_id, "opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("list[_m.Item]", self._client.request(call))

    def get_item(
        self,
        *,
        store_id: str,
        item_id: int,
        x_request_id: str,
        fields: list[str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Item:
        """GET /stores/{storeId}/items/{itemId}

        Args:
            store_id:
            item_id:
            x_request_id:
            fields: Comma-joined (explode false) - fields=a,b.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/stores/{storeId}/items/{itemId}",
            _GET_ITEM_RESPONSES,
            path_params={"storeId": store_id, "itemId": item_id},
            query={"fields": fields},
            headers={"X-Request-Id": x_request_id},
            options=options,
        )
        return _t.cast("_m.Item", self._client.request(call))


class ItemsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_items = _rt.to_raw_response(Items.list_items)
    get_item = _rt.to_raw_response(Items.get_item)


class AsyncItems(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncItemsWithRawResponse(_rt.RawCalls(self._client))

    list_items = _rt.to_async(Items.list_items)
    get_item = _rt.to_async(Items.get_item)


class AsyncItemsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_items = _rt.to_async_raw_response(Items.list_items)
    get_item = _rt.to_async_raw_response(Items.get_item)
