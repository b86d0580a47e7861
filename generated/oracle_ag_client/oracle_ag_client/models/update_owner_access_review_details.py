from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class UpdateOwnerAccessReviewDetails(_rt.Model):
    """Details to update owner of the access review."""

    identity_id: str | None = _rt.field(wire="identityId", default=_rt.UNSET)
    """Global Identity ID to whom this review task is reassigned or matched to Orphan account."""
    justification: str | None = _rt.UNSET
    """The justification for the decision."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
