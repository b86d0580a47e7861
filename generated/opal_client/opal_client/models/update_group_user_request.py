from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class UpdateGroupUserRequest(_rt.Model):
    duration_minutes: int
    """The updated duration for which the group can be accessed (in minutes). Use 0 for indefinite, or a negative value to revoke access."""
    access_level_remote_id: str | None = _rt.UNSET
    """The updated remote ID of the access level granted to this user."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
