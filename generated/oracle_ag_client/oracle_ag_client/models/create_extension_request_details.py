from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateExtensionRequestDetails(_rt.Model):
    """The information about new ExtensionRequest."""

    extension_date_in_epoch: int = _rt.field(wire="extensionDateInEpoch")
    """Requested extension date represented as epoch timestamp"""
    justification: str
    """Justification for creating the extension request"""
    process_instance_id: str = _rt.field(wire="processInstanceId")
    """Process Instance id of the request being extended"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
