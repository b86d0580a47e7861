"""Operations tagged 'orders' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_ORDER_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Order")),
    "404": ("json", _rt.ModelOf("Error")),
}


class Orders(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrdersWithRawResponse(_rt.RawCalls(self._client))

    def get_order(self, *, order_id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Order:
        """GET /orders/{orderId}

        Args:
            order_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            NotFoundError: 404 Nothing there.
        """
        call = _rt.Call(
            "GET",
            "/orders/{orderId}",
            _GET_ORDER_RESPONSES,
            path_params={"orderId": order_id},
            options=options,
        )
        return _t.cast("_m.Order", self._client.request(call))


class OrdersWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_order = _rt.to_raw_response(Orders.get_order)


class AsyncOrders(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrdersWithRawResponse(_rt.RawCalls(self._client))

    get_order = _rt.to_async(Orders.get_order)


class AsyncOrdersWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_order = _rt.to_async_raw_response(Orders.get_order)
