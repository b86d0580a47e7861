from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Upload(_rt.Model):
    id: str
    size: int
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
