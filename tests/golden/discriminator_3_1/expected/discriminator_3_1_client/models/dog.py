from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Dog(_rt.Model):
    kind: str
    name: str
    bark_volume: int | None = _rt.field(_rt.Nullable(_rt.INT), wire="barkVolume", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
