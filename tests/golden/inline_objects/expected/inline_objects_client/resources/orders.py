"""Operations tagged 'orders' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ORDERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.ListOrdersResponseItem)))
}
_CREATE_ORDER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.CreateOrderResponse))
}


class Orders:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrdersWithRawResponse(self._client)

    def list_orders(self) -> list[_models.ListOrdersResponseItem]:
        """GET /orders"""
        call = _rt.Call(method="GET", path="/orders", responses=_LIST_ORDERS_RESPONSES)
        return _t.cast("list[_models.ListOrdersResponseItem]", self._client.request(call))

    def create_order(
        self, *, body: _models.CreateOrderRequest | _t.Mapping[str, _t.Any]
    ) -> _models.CreateOrderResponse:
        """POST /orders"""
        call = _rt.Call(
            method="POST",
            path="/orders",
            responses=_CREATE_ORDER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateOrderResponse", self._client.request(call))


class OrdersWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_orders(self) -> _rt.RawResponse[list[_models.ListOrdersResponseItem]]:
        """GET /orders"""
        call = _rt.Call(method="GET", path="/orders", responses=_LIST_ORDERS_RESPONSES)
        return _t.cast(
            "_rt.RawResponse[list[_models.ListOrdersResponseItem]]", self._client.request_raw(call)
        )

    def create_order(
        self, *, body: _models.CreateOrderRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.CreateOrderResponse]:
        """POST /orders"""
        call = _rt.Call(
            method="POST",
            path="/orders",
            responses=_CREATE_ORDER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CreateOrderResponse]", self._client.request_raw(call)
        )


class AsyncOrders:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrdersWithRawResponse(self._client)

    async def list_orders(self) -> list[_models.ListOrdersResponseItem]:
        """GET /orders"""
        call = _rt.Call(method="GET", path="/orders", responses=_LIST_ORDERS_RESPONSES)
        return _t.cast("list[_models.ListOrdersResponseItem]", await self._client.request(call))

    async def create_order(
        self, *, body: _models.CreateOrderRequest | _t.Mapping[str, _t.Any]
    ) -> _models.CreateOrderResponse:
        """POST /orders"""
        call = _rt.Call(
            method="POST",
            path="/orders",
            responses=_CREATE_ORDER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateOrderResponse", await self._client.request(call))


class AsyncOrdersWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_orders(self) -> _rt.RawResponse[list[_models.ListOrdersResponseItem]]:
        """GET /orders"""
        call = _rt.Call(method="GET", path="/orders", responses=_LIST_ORDERS_RESPONSES)
        return _t.cast(
            "_rt.RawResponse[list[_models.ListOrdersResponseItem]]",
            await self._client.request_raw(call),
        )

    async def create_order(
        self, *, body: _models.CreateOrderRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.CreateOrderResponse]:
        """POST /orders"""
        call = _rt.Call(
            method="POST",
            path="/orders",
            responses=_CREATE_ORDER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CreateOrderResponse]", await self._client.request_raw(call)
        )
