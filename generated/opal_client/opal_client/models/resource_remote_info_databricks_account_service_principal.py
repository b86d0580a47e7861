from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoDatabricksAccountServicePrincipal(_rt.Model):
    """Remote info for Databricks account service principal."""

    application_id: str
    """The application ID of the service principal."""
    resource_id: str
    """The resource ID of the service principal."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
