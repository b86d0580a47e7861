from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OpalNodeQueryBody(_rt.Model):
    """The filter body for a NODE-type OpalQuery."""

    node_filters: _m.AccessEntityFilters | None = _rt.field(wire="nodeFilters", default=_rt.UNSET)
    access_filters: _m.AccessRelationshipFilters | None = _rt.field(
        wire="accessFilters", default=_rt.UNSET
    )
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
