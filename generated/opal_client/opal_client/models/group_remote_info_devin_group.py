from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoDevinGroup(_rt.Model):
    """Remote info for Devin group."""

    group_name: str
    """The name of the Devin group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
