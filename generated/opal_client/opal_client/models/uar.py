from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UAR(_rt.Model):
    """A user access review."""

    uar_id: _uuid.UUID
    """The ID of the UAR."""
    name: str
    """The name of the UAR."""
    reviewer_assignment_policy: _m.UARReviewerAssignmentPolicyEnum | str
    send_reviewer_assignment_notification: bool
    """A bool representing whether to send a notification to reviewers when they're assigned a new review. Default is False."""
    deadline: _dt.datetime
    """The last day for reviewers to complete their access reviews."""
    time_zone: str
    """The time zone name (as defined by the IANA Time Zone database) used in the access review deadline and exported audit report. Default is America/Los_Angeles."""
    self_review_allowed: bool
    """A bool representing whether to present a warning when a user is the only reviewer for themself. Default is False."""
    instantly_action_reviews: bool
    """A bool representing whether to instantly action changes when reviewers submit their decision. Default is False."""
    uar_scope: _m.UARScope | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
