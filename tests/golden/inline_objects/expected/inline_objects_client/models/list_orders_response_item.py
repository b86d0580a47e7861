from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ListOrdersResponseItem(_rt.Model):
    id: str
    status: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
