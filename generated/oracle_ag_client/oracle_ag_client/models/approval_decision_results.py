from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ApprovalDecisionResults(_rt.Model):
    """Response details of a set of Approval Task decisions."""

    failures: list[_m.ApprovalDecisionFailure]
    """List of failures generated while creating task actions."""
    status: str | None = _rt.UNSET
    """Overall status of request."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
