from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class BundleResource(_rt.Model):
    bundle_id: _uuid.UUID | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The ID of the bundle containing the resource."""
    resource_id: _uuid.UUID | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The ID of the resource within a bundle."""
    access_level_name: str | None = _rt.UNSET
    """The access level of the resource within a bundle."""
    access_level_remote_id: str | None = _rt.UNSET
    """The remote ID of the access level of the resource within a bundle."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
