from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureEntraIdRole(_rt.Model):
    """Remote info for Azure Entra ID role."""

    resource_id: str
    """The remote role identifier from Entra (object ID)."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
