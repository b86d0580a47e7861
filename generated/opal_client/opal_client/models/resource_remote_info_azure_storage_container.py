from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureStorageContainer(_rt.Model):
    """Remote info for Azure storage container."""

    resource_id: str
    """The ARM resource ID of the storage container."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
