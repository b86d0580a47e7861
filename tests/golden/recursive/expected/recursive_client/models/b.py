from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class B(_rt.Model):
    name: str
    a: _m.A | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
