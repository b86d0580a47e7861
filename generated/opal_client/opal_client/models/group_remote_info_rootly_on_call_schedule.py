from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoRootlyOnCallSchedule(_rt.Model):
    """Remote info for Rootly on-call schedule group."""

    schedule_id: str
    """The id of the Rootly on-call schedule."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
