from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt


@_rt.model
class User(_rt.Model):
    """Required readOnly fields are only in responses; required writeOnly only in requests."""

    name: str
    id: str | None = _rt.field(default=_rt.UNSET, read_only=True, required=True)
    password: str | None = _rt.UNSET
    created_at: _dt.datetime | None = _rt.field(
        wire="createdAt", default=_rt.UNSET, read_only=True, required=True
    )
    nickname: str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
