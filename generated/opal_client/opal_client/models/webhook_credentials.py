from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class WebhookCredentials(_rt.Model):
    """Authentication credentials for a webhook connection."""

    auth_type: _m.WebhookAuthTypeEnum | str
    api_key_credentials: list[_m.WebhookApiKeyCredential] | None = _rt.UNSET
    """API key credentials, present when auth_type is API_KEY."""
    hmac_credential_1: _m.WebhookHmacCredential | None = _rt.field(
        _rt.Nullable(_rt.ModelOf("WebhookHmacCredential")), default=_rt.UNSET
    )
    """Primary HMAC credential, present when auth_type is HMAC."""
    hmac_credential_2: _m.WebhookHmacCredential | None = _rt.field(
        _rt.Nullable(_rt.ModelOf("WebhookHmacCredential")), default=_rt.UNSET
    )
    """Secondary HMAC credential for rotation, present when auth_type is HMAC."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
