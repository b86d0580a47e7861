from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ApprovalDecisionFailure(_rt.Model):
    """Failure details of an Approval Task decision."""

    task_id: str = _rt.field(wire="taskId")
    """Unique identifier of the task which failed to update."""
    error_message: str | None = _rt.field(wire="errorMessage", default=_rt.UNSET)
    """Cause of the error."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
