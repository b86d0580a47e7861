from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceNHI(_rt.Model):
    """# Resource Non-Human Identity Direct Access Object
    ### Description
    This object is used to represent a non-human identity with direct access to a resource.
    """

    resource_id: _uuid.UUID
    """The ID of the resource."""
    non_human_identity_id: _uuid.UUID
    """The resource ID of the non-human identity."""
    access_level: _m.ResourceAccessLevel | None = _rt.UNSET
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the non-human identity's access will expire."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
