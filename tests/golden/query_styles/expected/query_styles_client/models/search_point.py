from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class SearchPoint(_rt.Model):
    x: int | _rt.Unset = _rt.UNSET
    y: int | _rt.Unset = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
