from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class PolicyStatementResourceSummaryCollection(_rt.Model):
    """List of policy statement Resource summaries."""

    items: list[dict[str, _t.Any]]
    """List of policy statement Resource summaries."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
