from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GetResourceUserResponse(_rt.Model):
    data: list[_m.ResourceUser]
    cursor: str | None = _rt.UNSET
    """Pagination cursor for the next page of results"""
    total_count: int | None = _rt.UNSET
    """Total number of results"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
