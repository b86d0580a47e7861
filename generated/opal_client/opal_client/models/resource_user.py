from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceUser(_rt.Model):
    """# Resource User Object
    ### Description
    The `ResourceUser` object is used to represent a user with direct access to a resource.
    """

    resource_id: _uuid.UUID
    """The ID of the resource."""
    user_id: _uuid.UUID
    """The ID of the user."""
    access_level: _m.ResourceAccessLevel
    full_name: str
    """The user's full name."""
    email: str
    """The user's email."""
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the user's access will expire."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
