from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class KeywordFilteredDetails(_rt.Model):
    """The filters to apply along with the keyword contains filters."""

    scope: _types.KeywordFilteredDetailsScopeParam = _rt.field(
        _rt.EnumOf("KeywordFilteredDetailsScope")
    )
    """The scope of the campaign."""
    campaign_type: _types.KeywordFilteredDetailsCampaignTypeParam | None = _rt.field(
        _rt.EnumOf("KeywordFilteredDetailsCampaignType"), wire="campaignType", default=_rt.UNSET
    )
    """Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend."""
    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The list of criteria."""
    keyword_contains: str | None = _rt.field(wire="keywordContains", default=_rt.UNSET)
    """The substring to match the name or description to."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
