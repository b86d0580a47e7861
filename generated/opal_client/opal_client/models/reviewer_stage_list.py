from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ReviewerStageList(_rt.Model):
    stages: list[_m.ReviewerStage]
    """A list of reviewer stages."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
