from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoOktaGroupRule(_rt.Model):
    """Remote info for Okta Directory group rule."""

    rule_id: str
    """The id of the Okta group rule."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
