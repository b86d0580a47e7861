from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateAccessGuardrailDetails(_rt.Model):
    """The information to be updated."""

    action_on_failure: _m.ActionOnFailure | None = _rt.field(
        wire="actionOnFailure", default=_rt.UNSET
    )
    description: str | None = _rt.UNSET
    """Description of the AccessGuardrail."""
    is_detective_violation_check_enabled: bool | None = _rt.field(
        wire="isDetectiveViolationCheckEnabled", default=_rt.UNSET
    )
    """Set to true for enabling detective violation check"""
    name: str | None = _rt.UNSET
    """AccessGuardrail Identifier"""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities."""
    rules: _m.RuleCollection | None = _rt.UNSET
    tags: list[_t.Any] | None = _rt.UNSET
    """Tags for the AccessGuardrail."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
