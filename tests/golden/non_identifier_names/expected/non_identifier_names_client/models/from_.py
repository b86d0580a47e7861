from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class From(_rt.Model):
    self_: str | None = _rt.field(wire="self", default=_rt.UNSET)
    none: str | None = _rt.field(wire="None", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
