from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdatePolicyDetails(_rt.Model):
    """The information to be updated"""

    submitted_by: str = _rt.field(wire="submittedBy")
    """User or entity who submitted or created the Policy."""
    assignments: list[_m.PolicyAssignment] | None = _rt.UNSET
    """List of assignments associated with Policy."""
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the Policy"""
    description: str | None = _rt.UNSET
    """Description of the Policy."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the Policy"""
    name: str | None = _rt.UNSET
    """A user-friendly name. Have to be unique, and it's changeable. Avoid entering confidential information."""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities"""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Policy."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
