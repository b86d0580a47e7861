from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureEnterpriseApp(_rt.Model):
    """Remote info for Azure Enterprise App."""

    resource_id: str
    """The remote application identifier (service principal or application object ID)."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
