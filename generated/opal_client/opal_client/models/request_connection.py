from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestConnection(_rt.Model):
    edges: list[_m.RequestEdge]
    page_info: _m.PageInfo = _rt.field(wire="pageInfo")
    total_count: int = _rt.field(wire="totalCount")
    """The total number of items available"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
