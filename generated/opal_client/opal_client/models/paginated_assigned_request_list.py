from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PaginatedAssignedRequestList(_rt.Model):
    requests: list[_m.Request]
    cursor: str
    """The cursor to continue pagination"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
