from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Person(_rt.Model):
    """Required-but-nullable fields must be sent as null, not omitted."""

    name: str
    nickname: str | None
    address: _m.Address | None
    """Nullable $ref via oneOf with a null type."""
    age: int | None = _rt.field(_rt.Nullable(_rt.INT), default=_rt.UNSET)
    """Optional and nullable."""
    tags: list[str] | None = _rt.field(_rt.Nullable(_rt.ListOf(_rt.STR)), default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
