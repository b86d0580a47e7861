from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class Sample(_rt.Model):
    id: _uuid.UUID
    created_at: _dt.datetime = _rt.field(wire="createdAt")
    birthday: _dt.date | None = _rt.UNSET
    big_count: int | None = _rt.field(wire="bigCount", default=_rt.UNSET)
    small_count: int | None = _rt.field(wire="smallCount", default=_rt.UNSET)
    ratio: float | None = _rt.UNSET
    precise: float | None = _rt.UNSET
    amount: float | None = _rt.UNSET
    active: bool | None = _rt.UNSET
    checksum: str | None = _rt.UNSET
    """Base64-encoded bytes."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
