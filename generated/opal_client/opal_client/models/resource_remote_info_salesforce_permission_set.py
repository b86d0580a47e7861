from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoSalesforcePermissionSet(_rt.Model):
    """Remote info for Salesforce permission set."""

    permission_set_id: str
    """The id of the permission set."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
