from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class AccessGuardrailCollection(_rt.Model):
    """Results of a AccessGuardrail search. Contains both AccessGuardrailSummary items and other data."""

    items: list[dict[str, _t.Any]]
    """List of access guardrail."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
