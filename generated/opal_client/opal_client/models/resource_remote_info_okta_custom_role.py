from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoOktaCustomRole(_rt.Model):
    """Remote info for Okta directory custom role."""

    role_id: str
    """The id of the custom role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
