from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Token(_rt.Model):
    """A first-party API token."""

    token_id: _uuid.UUID
    """The ID of the API token."""
    created_at: _dt.datetime
    """The date and time the token was created."""
    token_label: str
    """A human-readable label for the token."""
    creator_user_id: _uuid.UUID
    """The ID of the user who created the token."""
    user_id: _uuid.UUID
    """The ID of the user the token authenticates as."""
    access_level: _m.ApiAccessLevelEnum | str
    last_used_at: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The date and time the token was last used."""
    expires_at: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The date and time the token expires."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
