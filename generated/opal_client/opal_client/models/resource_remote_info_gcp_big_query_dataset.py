from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpBigQueryDataset(_rt.Model):
    """Remote info for GCP BigQuery Dataset."""

    project_id: str
    """The id of the project the dataset is in."""
    dataset_id: str
    """The id of the dataset."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
