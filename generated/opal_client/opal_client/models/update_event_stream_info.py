from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateEventStreamInfo(_rt.Model):
    """Information needed to update an event stream."""

    name: str | None = _rt.UNSET
    """Updated name for the event stream."""
    enabled: bool | None = _rt.UNSET
    """Whether the event stream should be enabled."""
    webhook_url: str | None = _rt.UNSET
    """Updated webhook URL."""
    credentials: _m.WebhookCredentials | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
