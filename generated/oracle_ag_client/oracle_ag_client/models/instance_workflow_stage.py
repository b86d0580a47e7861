from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class InstanceWorkflowStage(_rt.Model):
    """The approval process instance stage."""

    approvers: list[dict[str, _t.Any]] | None = _rt.UNSET
    """The approvals required for the stage to complete."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
