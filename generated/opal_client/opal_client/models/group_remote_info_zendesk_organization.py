from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoZendeskOrganization(_rt.Model):
    """Remote info for Zendesk organization."""

    organization_id: str
    """The ID of the Zendesk organization."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
