from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessRelationshipFilters(_rt.Model):
    """Filters the returned nodes by the access edges connected to them. When `isAccessibleBy` and `hasAccessTo` are provided, the returned nodes must satisfy both edge constraints simultaneously."""

    is_accessible_by: _m.AccessEntityFilters | None = _rt.field(
        wire="isAccessibleBy", default=_rt.UNSET
    )
    """Inbound-edge filter. The returned node must be accessible by at least one entity matching this filter."""
    has_access_to: _m.AccessEntityFilters | None = _rt.field(wire="hasAccessTo", default=_rt.UNSET)
    """Outbound-edge filter. The returned node must have access to at least one entity matching this filter."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
