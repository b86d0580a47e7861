from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class AccessReviewPriorActionsSummaryCollection(_rt.Model):
    """List of prior action summaries."""

    items: list[dict[str, _t.Any]] | None = _rt.UNSET
    """List of prior action summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
