from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ChangeOwnerDetails(_rt.Model):
    """User ID of the new campaign owner."""

    owner_id: str = _rt.field(wire="ownerId")
    """User ID of campaign owner."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
