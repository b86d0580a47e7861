from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoTeleportRole(_rt.Model):
    """Remote info for Teleport role."""

    role_name: str
    """The name role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
