from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAzureSqlManagedInstance(_rt.Model):
    """Remote info for Azure SQL managed instance."""

    resource_id: str
    """The ARM resource ID of the SQL managed instance."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
