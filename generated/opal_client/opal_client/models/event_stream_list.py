from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class EventStreamList(_rt.Model):
    """A list of event streams."""

    event_streams: list[_m.EventStream]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
