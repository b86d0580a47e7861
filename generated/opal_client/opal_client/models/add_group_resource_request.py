from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class AddGroupResourceRequest(_rt.Model):
    access_level_remote_id: str | None = _rt.UNSET
    """The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used."""
    duration_minutes: int | None = _rt.UNSET
    """The duration for which the resource can be accessed (in minutes). Use 0 to set to indefinite."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
