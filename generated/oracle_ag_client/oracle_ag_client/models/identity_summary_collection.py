from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class IdentitySummaryCollection(_rt.Model):
    """List of identities."""

    items: list[_m.IdentitySummary]
    """List of identities."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
