from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoTwingateResource(_rt.Model):
    """Remote info for Twingate resource."""

    resource_id: str
    """The id of the Twingate resource."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
