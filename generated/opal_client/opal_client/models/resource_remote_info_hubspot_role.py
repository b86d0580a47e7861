from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoHubspotRole(_rt.Model):
    """Remote info for HubSpot role."""

    role_id: str
    """The ID of the HubSpot role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
