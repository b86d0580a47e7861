from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class SearchPoint(_rt.Model):
    x: int | None = _rt.UNSET
    y: int | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
