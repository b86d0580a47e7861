from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CriteriaDetails(_rt.Model):
    """The filters to apply using the criteria details object."""

    scope: _m.CriteriaDetailsScope | str
    """The scope of the campaign."""
    campaign_type: _m.CriteriaDetailsCampaignType | str | None = _rt.field(
        wire="campaignType", default=_rt.UNSET
    )
    """Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend."""
    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The list of criteria."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
