from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessList(_rt.Model):
    results: list[_m.Access] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
