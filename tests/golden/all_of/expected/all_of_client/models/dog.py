from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt


@_rt.model
class Dog(_rt.Model):
    """A pet (base via $ref) merged with a mixin and inline dog fields."""

    id: int
    name: str
    breed: str
    created_at: _dt.datetime | None = _rt.field(wire="createdAt", default=_rt.UNSET)
    good_boy: bool | None = _rt.field(wire="goodBoy", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
