from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class FilteredDetails(_rt.Model):
    """The filters to apply"""

    scope: _types.FilteredDetailsScopeParam = _rt.field(_rt.EnumOf("FilteredDetailsScope"))
    """The scope of the campaign"""
    campaign_type: _types.FilteredDetailsCampaignTypeParam | None = _rt.field(
        _rt.EnumOf("FilteredDetailsCampaignType"), wire="campaignType", default=_rt.UNSET
    )
    """Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend."""
    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The list of criteria"""
    name_contains: str | None = _rt.field(wire="nameContains", default=_rt.UNSET)
    """The substring to match the name to"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
