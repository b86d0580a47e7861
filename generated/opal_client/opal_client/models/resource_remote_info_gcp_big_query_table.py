from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpBigQueryTable(_rt.Model):
    """Remote info for GCP BigQuery Table."""

    project_id: str
    """The id of the project the table is in."""
    dataset_id: str
    """The id of the dataset the table is in."""
    table_id: str
    """The id of the table."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
