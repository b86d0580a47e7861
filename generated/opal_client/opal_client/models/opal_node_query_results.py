from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OpalNodeQueryResults(_rt.Model):
    """Paginated results of a NODE-type OpalQuery — one edge per matched entity (user, resource, or group)."""

    type: _m.OpalNodeQueryResultsType | str
    edges: list[_m.OpalQueryResultEdge]
    """List of matched entities."""
    page_info: _m.PageInfo = _rt.field(wire="pageInfo")
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
