from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class CreateGroupBindingInfoGroupsItem(_rt.Model):
    group_id: _uuid.UUID
    """The ID of the group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
