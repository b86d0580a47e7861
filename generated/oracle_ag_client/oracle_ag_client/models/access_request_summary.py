from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt


@_rt.model
class AccessRequestSummary(_rt.Model):
    """Summary of the AccessRequest."""

    id: str
    """Unique identifier that is immutable on creation"""
    justification: str | None = _rt.UNSET
    """Justification for creating or updating the access request"""
    request_status: str | None = _rt.field(wire="requestStatus", default=_rt.UNSET)
    """Status of the access request"""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """The time the the AccessRequest was created. An RFC3339 formatted datetime string"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
