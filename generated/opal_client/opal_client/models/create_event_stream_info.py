from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateEventStreamInfo(_rt.Model):
    """Information needed to create an event stream."""

    name: str
    """The name for the event stream."""
    connection_type: _m.EventStreamConnectionTypeEnum | str
    webhook_url: str | None = _rt.UNSET
    """The webhook URL. Required when connection_type is WEBHOOK."""
    credentials: _m.WebhookCredentials | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
