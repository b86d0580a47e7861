from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class EntityTagFilter(_rt.Model):
    """Filters entities by a tag key/value pair, optionally scoped to a connection."""

    key: str
    """The tag key to filter by."""
    value: str | None = _rt.UNSET
    """The tag value to filter by. If omitted, matches any value for the given key."""
    connection_id: _uuid.UUID | None = _rt.field(wire="connectionId", default=_rt.UNSET)
    """If specified, filters by tags associated with this connection."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
