from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class GroupWithAccessLevel(_rt.Model):
    """Information about a group and corresponding access level"""

    group_id: _uuid.UUID
    """The ID of the group."""
    access_level_remote_id: str | None = _rt.UNSET
    """The ID of the resource."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
