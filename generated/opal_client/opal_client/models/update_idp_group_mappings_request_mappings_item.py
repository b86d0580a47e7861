from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class UpdateIdpGroupMappingsRequestMappingsItem(_rt.Model):
    group_id: _uuid.UUID | None = _rt.UNSET
    alias: str | None = _rt.UNSET
    hidden_from_end_user: bool | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
