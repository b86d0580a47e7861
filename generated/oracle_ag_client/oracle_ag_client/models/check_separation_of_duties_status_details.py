from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CheckSeparationOfDutiesStatusDetails(_rt.Model):
    """List of request statuses per Request ID."""

    items: list[_m.CheckSeparationOfDutiesRequestStatus]
    """List of request statuses."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
