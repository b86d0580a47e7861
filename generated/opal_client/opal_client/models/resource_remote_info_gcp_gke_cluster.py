from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpGkeCluster(_rt.Model):
    """Remote info for GCP GKE cluster."""

    cluster_name: str
    """The name of the GKE cluster."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
