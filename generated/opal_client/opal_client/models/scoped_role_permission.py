from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ScopedRolePermission(_rt.Model):
    target_type: _m.RolePermissionTargetTypeEnum | str
    permission_name: _m.RolePermissionNameEnum | str
    allow_all: bool
    target_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of the entities that this permission applies to. If empty of missing, the permission will have untargeted scope."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
