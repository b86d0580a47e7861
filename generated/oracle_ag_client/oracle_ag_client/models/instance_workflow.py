from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class InstanceWorkflow(_rt.Model):
    """The workflow of an approval process instance."""

    stages: list[_m.InstanceWorkflowStage] | None = _rt.UNSET
    """The approval workflow stages."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
