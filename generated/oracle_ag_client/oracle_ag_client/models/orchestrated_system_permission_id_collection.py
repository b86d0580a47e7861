from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemPermissionIdCollection(_rt.Model):
    """A list of permission ids used to obtain a list of permission attributes."""

    items: list[_m.OrchestratedSystemPermissionId]
    """List of permission ids."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
