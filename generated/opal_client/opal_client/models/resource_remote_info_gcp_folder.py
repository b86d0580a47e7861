from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGcpFolder(_rt.Model):
    """Remote info for GCP folder."""

    folder_id: str
    """The id of the folder."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
