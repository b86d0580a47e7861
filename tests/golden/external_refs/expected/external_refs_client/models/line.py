from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Line(_rt.Model):
    sku: str
    price: _m.Money
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
