from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class GroupContainingGroup(_rt.Model):
    """# GroupContainingGroup Object
    ### Description
    The `GroupContainingGroup` object is used to represent a relationship between a group and a group.
    """

    containing_group_id: _uuid.UUID
    """The groupID of the containing group."""
    duration_minutes: int | None = _rt.UNSET
    """The updated duration for which the group can be accessed (in minutes). Use 0 for indefinite."""
    access_level_remote_id: str | None = _rt.UNSET
    """The updated remote ID of the access level granted to this group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
