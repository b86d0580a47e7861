from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoOpenaiPlatformServiceAccount(_rt.Model):
    """Remote info for OpenAI Platform service account."""

    project_id: str
    """The id of the project for the service account."""
    service_account_id: str
    """The id of the service account."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
