from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class EventStream(_rt.Model):
    """An event streaming connection that publishes events to an external system."""

    event_stream_id: _uuid.UUID
    """The ID of the event stream."""
    connection: _m.EventStreamConnection
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
