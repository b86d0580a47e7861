from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureSubscription(_rt.Model):
    """Remote info for Azure subscription."""

    resource_id: str
    """The ARM resource ID of the subscription."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
