from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ValidationError(_rt.Model):
    message: str
    fields: list[str]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
