from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class IdpGroupMapping(_rt.Model):
    """Information about a group mapping."""

    group_id: _uuid.UUID
    """The ID of the group."""
    hidden_from_end_user: bool
    """A bool representing whether or not the group is hidden from the end user."""
    app_resource_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the app resource."""
    alias: str | None = _rt.UNSET
    """The alias of the group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
