from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureSqlDatabase(_rt.Model):
    """Remote info for Azure SQL database."""

    resource_id: str
    """The ARM resource ID of the SQL database."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
