from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceAggregationSummary(_rt.Model):
    count: int
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
