from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Address(_rt.Model):
    city: str
    street: str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
