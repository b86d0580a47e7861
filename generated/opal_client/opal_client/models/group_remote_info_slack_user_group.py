from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoSlackUserGroup(_rt.Model):
    """Remote info for Slack user group."""

    group_id: str
    """The id of the Slack user group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
