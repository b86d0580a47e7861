"""What requests of inline object schemas send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "CreateOrderRequestParam",
    "CreateOrderRequestCustomerParam",
    "CreateOrderRequestCustomerAddressParam",
    "CreateOrderRequestItemsItemParam",
]


class CreateOrderRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateOrderRequest`, keyed by wire names."""

    customer: _t.Required[CreateOrderRequestCustomerParam | _m.CreateOrderRequestCustomer]
    items: _t.Required[
        _t.Sequence[CreateOrderRequestItemsItemParam | _m.CreateOrderRequestItemsItem]
    ]
    note: _t.NotRequired[str]


class CreateOrderRequestCustomerParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateOrderRequestCustomer`, keyed by wire names."""

    name: _t.Required[str]
    address: _t.NotRequired[
        CreateOrderRequestCustomerAddressParam | _m.CreateOrderRequestCustomerAddress
    ]


class CreateOrderRequestCustomerAddressParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateOrderRequestCustomerAddress`, keyed by wire names."""

    street: _t.NotRequired[str]
    city: _t.NotRequired[str]


class CreateOrderRequestItemsItemParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateOrderRequestItemsItem`, keyed by wire names."""

    sku: _t.Required[str]
    quantity: _t.Required[int]
