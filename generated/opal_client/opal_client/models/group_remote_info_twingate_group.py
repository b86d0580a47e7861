from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoTwingateGroup(_rt.Model):
    """Remote info for Twingate group."""

    group_id: str
    """The id of the Twingate group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
