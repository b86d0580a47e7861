from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Campaign(_rt.Model):
    """Summary of the AgcsCampaign."""

    display_name: str = _rt.field(wire="displayName")
    """The campaign display name."""
    id: str
    """The Unique Oracle ID (OCID) that is immutable on creation."""
    approval_workflow: _m.InstanceWorkflow | None = _rt.field(
        wire="approvalWorkflow", default=_rt.UNSET
    )
    completion_rule: _m.CampaignCompletionRule | str | None = _rt.field(
        wire="completionRule", default=_rt.UNSET
    )
    """The completion rule to apply during review expiry."""
    creator_id: str | None = _rt.field(wire="creatorId", default=_rt.UNSET)
    """The ID of the campaign creator."""
    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The selection criteria for the campaign."""
    custom_reviewer_id: str | None = _rt.field(wire="customReviewerId", default=_rt.UNSET)
    """User ID of the custom reviewer in the custom user workflow."""
    custom_reviewer_name: str | None = _rt.field(wire="customReviewerName", default=_rt.UNSET)
    """Display name of the custom reviewer in the custom user workflow."""
    description: str | None = _rt.UNSET
    """The description of the campaign."""
    frequency: _m.CampaignFrequency | str | None = _rt.UNSET
    """The frequency of a recurring campaign."""
    is_recurring: bool | None = _rt.field(wire="isRecurring", default=_rt.UNSET)
    """Whether or not the campaign is recurring - if recurring, then the frequency and seriesRecurrences will also be provided."""
    justification_rule: _m.CampaignJustificationRule | str | None = _rt.field(
        wire="justificationRule", default=_rt.UNSET
    )
    """The justification rule for the campaign."""
    messages: list[_t.Any] | None = _rt.UNSET
    """The list of messages."""
    owner_email: str | None = _rt.field(wire="ownerEmail", default=_rt.UNSET)
    """The campaign owner email."""
    owner_id: str | None = _rt.field(wire="ownerId", default=_rt.UNSET)
    review_levels: list[_t.Any] | None = _rt.field(wire="reviewLevels", default=_rt.UNSET)
    """The list of review level details."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
