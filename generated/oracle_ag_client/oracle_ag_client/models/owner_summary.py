from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class OwnerSummary(_rt.Model):
    """Owner entity object"""

    id: str
    """Unique identifier that is immutable on creation"""
    is_primary: bool = _rt.field(wire="isPrimary")
    """Is this entity the primary owner?"""
    name: str
    """Name of the owner"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
