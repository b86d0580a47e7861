from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Session(_rt.Model):
    """# Session Object
    ### Description
    The `Session` object is used to represent an access session. Some resources can be accessed temporarily via a time-bounded session.

    ### Usage Example
    Fetch from the `LIST Sessions` endpoint.
    """

    connection_id: _uuid.UUID
    """The ID of the connection."""
    user_id: _uuid.UUID
    """The ID of the user."""
    resource_id: _uuid.UUID
    """The ID of the resource."""
    access_level: _m.ResourceAccessLevel
    expiration_date: _dt.datetime
    """The day and time the user's access will expire."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
