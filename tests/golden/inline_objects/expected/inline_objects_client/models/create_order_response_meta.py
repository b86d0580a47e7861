from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateOrderResponseMeta(_rt.Model):
    requested_by: str | None = _rt.field(wire="requestedBy", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
