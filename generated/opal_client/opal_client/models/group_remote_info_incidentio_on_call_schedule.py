from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoIncidentioOnCallSchedule(_rt.Model):
    """Remote info for Incident.io on-call schedule group."""

    schedule_id: str
    """The id of the Incident.io on-call schedule."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
