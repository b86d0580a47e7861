from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceAggregationSummaryCollection(_rt.Model):
    """List of review aggregations."""

    items: list[_m.ResourceAggregationSummary]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
