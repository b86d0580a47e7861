from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OnCallSchedule(_rt.Model):
    """# OnCallSchedule Object
    ### Description
    The `OnCallSchedule` object is used to represent an on call schedule.

    ### Usage Example
    Update a groups on call schedule from the `UPDATE Groups` endpoint.
    """

    on_call_schedule_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the on-call schedule."""
    third_party_provider: _m.OnCallScheduleProviderEnum | str | None = _rt.UNSET
    remote_id: str | None = _rt.UNSET
    """The remote ID of the on call schedule"""
    name: str | None = _rt.UNSET
    """The name of the on call schedule."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
