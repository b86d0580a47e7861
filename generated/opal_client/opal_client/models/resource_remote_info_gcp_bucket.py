from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpBucket(_rt.Model):
    """Remote info for GCP bucket."""

    bucket_id: str
    """The id of the bucket."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
