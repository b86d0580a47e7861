from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Stored(_rt.Model):
    size: int
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
