from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PolicyAssignment(_rt.Model):
    """PolicyAssignment Model."""

    access_bundles: list[_m.Info] | None = _rt.field(wire="accessBundles", default=_rt.UNSET)
    """List of access bundles"""
    assignment_id: str | None = _rt.field(wire="assignmentId", default=_rt.UNSET)
    """Assignment Id used for permission Association.."""
    assignment_type: _m.PolicyAssignmentAssignmentType | str | None = _rt.field(
        wire="assignmentType", default=_rt.UNSET
    )
    """Type of the assignment that is being requested."""
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the permission association"""
    identity_groups: list[_t.Any] | None = _rt.field(wire="identityGroups", default=_rt.UNSET)
    """List of identity groups"""
    identity_type: str | None = _rt.field(wire="identityType", default=_rt.UNSET)
    """Type of the identity"""
    roles: list[_t.Any] | None = _rt.UNSET
    """List of roles"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
