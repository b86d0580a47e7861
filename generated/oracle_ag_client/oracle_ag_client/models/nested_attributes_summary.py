from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class NestedAttributesSummary(_rt.Model):
    """Nested set of Orchestrated System attributes"""

    items: list[_m.OrchestratedSystemAttributeDataSummary] | None = _rt.UNSET
    """Orchestrated System attributes"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
