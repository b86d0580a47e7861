from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CreateUARInfo(_rt.Model):
    """Information needed to start a user access review."""

    name: str
    """The name of the UAR."""
    reviewer_assignment_policy: _types.UARReviewerAssignmentPolicyEnumParam = _rt.field(
        _rt.EnumOf("UARReviewerAssignmentPolicyEnum")
    )
    send_reviewer_assignment_notification: bool
    """A bool representing whether to send a notification to reviewers when they're assigned a new review. Default is False."""
    deadline: _dt.datetime
    """The last day for reviewers to complete their access reviews."""
    time_zone: str
    """The time zone name (as defined by the IANA Time Zone database) used in the access review deadline and exported audit report. Default is America/Los_Angeles."""
    self_review_allowed: bool
    """A bool representing whether to present a warning when a user is the only reviewer for themself. Default is False."""
    instantly_action_reviews: bool | None = _rt.UNSET
    """A bool representing whether to instantly action changes when reviewers submit their decision. Default is False."""
    reminder_schedule: list[int] | None = _rt.UNSET
    reminder_include_manager: bool | None = _rt.UNSET
    uar_scope: _m.UARScope | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
