from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ActionOnFailure(_rt.Model):
    """The information about remediation in case of condition failure."""

    action_type: _m.ActionOnFailureActionType | str = _rt.field(wire="actionType")
    """Action to be taken in case of access guardrail evaluation results in failure."""
    revoke_later_after_number_of_days: int | None = _rt.field(
        wire="revokeLaterAfterNumberOfDays", default=_rt.UNSET
    )
    """Revoke permission after number of days."""
    risk: _m.ActionOnFailureRisk | str | None = _rt.UNSET
    """Risk associated with action on failure."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
