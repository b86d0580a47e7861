from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceAccessUser(_rt.Model):
    """# Resource Access User Object
    ### Description
    The `ResourceAccessUser` object is used to represent a user with access to a resource, either directly or indirectly through group(s).

    ### Usage Example
    Fetch from the `LIST ResourceUsers` endpoint.
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
    has_direct_access: bool
    """The user has direct access to this resources (vs. indirectly, like through a group)."""
    num_access_paths: int
    """The number of ways in which the user has access through this resource (directly and indirectly)."""
    resource_name: str | None = _rt.UNSET
    """The name of the resource."""
    description: str | None = _rt.UNSET
    """The description of the resource."""
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the user's access will expire."""
    propagation_status: _m.PropagationStatus | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
