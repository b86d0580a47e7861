from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessGuardrail(_rt.Model):
    """Description of AccessGuardrail."""

    id: str
    """The Unique Oracle ID (OCID) that is immutable on creation."""
    lifecycle_state: _m.AccessGuardrailLifecycleState | str = _rt.field(wire="lifecycleState")
    """The current state of the AccessGuardrail."""
    action_on_failure: _m.ActionOnFailure | None = _rt.field(
        wire="actionOnFailure", default=_rt.UNSET
    )
    created_by: str | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    """User name of the use who created the AccessGuardrail."""
    description: str | None = _rt.UNSET
    """description of the AccessGuardrail."""
    is_detective_violation_check_enabled: bool | None = _rt.field(
        wire="isDetectiveViolationCheckEnabled", default=_rt.UNSET
    )
    """Set to true for enabling detective violation check"""
    name: str | None = _rt.UNSET
    """A user-friendly name. Does not have to be unique, and it's changeable. Avoid entering confidential information."""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities"""
    ownership_collection_id: str | None = _rt.field(wire="ownershipCollectionId", default=_rt.UNSET)
    """Id of the ownership collection associated with the AccessGuardrail."""
    primary_owner_display_name: str | None = _rt.field(
        wire="primaryOwnerDisplayName", default=_rt.UNSET
    )
    """DisplayName of the primary owner."""
    rules: _m.RuleCollection | None = _rt.UNSET
    tags: list[_t.Any] | None = _rt.UNSET
    """Tags for the AccessGuardrail."""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """The time the the AccessGuardrail was created. An RFC3339 formatted datetime string"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
