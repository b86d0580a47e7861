from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGrafanaRole(_rt.Model):
    """Remote info for Grafana role(fixed or custom)."""

    role_uid: str
    """The UID of the Grafana role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
