from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CreateCampaignDetails(_rt.Model):
    """The information about new campaign."""

    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The criteria for the campaign."""
    custom_reviewer_id: str | None = _rt.field(wire="customReviewerId", default=_rt.UNSET)
    """User ID of the custom reviewer in the custom user workflow."""
    description: str | None = _rt.UNSET
    """The campaign description."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """The display name of the campaign."""
    is_recurring: bool | None = _rt.field(wire="isRecurring", default=_rt.UNSET)
    """Whether or not the campaign is recurring - if recurring, then the frequency and seriesRecurrences will also be provided."""
    justification_rule: _types.CreateCampaignDetailsJustificationRuleParam | None = _rt.field(
        _rt.EnumOf("CreateCampaignDetailsJustificationRule"),
        wire="justificationRule",
        default=_rt.UNSET,
    )
    """The justification rule for the campaign."""
    owner_email: str | None = _rt.field(wire="ownerEmail", default=_rt.UNSET)
    """The email of the campaign owner."""
    owner_id: str | None = _rt.field(wire="ownerId", default=_rt.UNSET)
    """User ID of campaign owner."""
    owner_name: str | None = _rt.field(wire="ownerName", default=_rt.UNSET)
    """The name of the campaign owner."""
    owner_username: str | None = _rt.field(wire="ownerUsername", default=_rt.UNSET)
    """The username of the campaign owner."""
    review_exclusions: list[_types.CreateCampaignDetailsReviewExclusionsItemParam] | None = (
        _rt.field(
            _rt.ListOf(_rt.EnumOf("CreateCampaignDetailsReviewExclusionsItem")),
            wire="reviewExclusions",
            default=_rt.UNSET,
        )
    )
    """List of the review types which are excluded from campaign."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
