from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OnCallScheduleList(_rt.Model):
    on_call_schedules: list[_m.OnCallSchedule]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
