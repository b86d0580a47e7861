from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class CreateRequestInfoGroupsItem(_rt.Model):
    id: _uuid.UUID
    """The ID of the group requested. Should not be specified if resource_id is specified."""
    access_level_remote_id: str | None = _rt.UNSET
    """The ID of the access level requested on the remote system."""
    access_level_name: str | None = _rt.UNSET
    """The ID of the access level requested on the remote system."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
