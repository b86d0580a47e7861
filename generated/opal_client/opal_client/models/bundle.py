from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class Bundle(_rt.Model):
    bundle_id: _uuid.UUID | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The ID of the bundle."""
    name: str | None = _rt.UNSET
    """The name of the bundle."""
    description: str | None = _rt.UNSET
    """The description of the bundle."""
    created_at: _dt.datetime | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The creation timestamp of the bundle, in ISO 8601 format"""
    updated_at: _dt.datetime | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The last updated timestamp of the bundle, in ISO 8601 format"""
    admin_owner_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the owner of the bundle."""
    total_num_items: int | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The total number of items in the bundle."""
    total_num_resources: int | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The total number of resources in the bundle."""
    total_num_groups: int | None = _rt.field(default=_rt.UNSET, read_only=True)
    """The total number of groups in the bundle."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
