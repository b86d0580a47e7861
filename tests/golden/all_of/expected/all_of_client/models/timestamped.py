from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt


@_rt.model
class Timestamped(_rt.Model):
    created_at: _dt.datetime | None = _rt.field(wire="createdAt", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
