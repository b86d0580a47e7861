from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ModifyAccessReviewDetails(_rt.Model):
    """Details to modify the access review. revokedChildIds and acceptedChildIds are mutually exclusive."""

    accepted_child_ids: list[_m.ChildId] | None = _rt.field(
        wire="acceptedChildIds", default=_rt.UNSET
    )
    """List of child ids that are accepted for given access review."""
    justification: str | None = _rt.UNSET
    """The justification for the decision."""
    revoked_child_ids: list[_m.ChildId] | None = _rt.field(
        wire="revokedChildIds", default=_rt.UNSET
    )
    """List of child ids that are revoked for given access review."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
