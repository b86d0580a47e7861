from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class AccessControlAccessReviewSummaryCollection(_rt.Model):
    """Results of an access control access reviews search."""

    items: list[_t.Any]
    """List of access control access review summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
