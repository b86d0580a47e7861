from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class IdentityAccessReviewSummaryCollection(_rt.Model):
    """Results of an identity access reviews search."""

    items: list[dict[str, _t.Any]]
    """List of identity access review summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
