from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class WebhookHmacCredential(_rt.Model):
    """An HMAC credential for webhook authentication."""

    id: _uuid.UUID
    """The unique identifier for the credential."""
    secret: str
    """The HMAC secret value."""
    created_at: _dt.datetime
    """When the credential was created."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
