"""Operations tagged 'orders' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_ORDER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Order)),
    "404": ("json", _rt.ModelOf(_models.Error)),
}


class Orders:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrdersWithRawResponse(self._client)

    def get_order(self, *, order_id: str) -> _models.Order:
        """GET /orders/{orderId}"""
        call = _rt.Call(
            method="GET",
            path="/orders/{orderId}",
            responses=_GET_ORDER_RESPONSES,
            path_params={"orderId": order_id},
        )
        return _t.cast("_models.Order", self._client.request(call))


class OrdersWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_order(self, *, order_id: str) -> _rt.RawResponse[_models.Order]:
        """GET /orders/{orderId}"""
        call = _rt.Call(
            method="GET",
            path="/orders/{orderId}",
            responses=_GET_ORDER_RESPONSES,
            path_params={"orderId": order_id},
        )
        return _t.cast("_rt.RawResponse[_models.Order]", self._client.request_raw(call))


class AsyncOrders:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrdersWithRawResponse(self._client)

    async def get_order(self, *, order_id: str) -> _models.Order:
        """GET /orders/{orderId}"""
        call = _rt.Call(
            method="GET",
            path="/orders/{orderId}",
            responses=_GET_ORDER_RESPONSES,
            path_params={"orderId": order_id},
        )
        return _t.cast("_models.Order", await self._client.request(call))


class AsyncOrdersWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_order(self, *, order_id: str) -> _rt.RawResponse[_models.Order]:
        """GET /orders/{orderId}"""
        call = _rt.Call(
            method="GET",
            path="/orders/{orderId}",
            responses=_GET_ORDER_RESPONSES,
            path_params={"orderId": order_id},
        )
        return _t.cast("_rt.RawResponse[_models.Order]", await self._client.request_raw(call))
