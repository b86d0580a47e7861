from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CheckSeparationOfDutiesRequestStatus(_rt.Model):
    """Request status."""

    events: list[dict[str, _t.Any]]
    """Separation of Duties Events."""
    requested_by: str = _rt.field(wire="requestedBy")
    """Who or what made the request."""
    request_id: str = _rt.field(wire="requestId")
    """Unique identifier that is immutable on creation."""
    request_status: _m.CheckSeparationOfDutiesRequestStatusRequestStatus | str = _rt.field(
        wire="requestStatus"
    )
    """Request Status."""
    time_request_completion: _dt.datetime | None = _rt.field(
        wire="timeRequestCompletion", default=_rt.UNSET
    )
    """Request Completion time."""
    time_requested: _dt.datetime | None = _rt.field(wire="timeRequested", default=_rt.UNSET)
    """Request time."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
