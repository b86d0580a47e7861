from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoTailscaleSsh(_rt.Model):
    """Remote info for Tailscale SSH tag."""

    tag_name: str
    """The name of the tag."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
