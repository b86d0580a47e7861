from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class NewPet(_rt.Model):
    name: str
    tag: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
