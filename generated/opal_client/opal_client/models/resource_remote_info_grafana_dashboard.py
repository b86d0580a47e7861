from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGrafanaDashboard(_rt.Model):
    """Remote info for Grafana dashboard."""

    dashboard_uid: str
    """The UID of the Grafana dashboard."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
