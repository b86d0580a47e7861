from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class OwnershipAccessReviewSummaryCollection(_rt.Model):
    """Results of an ownership access reviews search."""

    items: list[dict[str, _t.Any]] | None = _rt.UNSET
    """List of ownership access review summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
