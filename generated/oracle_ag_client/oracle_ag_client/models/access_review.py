from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessReview(_rt.Model):
    """The access review task."""

    assignment_name: str = _rt.field(wire="assignmentName")
    """The name of the assignment to be reviewed."""
    assignment_type: _m.AccessReviewAssignmentType | str = _rt.field(wire="assignmentType")
    """The type of the assignment to be reviewed."""
    campaign_name: str = _rt.field(wire="campaignName")
    """The campaign name."""
    campaign_type: _m.AccessReviewCampaignType | str = _rt.field(wire="campaignType")
    """review task belongs to which campaign type (access or ownership)."""
    days_remaining: int = _rt.field(wire="daysRemaining")
    """The number of days remaining."""
    entity_name: str = _rt.field(wire="entityName")
    """The entity name."""
    account_type: _m.AccessReviewAccountType | str | None = _rt.field(
        wire="accountType", default=_rt.UNSET
    )
    """The type of the account."""
    additional_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="additionalAttributes", default=_rt.UNSET
    )
    assignment_attributes: list[_m.AssignmentAttribute] | None = _rt.field(
        wire="assignmentAttributes", default=_rt.UNSET
    )
    """The attributes of the assignment."""
    assignment_description: str | None = _rt.field(wire="assignmentDescription", default=_rt.UNSET)
    """The description of the assignment."""
    assignment_id: str | None = _rt.field(wire="assignmentId", default=_rt.UNSET)
    """The id of the assignment to be reviewed."""
    delegated_by: str | None = _rt.field(wire="delegatedBy", default=_rt.UNSET)
    """The task owner/reviewer."""
    delegated_to: str | None = _rt.field(wire="delegatedTo", default=_rt.UNSET)
    """The task delegated reviewer."""
    entity_attributes: list[dict[str, _t.Any]] | None = _rt.field(
        wire="entityAttributes", default=_rt.UNSET
    )
    """The attributes of the entity."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
