from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class AddGroupUserRequest(_rt.Model):
    duration_minutes: int
    """The duration for which the group can be accessed (in minutes). Use 0 to set to indefinite."""
    access_level_remote_id: str | None = _rt.UNSET
    """The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
