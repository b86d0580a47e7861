from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class User(_rt.Model):
    """# User Object
    ### Description
    The `User` object is used to represent a user.

    ### Usage Example
    Fetch from the `LIST Sessions` endpoint.
    """

    user_id: _uuid.UUID
    """The ID of the user."""
    email: str
    """The email of the user."""
    full_name: str
    """The full name of the user."""
    first_name: str
    """The first name of the user."""
    last_name: str
    """The last name of the user."""
    position: str
    """The user's position."""
    hr_idp_status: _m.UserHrIdpStatusEnum | str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
