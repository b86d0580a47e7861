from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoTwingateGroupSynced(_rt.Model):
    """Remote info for Twingate synced group."""

    group_id: str
    """The id of the Twingate synced group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
