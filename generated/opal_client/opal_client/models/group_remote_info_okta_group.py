from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoOktaGroup(_rt.Model):
    """Remote info for Okta Directory group."""

    group_id: str
    """The id of the Okta Directory group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
