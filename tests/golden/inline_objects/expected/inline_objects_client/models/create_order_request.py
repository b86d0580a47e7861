from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateOrderRequest(_rt.Model):
    customer: _m.CreateOrderRequestCustomer
    items: list[_m.CreateOrderRequestItemsItem]
    note: str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
