from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class IdNameObject(_rt.Model):
    """The Attribute key or Operator condition for the Membership rule."""

    display_name: str = _rt.field(wire="displayName")
    id: str
    name: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
