from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class FilteredDetails(_rt.Model):
    """The filters to apply"""

    scope: _m.FilteredDetailsScope | str
    """The scope of the campaign"""
    campaign_type: _m.FilteredDetailsCampaignType | str | None = _rt.field(
        wire="campaignType", default=_rt.UNSET
    )
    """Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend."""
    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The list of criteria"""
    name_contains: str | None = _rt.field(wire="nameContains", default=_rt.UNSET)
    """The substring to match the name to"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
