from __future__ import annotations

import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Event(_rt.Model):
    """# Event Object
    ### Description
    The `Event` object is used to represent an event.

    ### Usage Example
    Fetch from the `LIST Events` endpoint.
    """

    event_id: _uuid.UUID
    """The ID of the event."""
    actor_user_id: _uuid.UUID
    """The ID of the actor user."""
    actor_name: _t.Any
    """The name of the actor user."""
    event_type: str
    """The event type."""
    created_at: _dt.datetime
    """The day and time the event was created."""
    actor_email: str | None = _rt.UNSET
    """The email of the actor user."""
    actor_ip_address: str | None = _rt.UNSET
    """The IP address of the event actor."""
    api_token_name: str | None = _rt.UNSET
    """The name of the API token used to create the event."""
    api_token_preview: str | None = _rt.UNSET
    """The preview of the API token used to create the event."""
    sub_events: list[_m.SubEvent] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
