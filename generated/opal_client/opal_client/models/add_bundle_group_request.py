from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class AddBundleGroupRequest(_rt.Model):
    group_id: _uuid.UUID
    """The ID of the group to add."""
    access_level_remote_id: str | None = _rt.UNSET
    """The remote ID of the access level to grant to this user. Required if the group being added requires an access level. If omitted, the default access level remote ID value (empty string) is used."""
    access_level_name: str | None = _rt.UNSET
    """The name of the access level to grant to this user. If omitted, the default access level name value (empty string) is used."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
