from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Label(_rt.Model):
    key: _m.IdOrName = _rt.field(_rt.UnionOf((_rt.STR, _rt.INT)))
    value: str | float | None = _rt.field(_rt.UnionOf((_rt.STR, _rt.FLOAT)), default=_rt.UNSET)
    """Inline anyOf of two primitives."""
    shape: _m.Circle | _m.Square | None = _rt.field(
        _rt.UnionOf((_rt.ModelOf("Circle"), _rt.ModelOf("Square"))), default=_rt.UNSET
    )
    """Inline anyOf of two object schemas."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
