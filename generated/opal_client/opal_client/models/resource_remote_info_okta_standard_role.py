from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoOktaStandardRole(_rt.Model):
    """Remote info for Okta directory standard role."""

    role_type: str
    """The type of the standard role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
