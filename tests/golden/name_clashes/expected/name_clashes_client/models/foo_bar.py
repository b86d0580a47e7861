from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class FooBar(_rt.Model):
    dash: str
    flag: _m.Flag | str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
