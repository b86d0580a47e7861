from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoCustomConnector(_rt.Model):
    """Remote info for a custom connector resource."""

    remote_resource_id: str
    """The id of the resource in the end system"""
    can_have_usage_events: bool
    """A bool representing whether or not the resource can have usage data."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
