from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoDatadogRole(_rt.Model):
    """Remote info for Datadog role."""

    role_id: str
    """The id of the role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
