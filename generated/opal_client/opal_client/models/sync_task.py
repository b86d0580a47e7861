from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class SyncTask(_rt.Model):
    """Represents a sync task that has been completed, either successfully or with errors."""

    id: _uuid.UUID
    """The ID of the sync task."""
    completed_at: _dt.datetime
    """The time when the sync task was completed."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
