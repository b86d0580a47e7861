from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoZendeskRole(_rt.Model):
    """Remote info for Zendesk custom role."""

    role_id: str
    """The ID of the Zendesk custom role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
