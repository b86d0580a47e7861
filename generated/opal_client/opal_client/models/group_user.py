from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupUser(_rt.Model):
    """# Group Access User Object
    ### Description
    The `GroupAccessUser` object is used to represent a user with access to a group.

    ### Usage Example
    Fetch from the `LIST GroupUsers` endpoint.
    """

    group_id: _uuid.UUID
    """The ID of the group."""
    group_name: str
    """The name of the group."""
    description: str
    """The description of the group."""
    user_id: _uuid.UUID
    """The ID of the user."""
    full_name: str
    """The user's full name."""
    email: str
    """The user's email."""
    access_level: _m.GroupAccessLevel | None = _rt.field(
        _rt.Nullable(_rt.ModelOf("GroupAccessLevel")), default=_rt.UNSET
    )
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the user's access will expire."""
    propagation_status: _m.PropagationStatus | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
