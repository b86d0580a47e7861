from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CriteriaDetails(_rt.Model):
    """The filters to apply using the criteria details object."""

    scope: _types.CriteriaDetailsScopeParam = _rt.field(_rt.EnumOf("CriteriaDetailsScope"))
    """The scope of the campaign."""
    campaign_type: _types.CriteriaDetailsCampaignTypeParam | None = _rt.field(
        _rt.EnumOf("CriteriaDetailsCampaignType"), wire="campaignType", default=_rt.UNSET
    )
    """Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend."""
    criteria: list[_m.Criteria] | None = _rt.UNSET
    """The list of criteria."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
