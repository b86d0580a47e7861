from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Import(_rt.Model):
    from_: _m.From = _rt.field(wire="from")
    item_v2: str | None = _rt.field(wire="item.v2", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
