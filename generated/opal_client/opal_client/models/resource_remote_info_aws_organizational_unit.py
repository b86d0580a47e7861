from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAwsOrganizationalUnit(_rt.Model):
    """Remote info for AWS organizational unit."""

    organizational_unit_id: str
    """The id of the AWS organizational unit that is being created."""
    parent_id: str | None = _rt.UNSET
    """The id of the parent organizational unit."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
