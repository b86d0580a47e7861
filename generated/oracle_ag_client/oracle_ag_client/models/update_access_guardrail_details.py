from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateAccessGuardrailDetails(_rt.Model):
    """The information to be updated."""

    action_on_failure: _m.ActionOnFailure | _rt.Unset = _rt.field(
        wire="actionOnFailure", default=_rt.UNSET
    )
    description: str | _rt.Unset = _rt.UNSET
    """Description of the AccessGuardrail."""
    is_detective_violation_check_enabled: bool | _rt.Unset = _rt.field(
        wire="isDetectiveViolationCheckEnabled", default=_rt.UNSET
    )
    """Set to true for enabling detective violation check"""
    name: str | _rt.Unset = _rt.UNSET
    """AccessGuardrail Identifier"""
    owners: list[_m.OwnerSummary] | _rt.Unset = _rt.UNSET
    """List of owner entities."""
    rules: _m.RuleCollection | _rt.Unset = _rt.UNSET
    tags: list[_t.Any] | _rt.Unset = _rt.UNSET
    """Tags for the AccessGuardrail."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
