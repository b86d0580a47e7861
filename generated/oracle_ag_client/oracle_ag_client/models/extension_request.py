from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt


@_rt.model
class ExtensionRequest(_rt.Model):
    """Description of ExtensionRequest."""

    id: str
    """The Unique Oracle ID (OCID) that is immutable on creation of extension request."""
    created_by: str | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    """The user that created the request"""
    extension_date_in_epoch: int | None = _rt.field(wire="extensionDateInEpoch", default=_rt.UNSET)
    """Requested extension date represented as epoch timestamp"""
    justification: str | None = _rt.UNSET
    """Justification for creating or updating the extension request"""
    process_instance_id: str | None = _rt.field(wire="processInstanceId", default=_rt.UNSET)
    """Process Instance id of the request being extended"""
    request_status: str | None = _rt.field(wire="requestStatus", default=_rt.UNSET)
    """Status of the extension request"""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """The time the the ExtensionRequest was created. An RFC3339 formatted datetime string"""
    time_updated: _dt.datetime | None = _rt.field(wire="timeUpdated", default=_rt.UNSET)
    """The time the the ExtensionRequest was last updated. An RFC3339 formatted datetime string"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
