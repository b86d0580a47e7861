from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoActiveDirectoryGroup(_rt.Model):
    """Remote info for Active Directory group."""

    group_id: str
    """The id of the Google group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
