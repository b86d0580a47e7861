from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ApprovalDecisionDetails(_rt.Model):
    """A list of Approval Task decisions."""

    decisions: list[_m.ApprovalDecision]
    """List of Approval Task decisions."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
