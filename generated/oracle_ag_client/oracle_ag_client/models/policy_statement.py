from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class PolicyStatement(_rt.Model):
    """The policy statement associated with the given review task."""

    has_location_insights: bool = _rt.field(wire="hasLocationInsights")
    """Is the policy statement has location insights or not."""
    has_resource_insights: bool = _rt.field(wire="hasResourceInsights")
    """Is the policy statement has resource insights or not."""
    has_subject_insights: bool = _rt.field(wire="hasSubjectInsights")
    """Is the policy statement has subject insights or not."""
    id: str
    """The id of the policy statement."""
    is_actionable: bool = _rt.field(wire="isActionable")
    """Is the policy statement actionable or not."""
    statement: str
    """The policy statement."""
    notes: list[_t.Any] | None = _rt.UNSET
    """The list of policy notes from insights."""
    position: int | None = _rt.UNSET
    """The position order of the statement in the policy."""
    verb: str | None = _rt.UNSET
    """The privilege of the resources in the statement."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
