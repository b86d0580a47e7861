from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoDatabricksAccountGroup(_rt.Model):
    """Remote info for Databricks account group."""

    group_id: str
    """The id of the Databricks account group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
