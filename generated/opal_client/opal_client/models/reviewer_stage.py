from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ReviewerStage(_rt.Model):
    """A reviewer stage."""

    require_manager_approval: bool
    """Whether this reviewer stage should require manager approval."""
    operator: _m.ReviewerStageOperator | str
    """The operator of the reviewer stage. Admin and manager approval are also treated as reviewers."""
    owner_ids: list[_uuid.UUID]
    """The IDs of owners assigned as reviewers for this stage."""
    require_admin_approval: bool | None = _rt.UNSET
    """Whether this reviewer stage should require admin approval."""
    service_user_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The IDs of service users assigned as reviewers for this stage."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
