from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoOktaApp(_rt.Model):
    """Remote info for Okta directory app."""

    app_id: str
    """The id of the app."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
