from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateOrderResponseLinesItem(_rt.Model):
    sku: str
    total: float
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
