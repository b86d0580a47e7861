from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateOrderResponse(_rt.Model):
    id: str
    lines: list[_m.CreateOrderResponseLinesItem]
    meta: _m.CreateOrderResponseMeta | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
