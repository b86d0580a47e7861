from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpProject(_rt.Model):
    """Remote info for GCP project."""

    project_id: str
    """The id of the project."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
