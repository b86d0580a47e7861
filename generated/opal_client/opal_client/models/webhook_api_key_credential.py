from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class WebhookApiKeyCredential(_rt.Model):
    """An API key credential for webhook authentication."""

    id: _uuid.UUID
    """The unique identifier for the credential."""
    name: str
    """The name of the API key."""
    value: str
    """The value of the API key."""
    location: _m.WebhookApiKeyLocationEnum | str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
