from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureVirtualMachine(_rt.Model):
    """Remote info for Azure virtual machine."""

    resource_id: str
    """The ARM resource ID of the virtual machine."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
