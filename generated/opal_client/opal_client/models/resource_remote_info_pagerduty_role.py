from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoPagerdutyRole(_rt.Model):
    """Remote info for Pagerduty role."""

    role_name: str
    """The name of the role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
