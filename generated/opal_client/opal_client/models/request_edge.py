from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestEdge(_rt.Model):
    node: _m.Request
    cursor: str
    """The cursor for this request edge"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
