from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoTailscaleGroup(_rt.Model):
    """Remote info for Tailscale group."""

    group_id: str
    """The id of the Tailscale group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
