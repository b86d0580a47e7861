from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceUserAccessStatus(_rt.Model):
    """# AccessStatus Object
    ### Description
    The `AccessStatus` object is used to represent the user's access to the resource.

    ### Usage Example
    View the `AccessStatus` for a resource/user pair to determine if the user has access to the resource.
    """

    resource_id: _uuid.UUID
    """The ID of the resource."""
    user_id: _uuid.UUID
    """The ID of the user."""
    status: _m.ResourceUserAccessStatusEnum | str
    access_level: _m.ResourceAccessLevel | None = _rt.UNSET
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the user's access will expire."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
