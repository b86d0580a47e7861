from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoSalesforceProfile(_rt.Model):
    """Remote info for Salesforce profile."""

    profile_id: str
    """The id of the permission set."""
    user_license_id: str
    """The id of the user license."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
