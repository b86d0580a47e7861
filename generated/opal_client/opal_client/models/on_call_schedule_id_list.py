from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class OnCallScheduleIDList(_rt.Model):
    """A list of on call schedule Opal UUIDs. To get the matching remote IDs, use the /on-call-schedules endpoints."""

    on_call_schedule_ids: list[_uuid.UUID]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
