from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestStage(_rt.Model):
    """A stage in the request review process"""

    stage: int
    """The stage number"""
    operator: _m.ReviewStageOperator | str
    """The operator to apply to reviewers in this stage"""
    reviewers: list[_m.RequestReviewer]
    """The reviewers for this stage"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
