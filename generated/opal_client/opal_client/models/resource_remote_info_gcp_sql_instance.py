from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpSqlInstance(_rt.Model):
    """Remote info for GCP SQL instance."""

    instance_id: str
    """The id of the SQL instance."""
    project_id: str
    """The id of the project the instance is in."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
