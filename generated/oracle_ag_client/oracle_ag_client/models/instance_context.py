from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class InstanceContext(_rt.Model):
    """Context data pertaining to the process instance."""

    additional_attributes: dict[str, dict[str, _t.Any]] | None = _rt.field(
        wire="additionalAttributes", default=_rt.UNSET
    )
    """Map for additional key, value string pairs."""
    assignment_attributes: dict[str, dict[str, _t.Any]] | None = _rt.field(
        wire="assignmentAttributes", default=_rt.UNSET
    )
    """Map for additional key, value string pairs."""
    assignment_description: str | None = _rt.field(wire="assignmentDescription", default=_rt.UNSET)
    """Description of the assignment that is being requested."""
    assignment_tags: list[_m.InstanceContextAssignmentTagsItem | str] | None = _rt.field(
        wire="assignmentTags", default=_rt.UNSET
    )
    """Assignment tags."""
    instance_variables: list[dict[str, _t.Any]] | None = _rt.field(
        wire="instanceVariables", default=_rt.UNSET
    )
    """Client specific context."""
    timers: list[dict[str, _t.Any]] | None = _rt.UNSET
    """Timers to update."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
