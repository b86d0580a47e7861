from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class ApprovalDecision(_rt.Model):
    """An individual Approval Task decision."""

    action: _types.ApprovalDecisionActionParam = _rt.field(_rt.EnumOf("ApprovalDecisionAction"))
    """APPROVE or REJECT"""
    comment: str
    """Justification for decision."""
    task_id: str = _rt.field(wire="taskId")
    """The Approval Task ID for the decision."""
    approval_time_limit: _m.ApprovalTimeLimit | None = _rt.field(
        wire="approvalTimeLimit", default=_rt.UNSET
    )
    approval_time_limit_type: _types.ApprovalDecisionApprovalTimeLimitTypeParam | None = _rt.field(
        _rt.EnumOf("ApprovalDecisionApprovalTimeLimitType"),
        wire="approvalTimeLimitType",
        default=_rt.UNSET,
    )
    """Optional approval time limit type. When type is INDEFINITELY, approvalTimeLimit and extensionTimeLimit should be left undefined. When type is NUMBER_OF_HOURS, NUMBER_OF_DAYS, or DATE_TIME_RANGE, approvalTimeLimit should be provided. When type is EXTENSION, extensionTimeLimit should be provided."""
    extension_time_limit: dict[str, _t.Any] | None = _rt.field(
        wire="extensionTimeLimit", default=_rt.UNSET
    )
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
