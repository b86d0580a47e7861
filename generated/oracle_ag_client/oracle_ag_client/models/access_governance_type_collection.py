from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessGovernanceTypeCollection(_rt.Model):
    """A list of Access Governance Entity items."""

    items: list[_m.AccessGovernanceEntity]
    """List of Access Governance Entity items."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
