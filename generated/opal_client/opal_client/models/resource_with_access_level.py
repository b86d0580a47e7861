from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class ResourceWithAccessLevel(_rt.Model):
    """Information about a resource and corresponding access level"""

    resource_id: _uuid.UUID
    """The ID of the resource."""
    access_level_remote_id: str | None = _rt.UNSET
    """The ID of the resource."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
