"""Operations tagged 'item_things' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_ITEM_BY_ID_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Class))
}


class ItemThings:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ItemThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ItemThingsWithRawResponse(self._client)

    def get_item_by_id(self, *, item_id: str, from_: str | None = None) -> _models.Class:
        """Get an item \"\"\"quoted\"\"\""""
        call = _rt.Call(
            method="GET",
            path="/items/{item-id}",
            responses=_GET_ITEM_BY_ID_RESPONSES,
            path_params={"item-id": item_id},
            query={"from": from_},
        )
        return _t.cast("_models.Class", self._client.request(call))


class ItemThingsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_item_by_id(
        self, *, item_id: str, from_: str | None = None
    ) -> _rt.RawResponse[_models.Class]:
        """Get an item \"\"\"quoted\"\"\""""
        call = _rt.Call(
            method="GET",
            path="/items/{item-id}",
            responses=_GET_ITEM_BY_ID_RESPONSES,
            path_params={"item-id": item_id},
            query={"from": from_},
        )
        return _t.cast("_rt.RawResponse[_models.Class]", self._client.request_raw(call))


class AsyncItemThings:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncItemThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncItemThingsWithRawResponse(self._client)

    async def get_item_by_id(self, *, item_id: str, from_: str | None = None) -> _models.Class:
        """Get an item \"\"\"quoted\"\"\""""
        call = _rt.Call(
            method="GET",
            path="/items/{item-id}",
            responses=_GET_ITEM_BY_ID_RESPONSES,
            path_params={"item-id": item_id},
            query={"from": from_},
        )
        return _t.cast("_models.Class", await self._client.request(call))


class AsyncItemThingsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_item_by_id(
        self, *, item_id: str, from_: str | None = None
    ) -> _rt.RawResponse[_models.Class]:
        """Get an item \"\"\"quoted\"\"\""""
        call = _rt.Call(
            method="GET",
            path="/items/{item-id}",
            responses=_GET_ITEM_BY_ID_RESPONSES,
            path_params={"item-id": item_id},
            query={"from": from_},
        )
        return _t.cast("_rt.RawResponse[_models.Class]", await self._client.request_raw(call))
