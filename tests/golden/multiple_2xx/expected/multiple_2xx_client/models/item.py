from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Item(_rt.Model):
    id: str
    name: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
