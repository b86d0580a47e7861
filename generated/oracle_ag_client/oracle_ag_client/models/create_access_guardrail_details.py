from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateAccessGuardrailDetails(_rt.Model):
    """Details about new Access Guardrail."""

    action_on_failure: _m.ActionOnFailure = _rt.field(wire="actionOnFailure")
    is_detective_violation_check_enabled: bool = _rt.field(wire="isDetectiveViolationCheckEnabled")
    """Set to true for enabling detective violation check."""
    name: str
    """Access Guardrail Identifier."""
    owners: list[_m.OwnerSummary]
    """List of owner entities."""
    rules: _m.RuleCollection
    description: str | None = _rt.UNSET
    """Description of the Access Guardrail."""
    tags: list[_t.Any] | None = _rt.UNSET
    """Tags for the Access Guardrail."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
