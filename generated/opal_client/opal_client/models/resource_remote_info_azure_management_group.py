from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureManagementGroup(_rt.Model):
    """Remote info for Azure management group."""

    resource_id: str
    """The ARM resource ID of the management group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
