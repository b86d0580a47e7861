from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class M2faSettings(_rt.Model):
    enabled: bool | None = _rt.UNSET
    type: str | None = _rt.field(wire="@type", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
