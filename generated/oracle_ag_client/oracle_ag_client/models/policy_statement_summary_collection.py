from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class PolicyStatementSummaryCollection(_rt.Model):
    """List of policy statement summaries."""

    items: list[dict[str, _t.Any]]
    """List of policy statement summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
