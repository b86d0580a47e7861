from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureUserAssignedManagedIdentity(_rt.Model):
    """Remote info for Azure user assigned managed identity."""

    resource_id: str
    """The ARM resource ID of the user assigned managed identity."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
