from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoWorkdayUserSecurityGroup(_rt.Model):
    """Remote info for Workday User Security group."""

    group_id: str
    """The id of the Workday User Security group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
