from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupResource(_rt.Model):
    """# GroupResource Object
    ### Description
    The `GroupResource` object is used to represent a relationship between a group and a resource.
    """

    group_id: _uuid.UUID
    """The ID of the group."""
    resource_id: _uuid.UUID
    """The ID of the resource."""
    access_level: _m.ResourceAccessLevel
    group_name: str | None = _rt.UNSET
    """The name of the group"""
    resource_name: str | None = _rt.UNSET
    """The name of the resource"""
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the group's access will expire."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
