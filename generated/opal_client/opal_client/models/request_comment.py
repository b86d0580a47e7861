from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class RequestComment(_rt.Model):
    """# Request Comment Object
    ### Description
    The `RequestComment` object is used to represent a comment on a request.

    ### Usage Example
    Returned from the `GET Requests` endpoint as part of a `Request` object.
    """

    created_at: _dt.datetime
    """The date and time the comment was created."""
    request_id: _uuid.UUID
    """The unique identifier of the request the comment is associated with."""
    user_id: _uuid.UUID
    """The unique identifier of the user who made the comment."""
    comment: str
    """The content of the comment."""
    user_full_name: str | None = _rt.UNSET
    """The user's full name."""
    user_email: str | None = _rt.UNSET
    """The user's email address."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
