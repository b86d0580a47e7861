from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Photo(_rt.Model):
    pet_id: int = _rt.field(wire="petId")
    size: int
    caption: str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
