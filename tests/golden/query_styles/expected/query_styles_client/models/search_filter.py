from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class SearchFilter(_rt.Model):
    a: int | None = _rt.UNSET
    b: str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
