from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class CampaignCollection(_rt.Model):
    """Results of a campaign search."""

    items: list[dict[str, _t.Any]]
    """List of campaign summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
