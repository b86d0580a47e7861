"""Operations tagged 'orders' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_ORDERS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ListOf(_rt.ModelOf("ListOrdersResponseItem")))
}
_CREATE_ORDER_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("CreateOrderResponse"))}


class Orders(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrdersWithRawResponse(_rt.RawCalls(self._client))

    def list_orders(
        self, **options: _t.Unpack[_rt.RequestOptions]
    ) -> list[_m.ListOrdersResponseItem]:
        """GET /orders

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/orders", _LIST_ORDERS_RESPONSES, options=options)
        return _t.cast("list[_m.ListOrdersResponseItem]", self._client.request(call))

    def create_order(
        self,
        *,
        body: _m.CreateOrderRequest | _types.CreateOrderRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.CreateOrderResponse:
        """POST /orders

        Args:
            body:
                customer (required)
                items (required)
                note (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/orders",
            _CREATE_ORDER_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.CreateOrderResponse", self._client.request(call))


class OrdersWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_orders = _rt.to_raw_response(Orders.list_orders)
    create_order = _rt.to_raw_response(Orders.create_order)


class AsyncOrders(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrdersWithRawResponse(_rt.RawCalls(self._client))

    list_orders = _rt.to_async(Orders.list_orders)
    create_order = _rt.to_async(Orders.create_order)


class AsyncOrdersWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_orders = _rt.to_async_raw_response(Orders.list_orders)
    create_order = _rt.to_async_raw_response(Orders.create_order)
