from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ApprovalTimeLimit(_rt.Model):
    """Details about the approval time limit, when applicable.
    Only one of daysLimit, hoursLimit, or timeRangeLimit should be defined.
    """

    days_limit: int | None = _rt.field(wire="daysLimit", default=_rt.UNSET)
    """Approval time limit definition in days."""
    hours_limit: int | None = _rt.field(wire="hoursLimit", default=_rt.UNSET)
    """Approval time limit definition in hours."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
