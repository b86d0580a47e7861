"""Operations tagged 'items' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ITEMS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.Item)))
}
_GET_ITEM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Item))
}


class Items:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ItemsWithRawResponse(self._client)

    def list_items(
        self,
        *,
        store_id: str,
        q: str,
        x_request_id: str | None = None,
        limit: int | None = None,
        tags: list[str] | None = None,
        sort: _models.ListItemsSort | str | None = None,
        include_deleted: bool | None = None,
        opc_request_id: str | None = None,
    ) -> list[_models.Item]:
        """GET /stores/{storeId}/items"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items",
            responses=_LIST_ITEMS_RESPONSES,
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
        )
        return _t.cast("list[_models.Item]", self._client.request(call))

    def get_item(
        self, *, store_id: str, item_id: int, x_request_id: str, fields: list[str] | None = None
    ) -> _models.Item:
        """GET /stores/{storeId}/items/{itemId}"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items/{itemId}",
            responses=_GET_ITEM_RESPONSES,
            path_params={"storeId": store_id, "itemId": item_id},
            query={"fields": fields},
            headers={"X-Request-Id": x_request_id},
        )
        return _t.cast("_models.Item", self._client.request(call))


class ItemsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_items(
        self,
        *,
        store_id: str,
        q: str,
        x_request_id: str | None = None,
        limit: int | None = None,
        tags: list[str] | None = None,
        sort: _models.ListItemsSort | str | None = None,
        include_deleted: bool | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[list[_models.Item]]:
        """GET /stores/{storeId}/items"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items",
            responses=_LIST_ITEMS_RESPONSES,
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
        )
        return _t.cast("_rt.RawResponse[list[_models.Item]]", self._client.request_raw(call))

    def get_item(
        self, *, store_id: str, item_id: int, x_request_id: str, fields: list[str] | None = None
    ) -> _rt.RawResponse[_models.Item]:
        """GET /stores/{storeId}/items/{itemId}"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items/{itemId}",
            responses=_GET_ITEM_RESPONSES,
            path_params={"storeId": store_id, "itemId": item_id},
            query={"fields": fields},
            headers={"X-Request-Id": x_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Item]", self._client.request_raw(call))


class AsyncItems:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncItemsWithRawResponse(self._client)

    async def list_items(
        self,
        *,
        store_id: str,
        q: str,
        x_request_id: str | None = None,
        limit: int | None = None,
        tags: list[str] | None = None,
        sort: _models.ListItemsSort | str | None = None,
        include_deleted: bool | None = None,
        opc_request_id: str | None = None,
    ) -> list[_models.Item]:
        """GET /stores/{storeId}/items"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items",
            responses=_LIST_ITEMS_RESPONSES,
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
        )
        return _t.cast("list[_models.Item]", await self._client.request(call))

    async def get_item(
        self, *, store_id: str, item_id: int, x_request_id: str, fields: list[str] | None = None
    ) -> _models.Item:
        """GET /stores/{storeId}/items/{itemId}"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items/{itemId}",
            responses=_GET_ITEM_RESPONSES,
            path_params={"storeId": store_id, "itemId": item_id},
            query={"fields": fields},
            headers={"X-Request-Id": x_request_id},
        )
        return _t.cast("_models.Item", await self._client.request(call))


class AsyncItemsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_items(
        self,
        *,
        store_id: str,
        q: str,
        x_request_id: str | None = None,
        limit: int | None = None,
        tags: list[str] | None = None,
        sort: _models.ListItemsSort | str | None = None,
        include_deleted: bool | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[list[_models.Item]]:
        """GET /stores/{storeId}/items"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items",
            responses=_LIST_ITEMS_RESPONSES,
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
        )
        return _t.cast("_rt.RawResponse[list[_models.Item]]", await self._client.request_raw(call))

    async def get_item(
        self, *, store_id: str, item_id: int, x_request_id: str, fields: list[str] | None = None
    ) -> _rt.RawResponse[_models.Item]:
        """GET /stores/{storeId}/items/{itemId}"""
        call = _rt.Call(
            method="GET",
            path="/stores/{storeId}/items/{itemId}",
            responses=_GET_ITEM_RESPONSES,
            path_params={"storeId": store_id, "itemId": item_id},
            query={"fields": fields},
            headers={"X-Request-Id": x_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Item]", await self._client.request_raw(call))
