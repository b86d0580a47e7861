from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGrafanaFolder(_rt.Model):
    """Remote info for Grafana folder."""

    folder_uid: str
    """The UID of the Grafana folder."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
