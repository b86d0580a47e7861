from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Pet(_rt.Model):
    id: int
    name: str
    tag: str | None
    """x-nullable - an explicit null is kept."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
