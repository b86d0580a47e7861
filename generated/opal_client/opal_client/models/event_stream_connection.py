from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class EventStreamConnection(_rt.Model):
    """The connection configuration for an event stream."""

    name: str
    """The name of the connection."""
    connection_type: _m.EventStreamConnectionTypeEnum | str
    enabled: bool
    """Whether the connection is enabled."""
    webhook_url: str | None = _rt.UNSET
    """The webhook URL, present when connection_type is WEBHOOK."""
    credentials: _m.WebhookCredentials | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
