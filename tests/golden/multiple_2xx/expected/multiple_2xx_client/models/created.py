from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Created(_rt.Model):
    id: str
    location: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
