from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessRequestCollection(_rt.Model):
    """Results of a accessRequest search."""

    items: list[_m.AccessRequestSummary]
    """List of accessRequests."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
