from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Pet(_rt.Model):
    id: int
    name: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
