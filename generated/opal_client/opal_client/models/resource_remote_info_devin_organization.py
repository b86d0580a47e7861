from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoDevinOrganization(_rt.Model):
    """Remote info for Devin organization."""

    org_id: str
    """The id of the organization."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
