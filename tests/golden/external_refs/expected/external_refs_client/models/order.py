from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Order(_rt.Model):
    id: str
    total: _m.Money
    lines: list[_m.Line] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
