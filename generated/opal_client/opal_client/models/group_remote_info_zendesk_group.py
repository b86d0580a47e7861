from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoZendeskGroup(_rt.Model):
    """Remote info for Zendesk group."""

    group_id: str
    """The ID of the Zendesk group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
