from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpServiceAccount(_rt.Model):
    """Remote info for a GCP service account."""

    email: str
    """The email of the service account."""
    service_account_id: str
    """The id of the service account."""
    project_id: str
    """The id of the project the service account is in."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
