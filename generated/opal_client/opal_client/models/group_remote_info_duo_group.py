from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoDuoGroup(_rt.Model):
    """Remote info for Duo Security group."""

    group_id: str
    """The id of the Duo Security group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
